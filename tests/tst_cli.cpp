// jiaokan-cli as shared/spec/cli.md fixes it: exit codes, the reflow JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirun.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = CliRun;
Run runCli(const QStringList &args)
{
    return CliRun::run(args);
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void exitsWithTheContractCode_data();
    void exitsWithTheContractCode();
    void helpNamesEveryOption_data();
    void helpNamesEveryOption();
    void usageErrorsSayWhatIsWrong_data();
    void usageErrorsSayWhatIsWrong();
    void writesReflowJson();
    void writesDiffJson();
    void writesStoryGroups();
    void diffWholeComparesTheWholes();
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
    const QString corpus = QFINDTESTDATA(u"data/corpus"_s);
    const QString p1 = corpus + u"/001_7bef9e0345aafa9a.txt"_s, p2 = corpus + u"/002_8f3d60094bcd0134.txt"_s;
    QTest::newRow("match two pages") << QStringList{u"match"_s, p1, p2} << 0;
    QTest::newRow("match needs two pages") << QStringList{u"match"_s, p1} << 2;
    QTest::newRow("match with one readable page is bad input") << QStringList{u"match"_s, p1, enc + u"/image.txt"_s} << 1;
    QTest::newRow("diff two pages") << QStringList{u"diff"_s, u"--granularity"_s, u"word"_s, p1, p2} << 0;
    QTest::newRow("diff of a binary file is bad input") << QStringList{u"diff"_s, p1, enc + u"/image.txt"_s} << 1;
    QTest::newRow("diff ignoring nonsense is bad usage") << QStringList{u"diff"_s, u"--ignore=colour"_s, p1, p2} << 2;
    QTest::newRow("diff granularity is char or word") << QStringList{u"diff"_s, u"--granularity"_s, u"line"_s, p1, p2} << 2;
    QTest::newRow("diff takes two files") << QStringList{u"diff"_s, p1} << 2;
    const QString c0 = corpus + u"/000_800ada7c4181dbc5.txt"_s, c1 = corpus + u"/001_7bef9e0345aafa9a.txt"_s,
                  c2 = corpus + u"/002_8f3d60094bcd0134.txt"_s;
    QTest::newRow("collate three pages") << QStringList{u"collate"_s, c0, c1, c2} << 0;
    for (const QString &format : {u"--json"_s, u"--tei"_s, u"--html"_s, u"--csv"_s, u"--tsv"_s})
        QTest::addRow("collate %s", qPrintable(format)) << QStringList{u"collate"_s, format, c0, c1, c2} << 0;
    QTest::newRow("collate on a chosen base") << QStringList{u"collate"_s, u"--base"_s, c1, c0, c1, c2} << 0;
    QTest::newRow("collate base must be a FILE given") << QStringList{u"collate"_s, u"--base="_s + c2, c0, c1} << 2;
    QTest::newRow("collate in one format") << QStringList{u"collate"_s, u"--tei"_s, u"--csv"_s, c0, c1} << 2;
    QTest::newRow("collate takes two or more files") << QStringList{u"collate"_s, c0} << 2;
    QTest::newRow("collate of a binary file is bad input") << QStringList{u"collate"_s, c0, enc + u"/image.txt"_s} << 1;
    QTest::newRow("unknown option is bad usage") << QStringList{u"reflow"_s, u"--frob"_s, enc + u"/utf8.txt"_s} << 2;
    QTest::newRow("an option without its value is bad usage") << QStringList{u"diff"_s, p1, p2, u"--ignore"_s} << 2;
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("a command's --help") << QStringList{u"collate"_s, u"--help"_s} << 0;
}

// Each command's --help, as Qt's tools give it: its usage and every option it takes.
void tst_Cli::helpNamesEveryOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("reflow") << u"reflow"_s << QStringList{u"--json"_s};
    QTest::newRow("match") << u"match"_s << QStringList{u"--groups"_s, u"--json"_s};
    QTest::newRow("diff") << u"diff"_s << QStringList{u"--json"_s, u"--whole"_s, u"--ignore <LIST>"_s, u"--granularity"_s};
    QTest::newRow("collate") << u"collate"_s
                             << QStringList{u"--json"_s, u"--tei"_s, u"--html"_s, u"--csv"_s, u"--tsv"_s, u"--base <FILE>"_s};
    QTest::newRow("report") << u"report"_s
                            << QStringList{u"--project"_s, u"--pdf <OUT>"_s, u"--html <OUT>"_s, u"--only"_s, u"--paper"_s,
                                           u"--landscape"_s, u"--printed-pages"_s, u"--ignore"_s};
}

void tst_Cli::helpNamesEveryOption()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Run r = runCli({command, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.startsWith(u"Usage: jiaokan-cli "_s + command + u" [options]"_s), qPrintable(help.left(80)));
    for (const QString &option : std::as_const(options))
        QVERIFY2(help.contains(option), qPrintable(option));
}

// Errors in the words of Qt's parser, after the command's name.
void tst_Cli::usageErrorsSayWhatIsWrong_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"match"_s, u"--frob"_s, u"a"_s, u"b"_s}
                                    << u"jiaokan-cli: match: Unknown option 'frob'."_s;
    QTest::newRow("missing value") << QStringList{u"diff"_s, u"a"_s, u"b"_s, u"--granularity"_s}
                                   << u"jiaokan-cli: diff: Missing value after '--granularity'."_s;
}

void tst_Cli::usageErrorsSayWhatIsWrong()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
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

void tst_Cli::writesDiffJson()
{
    const QString corpus = QFINDTESTDATA(u"data/corpus"_s);
    const Run r = runCli({u"diff"_s, u"--json"_s, corpus + u"/000_800ada7c4181dbc5.txt"_s,
                          corpus + u"/001_7bef9e0345aafa9a.txt"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray passages = doc.value(u"passages"_s).toArray();
    QCOMPARE(passages.size(), 2);
    // The talks: page 000 carries them from its continuation on, so page 001's start is b_only.
    const QJsonObject talks = passages.at(0).toObject();
    QCOMPARE(talks.value(u"a"_s).toObject().value(u"lines"_s).toArray(), QJsonArray({106, 228}));
    QCOMPARE(talks.value(u"b_only"_s).toArray().first().toArray().first().toInt(), 1);
    QVERIFY(talks.value(u"differences"_s).toArray().isEmpty());
    const QJsonObject press = passages.at(1).toObject();
    const QJsonObject dateline = press.value(u"differences"_s).toArray().first().toObject();
    QCOMPARE(dateline.value(u"class"_s).toString(), u"dateline"_s);
    QCOMPARE(dateline.value(u"b"_s).toString(), u"据新华社电"_s);
    QCOMPARE(dateline.value(u"a_lines"_s).toArray(), QJsonArray({229, 231}));
}

void tst_Cli::writesStoryGroups()
{
    // match --groups: each story the corpus pages share once, with each of its printings.
    const QString corpus = QFINDTESTDATA(u"data/corpus"_s);
    QStringList args{u"match"_s, u"--groups"_s, u"--json"_s};
    for (const QString &name : {u"000_800ada7c4181dbc5"_s, u"001_7bef9e0345aafa9a"_s, u"002_8f3d60094bcd0134"_s,
                                u"004_61b16b637bcca7d8"_s})
        args.append(corpus + u'/' + name + u".txt"_s);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(r.out).object().value(u"groups"_s).toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject talks = groups.at(0).toObject();
    QCOMPARE(talks.value(u"headline"_s).toString(), u"习近平同俄罗斯总统普京会谈"_s);
    const QJsonArray printings = talks.value(u"printings"_s).toArray();
    QCOMPARE(printings.size(), 3);   // 000, 001, 002: each once; 004 prints neither story
    QVERIFY(printings.at(0).toObject().value(u"file"_s).toString().endsWith(u"000_800ada7c4181dbc5.txt"_s));
    QCOMPARE(printings.at(0).toObject().value(u"lines"_s).toArray(), QJsonArray({106, 228}));
    QCOMPARE(printings.at(0).toObject().value(u"partial"_s).toBool(), true);   // from its continuation
    QCOMPARE(printings.at(1).toObject().value(u"partial"_s).toBool(), false);
    QCOMPARE(groups.at(1).toObject().value(u"printings"_s).toArray().size(), 3);
    // Without --json: a line a group, a line a printing.
    args.removeAll(u"--json"_s);
    const Run plain = runCli(args);
    QVERIFY(QString::fromUtf8(plain.out).startsWith(u"习近平同俄罗斯总统普京会谈  (3 printings)\n"_s));
}

void tst_Cli::diffWholeComparesTheWholes()
{
    const QString corpus = QFINDTESTDATA(u"data/corpus"_s);
    const Run r = runCli({u"diff"_s, u"--whole"_s, u"--json"_s, corpus + u"/001_7bef9e0345aafa9a.txt"_s,
                          corpus + u"/002_8f3d60094bcd0134.txt"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray passages = QJsonDocument::fromJson(r.out).object().value(u"passages"_s).toArray();
    QCOMPARE(passages.size(), 1);
    QCOMPARE(passages.at(0).toObject().value(u"a"_s).toObject().value(u"lines"_s).toArray().first().toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
