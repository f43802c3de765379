// jiaokan-cli as shared/spec/cli.md fixes it: exit codes, the reflow JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JIAOKAN_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void exitsWithTheContractCode_data();
    void exitsWithTheContractCode();
    void writesReflowJson();
};

void tst_Cli::exitsWithTheContractCode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString enc = QFINDTESTDATA(u"data/encodings"_s);
    QTest::newRow("good page") << QStringList{u"reflow"_s, enc + u"/gb18030.txt"_s} << 0;
    QTest::newRow("binary file is bad input") << QStringList{u"reflow"_s, enc + u"/image.txt"_s} << 1;
    QTest::newRow("empty file is bad input") << QStringList{u"reflow"_s, enc + u"/empty.txt"_s} << 1;
    QTest::newRow("missing file is bad input") << QStringList{u"reflow"_s, u"/no/such/page.txt"_s} << 1;
    QTest::newRow("no command is bad usage") << QStringList{} << 2;
    QTest::newRow("unknown command is bad usage") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("unknown option is bad usage") << QStringList{u"reflow"_s, u"--frob"_s, enc + u"/utf8.txt"_s} << 2;
}

void tst_Cli::exitsWithTheContractCode()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, code);
    if (code == 1)   // a one-line reason
        QCOMPARE(r.err.count('\n'), 1);
}

void tst_Cli::writesReflowJson()
{
    const QString page = QFINDTESTDATA(u"data/corpus/002_8f3d60094bcd0134.txt"_s);
    const Run r = runCli({u"reflow"_s, u"--json"_s, page});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"file"_s).toString(), u"002_8f3d60094bcd0134.txt"_s);
    QCOMPARE(doc.value(u"encoding"_s).toString(), u"UTF-8"_s);
    const QJsonObject first = doc.value(u"blocks"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"heading"_s);
    QCOMPARE(first.value(u"lines"_s).toArray(), QJsonArray({3, 3}));
    const QJsonArray stories = doc.value(u"stories"_s).toArray();
    QCOMPARE(stories.size(), 2);
    QCOMPARE(stories.at(0).toObject().value(u"lines"_s).toArray(), QJsonArray({3, 45}));
    QCOMPARE(stories.at(1).toObject().value(u"headline"_s).toString(), u"习近平同俄罗斯总统普京共同会见记者"_s);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
