#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class tst_JsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesStringsThatParseBack_data();
    void writesStringsThatParseBack();
    void writesNumbersAndLineRanges_data();
    void writesNumbersAndLineRanges();
};

void tst_JsonWriter::writesStringsThatParseBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("empty") << QString() << R"("")"_ba;
    QTest::newRow("Han and full-width marks, as UTF-8") << u"天高云阔，挺膺担当。"_s << "\"天高云阔，挺膺担当。\""_ba;
    QTest::newRow("quote and backslash escaped") << u"他说\"是\\否\""_s << R"("他说\"是\\否\"")"_ba;
    QTest::newRow("line ends and tab as letters") << u"一\n二\r三\t四"_s << R"("一\n二\r三\t四")"_ba;
    QTest::newRow("other controls as \\u00XX") << u"a\u0001b\u001fc"_s << R"("a\u0001b\u001fc")"_ba;
    QTest::newRow("a character beyond the BMP") << u"\U00020000字"_s << "\"\xf0\xa0\x80\x80字\""_ba;
    QTest::newRow("escape at the start and the end") << u"\"中\""_s << R"("\"中\"")"_ba;
    QTest::newRow("a long string, written in place") << QString(100000, u'文') + u'"' << QByteArray();
}

void tst_JsonWriter::writesStringsThatParseBack()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    JsonWriter json;
    json.beginArray();
    json.value(text);
    json.value(text);   // a second one after a comma, into the grown buffer
    json.endArray();
    if (!written.isEmpty())
        QCOMPARE(json.bytes(), "[" + written + "," + written + "]");
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.bytes(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array(), QJsonArray({text, text}));
}

void tst_JsonWriter::writesNumbersAndLineRanges_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("zero") << qint64(0) << "0"_ba;
    QTest::newRow("negative") << qint64(-42) << "-42"_ba;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "9223372036854775807"_ba;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << "-9223372036854775808"_ba;
}

void tst_JsonWriter::writesNumbersAndLineRanges()
{
    QFETCH(qint64, number);
    QFETCH(QByteArray, written);
    JsonWriter json;
    json.beginObject();
    json.key(u"n");
    json.value(number);
    json.key(u"lines");
    json.value(LineRange{SourceLine{3}, SourceLine{12}});
    json.endObject();
    QCOMPARE(json.bytes(), R"({"n":)" + written + R"(,"lines":[3,12]})");
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
