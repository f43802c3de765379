// One look for a difference everywhere, told apart without colour: the printed report's
// marks and its key, the comparison view's marks and its legend, and the HTML export all
// take their fill and line from DifferenceLook, and no two kinds share a line.
#include "diff/differencelook.h"
#include "match/passagefinder.h"
#include "report/comparisonreport.h"

#include "differencelegend.h"
#include "differencestyle.h"
#include "reportprinter.h"

#include <QDir>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Jiaokan;
using namespace Jiaokan::Core;
using Kind = DifferenceLook::Kind;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kind)

namespace {

// What a grey printer keeps of a mark: its lines.
struct Lines {
    QTextCharFormat::UnderlineStyle underline;
    bool struck;
    bool over;
    bool operator==(const Lines &) const = default;
};

Lines linesOf(const QTextCharFormat &f)
{
    return {f.underlineStyle(), f.fontStrikeOut(), f.fontOverline()};
}

// Every fragment of a document with a mark's fill, by kind.
QHash<Kind, QList<QTextCharFormat>> marksOf(const QTextDocument &document)
{
    QHash<Kind, QList<QTextCharFormat>> marks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const Kind kind : DifferenceLook::kinds())
                if (it.fragment().charFormat().background().color() == App::DifferenceStyle::colour(kind))
                    marks[kind].append(it.fragment().charFormat());
    return marks;
}

} // namespace

class tst_DifferenceLook : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kindsAreToldApartWithoutColour();
    void everyViewDrawsAKindAlike_data();
    void everyViewDrawsAKindAlike();

private:
    QTemporaryDir m_dir;
    QTextDocument m_printed;
    QString m_html;
};

void tst_DifferenceLook::initTestCase()
{
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    const QString a = corpus.absoluteFilePath(corpus.entryList({u"001_*.txt"_s}).value(0));
    const QString b = corpus.absoluteFilePath(corpus.entryList({u"002_*.txt"_s}).value(0));
    const PassageFinder::Result result = PassageFinder::run({a, b}, CompareOptions{});
    QVERIFY(!result.passages.isEmpty());
    const QList<ComparisonReport::Section> sections = ComparisonReport::sectionsOf(result);
    ReportOptions options;
    m_html = ComparisonReport::build(sections, options).html;
    options.forPrint = true;
    QPdfWriter device(m_dir.filePath(u"layout.pdf"_s));
    App::ReportPrinter::layOut(&m_printed, ComparisonReport::build(sections, options), &device);
}

void tst_DifferenceLook::kindsAreToldApartWithoutColour()
{
    const QList<Kind> kinds = DifferenceLook::kinds();
    QCOMPARE(kinds.size(), 4);
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const Lines lines = linesOf(App::DifferenceStyle::format(kinds[i]));
        QVERIFY2(lines.underline != QTextCharFormat::NoUnderline || lines.struck, "every kind has a line");
        for (qsizetype j = 0; j < i; ++j)
            QVERIFY2(!(lines == linesOf(App::DifferenceStyle::format(kinds[j]))), "no two kinds share a line");
    }
    // An annotated mark keeps its kind's line and adds one above.
    for (const Kind kind : DifferenceLook::kinds()) {
        Lines annotated = linesOf(App::DifferenceStyle::format(kind, true));
        QVERIFY(annotated.over);
        annotated.over = false;
        QVERIFY(annotated == linesOf(App::DifferenceStyle::format(kind)));
    }
}

void tst_DifferenceLook::everyViewDrawsAKindAlike_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("htmlLine");
    QTest::newRow("differs") << Kind::Changed << u"underline wavy"_s;
    QTest::newRow("only in A") << Kind::OnlyA << u"line-through solid"_s;
    QTest::newRow("only in B") << Kind::OnlyB << u"underline solid"_s;
    QTest::newRow("moved") << Kind::Moved << u"underline dashed"_s;
}

void tst_DifferenceLook::everyViewDrawsAKindAlike()
{
    QFETCH(Kind, kind);
    QFETCH(QString, htmlLine);
    const QTextCharFormat look = App::DifferenceStyle::format(kind);

    // The printed report: every mark of the kind, the key's sample among them.
    const QList<QTextCharFormat> printed = marksOf(m_printed).value(kind);
    QVERIFY2(!printed.isEmpty(), "the key shows a sample of each kind");
    for (const QTextCharFormat &f : printed) {
        Lines lines = linesOf(f);
        lines.over = false;
        QVERIFY(lines == linesOf(look));
        if (f.underlineStyle() != QTextCharFormat::NoUnderline)
            QCOMPARE(f.underlineColor(), look.underlineColor());
    }

    // The legend over the comparison draws its sample with the same format.
    App::DifferenceLegend legend;
    const QList<QTextCharFormat> shown = marksOf(legend.document()).value(kind);
    QCOMPARE(shown.size(), 1);
    QVERIFY(linesOf(shown.first()) == linesOf(look));
    QCOMPARE(shown.first().underlineColor(), look.underlineColor());

    // The HTML export: the same fill and line in its style sheet.
    QVERIFY2(m_html.contains(DifferenceLook::css(kind, false)), qPrintable(DifferenceLook::css(kind, false)));
    QVERIFY(DifferenceLook::css(kind, false).contains(htmlLine));
    QVERIFY(DifferenceLook::css(kind, false).contains(DifferenceLook::fill(kind)));
}

QTEST_MAIN(tst_DifferenceLook)
#include "tst_differencelook.moc"
