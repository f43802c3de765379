// The printed and exported report of a comparison: the talks story of 001 against 002
// with two annotations, as `jiaokan-cli report` writes it, read back with pdftotext and
// an XML parser.
#include "annotate/annotationplacer.h"
#include "match/passagefinder.h"
#include "project/projectfile.h"
#include "report/comparisonreport.h"

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    const CliRun run = CliRun::run(args);
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

// Text of a PDF (pages first to last, or one page), white space removed: a reading
// that wraps in its cell is still found whole.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    QProcess p;
    p.start(u"pdftotext"_s, args << pdf << u"-"_s);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

// The images a PDF holds (pdfimages -list: two header lines, then one a row).
int pdfImages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, pdf});
    p.waitForFinished(60000);
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size()) - 2;
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    p.waitForFinished(60000);
    const QRegularExpressionMatch m
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The four differences of the talks story, both readings each, as printed in the text:
// the number follows a reading, the ‸ stands where a version lacks the other's.
const QStringList Readings{u"据新华社电"_s, u"新华社莫斯科5月8日电"_s, u"天高云阔"_s, u"天高云淡"_s,
                           u"挺膺担当"_s, u"挺身而出"_s, u"加征高"_s, u"加征‸"_s};

const QString CommentOnTheSky = u"新华社通稿作“天高云阔”，002误"_s;
const QString CommentOnTheTeam = u"待查原稿 <script>alert('x')</script> & \"q\""_s;

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfHoldsEveryReadingAndBothComments_data();
    void pdfHoldsEveryReadingAndBothComments();
    void htmlParsesAndHoldsTheSame();
    void onlyAnnotatedLeavesTheOthersOut();
    void paragraphsOfAPassageAreAligned();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void missingReportProgramIsNamed();
    void projectPageThatIsAPipeIsRefused();
    void printedPagesShowEachSideWithItsMarks();
    void twoTextsTheMatcherDoesNotPairAreReportedWhole();

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    QString m_project;
};

void tst_Report::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    m_a = corpus.absoluteFilePath(corpus.entryList({u"001_*.txt"_s}).value(0));
    m_b = corpus.absoluteFilePath(corpus.entryList({u"002_*.txt"_s}).value(0));
    // Two annotations, made as the app makes them.
    const PassageFinder::Result result = PassageFinder::run({m_a, m_b}, CompareOptions{});
    const AnnotationPlacer placer(result.paths, result.pages);
    Project project;
    for (const QString &path : {m_a, m_b})
        project.pages.append({path, {}, {}, std::nullopt});
    for (const PassageComparison &p : result.passages) {
        for (int i = 0; i < p.differences.size(); ++i) {
            const Difference &d = p.differences[i];
            if (d.text[SideA] == u"阔"_s || (d.text[SideA] == u"膺担当"_s && p.lines[SideA].first.value < 100)) {
                Annotation a = placer.forDifference(p, i);
                a.status = d.text[SideA] == u"阔"_s ? ReviewStatus::ErrorInB : ReviewStatus::Query;
                a.comment = d.text[SideA] == u"阔"_s ? CommentOnTheSky : CommentOnTheTeam;
                project.annotations.append(a);
            }
        }
    }
    QCOMPARE(project.annotations.size(), 2);
    m_project = m_dir.filePath(u"talks.jiaokan"_s);
    QString error;
    QVERIFY2(ProjectFile::save(project, m_project, &error), qPrintable(error));
}

void tst_Report::pdfHoldsEveryReadingAndBothComments_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("A4 portrait") << u"a4"_s << false;
    QTest::newRow("A4 landscape") << u"a4"_s << true;
    QTest::newRow("Letter portrait") << u"letter"_s << false;
    QTest::newRow("Letter landscape") << u"letter"_s << true;
}

void tst_Report::pdfHoldsEveryReadingAndBothComments()
{
    QFETCH(QString, paper);
    QFETCH(bool, landscape);
    const QString pdf = m_dir.filePath(u"talks-%1-%2.pdf"_s.arg(paper).arg(landscape));
    QStringList args{u"report"_s, u"--project"_s, m_project, u"--pdf"_s, pdf, u"--paper"_s, paper};
    if (landscape)
        args << u"--landscape"_s;
    const Run run = cli(args << m_a << m_b);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) reads the PDF");
    for (const QString &reading : Readings)
        QVERIFY2(text.contains(reading), qPrintable(reading));
    // The apparatus: both comments, whole (white space aside), and the statuses.
    for (const QString &comment : {CommentOnTheSky, CommentOnTheTeam}) {
        const QString expected = QString(comment).remove(u' ');
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(text.contains(u"errorinB"_s));
    QVERIFY(text.contains(u"query"_s));

    // The pages: as many as the CLI said, each with its running header and its number.
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 2);
    QVERIFY2(run.out.contains(u"%1 page"_s.arg(pages)), qPrintable(run.out));
    for (int page = 1; page <= pages; ++page) {
        const QString onPage = pdfText(pdf, page);
        QVERIFY2(onPage.contains(u"Page%1of%2"_s.arg(page).arg(pages)), qPrintable(onPage.right(40)));
        QVERIFY(onPage.contains(u"001_7bef9e0345aafa9a↔002_8f3d60094bcd0134"_s));
    }
}

void tst_Report::htmlParsesAndHoldsTheSame()
{
    const QString html = m_dir.filePath(u"talks.html"_s);
    const Run run = cli({u"report"_s, u"--project"_s, m_project, u"--html"_s, html, m_a, m_b});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Written as well-formed markup, so an XML parser reads it: stricter than HTML5.
    QXmlStreamReader xml(&file);
    QString text;
    int scripts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"script")
            ++scripts;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line "_s + QString::number(xml.lineNumber())));
    QCOMPARE(scripts, 0);
    text.remove(QRegularExpression(u"\\s+"_s));
    for (const QString &reading : Readings)
        QVERIFY2(text.contains(reading), qPrintable(reading));
    QVERIFY(text.contains(QString(CommentOnTheSky).remove(u' ')));
    // The comment's markup is text, shown as written.
    QVERIFY(text.contains(QString(CommentOnTheTeam).remove(u' ')));
}

void tst_Report::onlyAnnotatedLeavesTheOthersOut()
{
    const QString html = m_dir.filePath(u"annotated.html"_s);
    const Run run = cli({u"report"_s, u"--project"_s, m_project, u"--only"_s, u"annotated"_s, u"--html"_s, html, m_a, m_b});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Two numbered marks in each printing (four markers in all), the apparatus has two rows.
    QCOMPARE(text.count(u"<sup>"_s), 4);
    QVERIFY(text.contains(u"annotated differences only"_s));
    QVERIFY(!text.contains(u"<td>据新华社电"_s));
}

void tst_Report::paragraphsOfAPassageAreAligned()
{
    const PassageFinder::Result result = PassageFinder::run({m_a, m_b}, CompareOptions{});
    QVERIFY(!result.passages.isEmpty());
    const PassageComparison &talks = result.passages.first();
    const auto rows = ComparisonReport::alignParagraphs(*result.pages[0], *result.pages[1], talks);
    // 001 and 002 set the talks in the same paragraphs: one row each, one block a side.
    QVERIFY(rows.size() > 10);
    for (const ComparisonReport::Row &row : rows) {
        QCOMPARE(row.last[SideA] - row.first[SideA], row.last[SideB] - row.first[SideB]);
    }
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].first[SideA], rows[i - 1].last[SideA] + 1);
        QCOMPARE(rows[i].first[SideB], rows[i - 1].last[SideB] + 1);
    }
}

void tst_Report::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{u"report"_s} << 2 << u"--pdf OUT or --html OUT"_s;
    QTest::newRow("one file") << QStringList{u"report"_s, u"--html"_s, u"x.html"_s, u"a.txt"_s} << 2 << u"two or more"_s;
    QTest::newRow("bad status") << QStringList{u"report"_s, u"--only"_s, u"done"_s, u"--html"_s, u"x"_s} << 2 << u"--only"_s;
    QTest::newRow("bad paper") << QStringList{u"report"_s, u"--paper"_s, u"a3"_s, u"--pdf"_s, u"x"_s} << 2 << u"--paper"_s;
    QTest::newRow("damaged project") << QStringList{u"report"_s, u"--project"_s, u"DAMAGED"_s, u"--html"_s, u"x"_s}
                                     << 1 << u"damaged"_s;
    // The talks project lies in a scratch folder, its pages in the test data.
    QTest::newRow("project's pages outside its folder")
        << QStringList{u"report"_s, u"--project"_s, u"TALKS"_s, u"--html"_s, u"x"_s} << 1 << u"outside its folder"_s;
}

void tst_Report::badArgumentsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString damaged = m_dir.filePath(u"damaged.jiaokan"_s);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"jiaokan-project\", \"schemaVersion\": 1, \"pag");
    file.close();
    args.replaceInStrings(u"DAMAGED"_s, damaged);
    args.replaceInStrings(u"TALKS"_s, m_project);
    const Run run = cli(args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// jiaokan-cli hands `report` to jiaokan-report: a CLI copied without it says so.
void tst_Report::missingReportProgramIsNamed()
{
    QTemporaryDir alone;
    const QString cli = alone.filePath(u"jiaokan-cli"_s);
    QVERIFY(QFile::copy(QStringLiteral(JIAOKAN_CLI), cli));
    QProcess p;
    p.start(cli, {u"report"_s, u"--html"_s, alone.filePath(u"r.html"_s), m_a, m_b});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(u"jiaokan-report"_s), "names the missing program");
    QVERIFY(!QFile::exists(alone.filePath(u"r.html"_s)));
}

// A project naming a pipe inside its folder: refused unread (reading it would hang).
void tst_Report::projectPageThatIsAPipeIsRefused()
{
    QTemporaryDir folder;
    const QString pipe = folder.filePath(u"page.txt"_s);
    QVERIFY(QProcess::execute(u"mkfifo"_s, {pipe}) == 0);
    QVERIFY(QFile::copy(m_b, folder.filePath(u"b.txt"_s)));
    Project project;
    project.pages = {{pipe, {}, {}, std::nullopt}, {folder.filePath(u"b.txt"_s), {}, {}, std::nullopt}};
    QString error;
    const QString path = folder.filePath(u"work.jiaokan"_s);
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    const Run run = cli({u"report"_s, u"--project"_s, path, u"--html"_s, folder.filePath(u"r.html"_s)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"not a regular file"_s), qPrintable(run.err));
}



void tst_Report::printedPagesShowEachSideWithItsMarks()
{
    const QString a = QFINDTESTDATA(u"data/pdf/pdf01_000.pdf"_s), b = QFINDTESTDATA(u"data/pdf/pdf03_002.pdf"_s);
    const QString plain = m_dir.filePath(u"plain.pdf"_s), printed = m_dir.filePath(u"printed.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"--pdf"_s, plain, a, b}).code, 0);
    const Run run = cli({u"report"_s, u"--pdf"_s, printed, u"--printed-pages"_s, a, b});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // One figure a side of each passage that has differences,
    // each on a page of its own under its heading (counted without its page number:
    // Qt's PDF writer loses the digits of the CJK face, issue 23).
    const QString text = pdfText(printed);
    const int figures = int(text.count(u",printedpage"_s));
    QCOMPARE(int(text.count(u"A,printedpage"_s)), int(text.count(u"B,printedpage"_s)));
    QVERIFY2(figures >= 4, qPrintable(QString::number(figures)));
    QCOMPARE(pdfImages(plain), 0);
    QCOMPARE(pdfImages(printed), figures);
    QVERIFY(pdfPages(printed) >= pdfPages(plain) + figures);   // a page each, and what follows a figure starts anew
    // The text of the report is still all there.
    QVERIFY(text.contains(u"膺担当"_s) && text.contains(u"身而出"_s));

    // A page of text has no printed page to show.
    const QString mixed = m_dir.filePath(u"mixed.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"--pdf"_s, mixed, u"--printed-pages"_s, a, m_b}).code, 0);
    QCOMPARE(pdfImages(mixed), int(pdfText(mixed).count(u"A,printedpage"_s)));
    QVERIFY(!pdfText(mixed).contains(u"B,printedpage"_s));

    // In HTML, each figure is in the file itself.
    const QString html = m_dir.filePath(u"printed.html"_s);
    QCOMPARE(cli({u"report"_s, u"--html"_s, html, u"--printed-pages"_s, a, b}).code, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QCOMPARE(int(saved.count(u"src=\"data:image/jpeg;base64,"_s)), figures);
    QVERIFY(!saved.contains(u"jiaokan-figure:"_s));
}


// A report of two texts shows what their diff shows: two one-sentence versions that the
// matcher does not pair are compared whole, and the report says so.
void tst_Report::twoTextsTheMatcherDoesNotPairAreReportedWhole()
{
    QStringList files;
    for (const QString &text : {u"五月的莫斯科，天高云阔。"_s, u"五月的莫斯科，天高云淡。"_s}) {
        QFile file(m_dir.filePath(u"sentence%1.txt"_s.arg(files.size())));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + '\n');
        files.append(file.fileName());
    }
    const QString pdf = m_dir.filePath(u"sentence.pdf"_s);
    const Run run = cli(QStringList{u"report"_s, u"--pdf"_s, pdf} + files);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"compared as wholes"_s), qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"天高云阔"_s) && text.contains(u"天高云淡"_s), qPrintable(text.left(300)));
}

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
