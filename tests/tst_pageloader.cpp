#include "text/pageloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class tst_PageLoader : public QObject
{
    Q_OBJECT
private slots:
    void detectsEncoding_data();
    void detectsEncoding();
    void splitsLineEnds_data();
    void splitsLineEnds();
    void splitsMixedLineEnds_data();
    void splitsMixedLineEnds();
    void refusesBadInput_data();
    void refusesBadInput();
    void decodesUtf8OnlyWhenWellFormed_data();
    void decodesUtf8OnlyWhenWellFormed();
    void refusesMissingPathAndFolders();
    void refusesFileTooLargeForAPage();
};

void tst_PageLoader::detectsEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("UTF-8") << u"utf8.txt"_s << u"UTF-8"_s << u"习近平同俄罗斯总统普京会谈"_s;
    QTest::newRow("UTF-8 with BOM, BOM dropped") << u"utf8-bom.txt"_s << u"UTF-8"_s << u"习近平同俄罗斯总统普京会谈"_s;
    QTest::newRow("UTF-16LE with BOM") << u"utf16le-bom.txt"_s << u"UTF-16LE"_s << u"习近平同俄罗斯总统普京会谈"_s;
    QTest::newRow("UTF-16BE with BOM") << u"utf16be-bom.txt"_s << u"UTF-16BE"_s << u"习近平同俄罗斯总统普京会谈"_s;
    QTest::newRow("GB18030 without marks") << u"gb18030.txt"_s << u"GB18030"_s << u" 习近平同俄罗斯总统普京会谈"_s;
    QTest::newRow("Big5, traditional") << u"big5.txt"_s << u"Big5"_s << u"習近平同俄羅斯總統普京會談"_s;
}

void tst_PageLoader::detectsEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, firstLine);
    const QString path = QFINDTESTDATA(u"data/encodings/"_s + file);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto page = PageLoader::load(path, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->encoding, encoding);
    QCOMPARE(page->lines.first(), firstLine);
}

void tst_PageLoader::splitsLineEnds_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("LF") << u"utf8.txt"_s;
    QTest::newRow("CRLF") << u"crlf.txt"_s;
    QTest::newRow("CR") << u"cr.txt"_s;
}

void tst_PageLoader::splitsLineEnds()
{
    QFETCH(QString, file);
    QString error;
    const auto page = PageLoader::load(QFINDTESTDATA(u"data/encodings/"_s + file), &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->lines, QStringList({u"习近平同俄罗斯总统普京会谈"_s, u"据新华社电 当地时间5月8日上"_s,
                                       u"午，俄罗斯总统普京同中国国家主席习近平"_s}));
}

void tst_PageLoader::splitsMixedLineEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("LF, CRLF and CR in one page") << u"一\n二\r\n三\r四"_s << QStringList{u"一"_s, u"二"_s, u"三"_s, u"四"_s};
    QTest::newRow("a lone CR after many LF lines") << u"一\n二\n三\n四\r五"_s
                                                 << QStringList{u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s};
    QTest::newRow("empty lines kept, final end dropped") << u"一\n\n\r\n二\n"_s
                                                       << QStringList{u"一"_s, QString(), QString(), u"二"_s};
    QTest::newRow("CR then LF ends one line, LF then CR two") << u"一\r\n二\n\r三"_s
                                                            << QStringList{u"一"_s, u"二"_s, QString(), u"三"_s};
    QTest::newRow("no line end") << u"一二三"_s << QStringList{u"一二三"_s};
}

void tst_PageLoader::splitsMixedLineEnds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(PageText::splitLines(text), lines);
}

void tst_PageLoader::refusesBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty file") << u"empty.txt"_s << u"empty"_s;
    QTest::newRow("white space only") << u"whitespace.txt"_s << u"only white space"_s;
    QTest::newRow("PNG renamed .txt") << u"image.txt"_s << u"binary data"_s;
    QTest::newRow("invalid UTF-8, says where") << u"invalid-utf8.txt"_s << u"line 1, byte 31"_s;
}

void tst_PageLoader::refusesBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    QString error;
    const auto page = PageLoader::load(QFINDTESTDATA(u"data/encodings/"_s + file), &error);
    QVERIFY(!page);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

// UTF-8 is checked and decoded in one pass; what it refuses goes on to the strict
// decoder and the charset detector, as before.
void tst_PageLoader::decodesUtf8OnlyWhenWellFormed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");   // empty: refused
    QTest::addColumn<QString>("text");
    QTest::newRow("Han, ASCII and a full-width comma") << "\xe4\xb8\xad\xe6\x96\x87 ab\xef\xbc\x8c"_ba << u"UTF-8"_s
                                                       << u"中文 ab，"_s;
    QTest::newRow("a character beyond the BMP, four bytes") << "\xf0\xa0\x80\x80\xe5\xad\x97"_ba << u"UTF-8"_s
                                                            << u"\U00020000字"_s;
    QTest::newRow("a surrogate encoded as UTF-8") << "\xe4\xb8\xad\xe6\x96\x87\xed\xa0\x80"_ba << QString() << QString();
    QTest::newRow("an overlong slash") << "\xe4\xb8\xad\xe6\x96\x87\xc0\xaf"_ba << QString() << QString();
    QTest::newRow("a sequence cut short at the end") << "\xe4\xb8\xad\xe6\x96\x87\xe6\x96"_ba << QString() << QString();
}

void tst_PageLoader::decodesUtf8OnlyWhenWellFormed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QString error;
    const auto page = PageLoader::fromBytes(bytes, u"page.txt"_s, &error);
    if (encoding.isEmpty()) {
        QVERIFY(!page);
        QVERIFY2(error.contains(u"UTF-8"_s), qPrintable(error));
        return;
    }
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->encoding, encoding);
    QCOMPARE(page->lines, QStringList{text});
}

void tst_PageLoader::refusesMissingPathAndFolders()
{
    QString error;
    QVERIFY(!PageLoader::load(u"/nonexistent/page.txt"_s, &error));
    QVERIFY2(error.contains(u"no such file"_s), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(!PageLoader::load(dir.path(), &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
}

void tst_PageLoader::refusesFileTooLargeForAPage()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(u"big.txt"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(PageLoader::MaxPageBytes + 1));   // sparse: costs no disk
    big.close();
    QString error;
    QVERIFY(!PageLoader::load(big.fileName(), &error));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PageLoader)
#include "tst_pageloader.moc"
