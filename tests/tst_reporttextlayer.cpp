// The text layer of a printed report: what pdftotext reads back from the PDF is exactly
// what was drawn, character by character, at every paper size and orientation: no Kangxi
// radical for the ideograph it looks like (⾼ for 高), no digit lost, no ligature.
#include "match/passagefinder.h"
#include "report/comparisonreport.h"
#include "reportprinter.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Jiaokan;
using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

// White space of every kind (the full-width indent too): where a line breaks is layout.
QString withoutSpace(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// The PDF's text in the order it was drawn (pdftotext -raw), a string a page.
QStringList pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && withoutSpace(pages.last()).isEmpty())
        pages.removeLast();
    return pages;
}

// The first character of needle not found in haystack in needle's order, or -1: a
// passage split between pages and interleaved with the other version's is still whole.
qsizetype firstMissing(const QString &needle, const QString &haystack)
{
    qsizetype at = 0;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        at = haystack.indexOf(needle.at(i), at);
        if (at < 0)
            return i;
        ++at;
    }
    return -1;
}

} // namespace

class tst_ReportTextLayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void extractedTextIsTheTextDrawn_data();
    void extractedTextIsTheTextDrawn();
    void charactersBeyondTheBasicPlaneComeBack_data();
    void charactersBeyondTheBasicPlaneComeBack();

private:
    QTemporaryDir m_dir;
    PassageFinder::Result m_result;
    ComparisonReport::Document m_report;
};

void tst_ReportTextLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    const QString a = corpus.absoluteFilePath(corpus.entryList({u"001_*.txt"_s}).value(0));
    const QString b = corpus.absoluteFilePath(corpus.entryList({u"002_*.txt"_s}).value(0));
    m_result = PassageFinder::run({a, b}, CompareOptions{});
    QVERIFY(!m_result.passages.isEmpty());
    const QList<ComparisonReport::Section> sections = ComparisonReport::sectionsOf(m_result);
    ReportOptions options;
    options.forPrint = true;
    m_report = ComparisonReport::build(sections, options);
}

void tst_ReportTextLayer::extractedTextIsTheTextDrawn_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("orientation");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait);
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape);
    QTest::newRow("Letter portrait") << int(QPageSize::Letter) << int(QPageLayout::Portrait);
    QTest::newRow("Letter landscape") << int(QPageSize::Letter) << int(QPageLayout::Landscape);
}

void tst_ReportTextLayer::extractedTextIsTheTextDrawn()
{
    QFETCH(int, size);
    QFETCH(int, orientation);
    const App::ReportPrinter::PageSetup setup{QPageSize::PageSizeId(size), QPageLayout::Orientation(orientation)};
    const QString pdf = m_dir.filePath(u"report-%1-%2.pdf"_s.arg(size).arg(orientation));
    QString error;
    int pageCount = 0;
    QVERIFY2(App::ReportPrinter::writePdf(m_report, pdf, setup, &error, &pageCount), qPrintable(error));

    // What was drawn: the body as the printer lays it out on that paper.
    QPdfWriter device(m_dir.filePath(u"layout.pdf"_s));
    device.setResolution(300);
    device.setPageLayout(QPageLayout(QPageSize(setup.size), setup.orientation, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    App::ReportPrinter::layOut(&document, m_report, &device);
    const QString body = withoutSpace(document.toPlainText());

    const QStringList pages = pdfPages(pdf);
    QVERIFY2(!pages.isEmpty(), "pdftotext (poppler-utils) reads the PDF");
    QCOMPARE(pages.size(), pageCount);
    QString extractedBody;
    for (int page = 0; page < pages.size(); ++page) {
        // Each page: the running header (title, versions), the footer, then the body.
        const QString text = withoutSpace(pages[page]);
        const QString furniture = withoutSpace(m_report.title + m_report.versions
                                               + u"Page %1 of %2"_s.arg(page + 1).arg(pageCount));
        QVERIFY2(text.startsWith(furniture), qPrintable(u"page %1: %2"_s.arg(page + 1).arg(text.left(80))));
        extractedBody += text.mid(furniture.size());
    }
    // Every character drawn comes back as often (a table's header row is drawn again
    // on each page it runs on), and nothing that was not drawn: no look-alike.
    QHash<char32_t, int> drawn, read;
    for (const char32_t c : body.toUcs4())
        ++drawn[c];
    for (const char32_t c : extractedBody.toUcs4())
        ++read[c];
    for (auto c = read.cbegin(); c != read.cend(); ++c)
        QVERIFY2(drawn.contains(c.key()), qPrintable(u"U+%1 (%2) came back from the PDF but was not drawn"_s.arg(
                                              uint(c.key()), 4, 16, QChar(u'0')).arg(QString::fromUcs4(&c.key(), 1))));
    for (auto c = drawn.cbegin(); c != drawn.cend(); ++c)
        QVERIFY2(read.value(c.key()) >= c.value(),
                 qPrintable(u"U+%1 (%2) drawn %3 times, read %4"_s.arg(uint(c.key()), 4, 16, QChar(u'0'))
                                .arg(QString::fromUcs4(&c.key(), 1))
                                .arg(c.value())
                                .arg(read.value(c.key()))));

    // Every passage of both versions, every character in its order.
    for (const PassageComparison &passage : m_result.passages) {
        for (const Side side : {SideA, SideB}) {
            const AnalyzedPage &page = *m_result.pages[size_t(passage.page[side])];
            const QString text = withoutSpace(
                page.diffKey.originalText(page.page, passage.keyStart[side], passage.keyEnd[side]));
            const qsizetype missing = firstMissing(text, extractedBody);
            QVERIFY2(missing < 0, qPrintable(u"passage character %1 (%2) is not in the PDF's text"_s.arg(missing).arg(
                                      text.mid(missing, 10))));
        }
    }
    for (const QString &reading : {u"天高云阔"_s, u"天高云淡"_s, u"挺膺担当"_s, u"挺身而出"_s, u"风雨同渡"_s, u"风雨同舟"_s})
        QVERIFY2(extractedBody.contains(reading), qPrintable(reading));
}

// Ideographs of CJK Extension B and beyond, which Qt's PDF writer leaves out of the
// text layer: in the headline (drawn first, in the running header), in the body, both.
void tst_ReportTextLayer::charactersBeyondTheBasicPlaneComeBack_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("expected");
    const QString body = u"今天的会议在北京举行，各方代表出席，会议通过了三项决议。"_s;
    QTest::newRow("one in the body")
        << u"吉野家𠮷田先生说，天高云阔。"_s + body << u"吉野家𠮷田先生说，天高云淡。"_s + body
        << QStringList{u"吉野家𠮷田先生说，天高云阔"_s, u"吉野家𠮷田先生说，天高云淡"_s};
    QTest::newRow("two, headline and body")
        << u"𡈽𠀋村纪事\n\n　　𡈽𠀋村的村民说，天高云阔。"_s + body << u"𡈽𠀋村纪事\n\n　　𡈽𠀋村的村民说，天高云淡。"_s + body
        << QStringList{u"𡈽𠀋村的村民说，天高云阔"_s, u"𡈽𠀋村的村民说，天高云淡"_s};
}

void tst_ReportTextLayer::charactersBeyondTheBasicPlaneComeBack()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, expected);
    QStringList files;
    for (const QString &text : {a, b}) {
        QFile file(m_dir.filePath(u"plane%1.txt"_s.arg(files.size())));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + '\n');
        files.append(file.fileName());
    }
    QString error;
    const std::optional<PassageFinder::Result> result
        = PassageFinder::compareWhole(files, CompareOptions{}, &error);
    QVERIFY2(result && !result->passages.isEmpty(), qPrintable(error));
    const QList<ComparisonReport::Section> sections = ComparisonReport::sectionsOf(*result);
    ReportOptions options;
    options.forPrint = true;
    const ComparisonReport::Document report = ComparisonReport::build(sections, options);
    const QString pdf = m_dir.filePath(u"plane.pdf"_s);
    QVERIFY2(App::ReportPrinter::writePdf(report, pdf, {}, &error), qPrintable(error));
    const QString text = withoutSpace(pdfPages(pdf).join(QString()));
    for (const QString &reading : expected)
        QVERIFY2(text.contains(reading), qPrintable(reading + u" in "_s + text.left(200)));
}

QTEST_MAIN(tst_ReportTextLayer)
#include "tst_reporttextlayer.moc"
