#include "report/comparisonreport.h"

#include "diff/differencelook.h"

#include "layout/documentloader.h"
#include "report/printeddifferences.h"
#include "text/pagegeometry.h"

#include <QMap>

#include "report/reportmarkup.h"

#include "match/storygroups.h"
#include "text/tr.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace Jiaokan::Core {

namespace {

class SectionWriter
{
public:
    SectionWriter(const ComparisonReport::Section &section, const ReportOptions &options, QString &out,
                  QList<ReportFigure> &figures)
        : m_s(section)
        , m_options(options)
        , m_out(out)
        , m_figures(figures)
    {
    }

    void write(int number)
    {
        const PassageComparison &p = m_s.passage;
        const std::array<const AnalyzedPage *, SideCount> pages{m_s.a.get(), m_s.b.get()};
        QStringList heading;
        for (int s = 0; s < SideCount; ++s) {
            heading.append(Tr::tr("%1 %2, lines %3")
                               .arg(s == SideA ? QStringLiteral("A") : QStringLiteral("B"),
                                    pages[s]->page.source.displayName().toHtmlEscaped(),
                                    p.lines[s].text()));
        }
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Passage %1: %2").arg(number).arg(heading.join(QStringLiteral(" · "))));
        for (int s = 0; s < SideCount; ++s) {
            if (p.only[s].isEmpty())
                continue;
            QStringList ranges;
            for (const LineRange &r : p.only[s])
                ranges.append(r.text());
            m_out += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("Only in %1 (not compared): lines %2")
                                                         .arg(s == SideA ? QStringLiteral("A") : QStringLiteral("B"),
                                                              ranges.join(QStringLiteral(", "))));
        }
        collectMarks(pages);

        m_out += ReportMarkup::table(QStringLiteral("text"), m_options);
        m_out += QStringLiteral("<thead><tr><th>%1</th><th>%2</th></tr></thead>\n<tbody>\n")
                     .arg(QString(QStringLiteral("A: ") + pages[SideA]->page.source.fileName()).toHtmlEscaped(),
                          QString(QStringLiteral("B: ") + pages[SideB]->page.source.fileName()).toHtmlEscaped());
        for (const ComparisonReport::Row &row : ComparisonReport::alignParagraphs(*pages[SideA], *pages[SideB], p)) {
            m_out += QStringLiteral("<tr>");
            for (int s = 0; s < SideCount; ++s) {
                m_out += m_options.forPrint ? QStringLiteral("<td width=\"50%\" valign=\"top\">") : QStringLiteral("<td>");
                for (int rank = row.first[s]; rank <= row.last[s]; ++rank)
                    writeBlock(*pages[s], rank, Side(s));
                m_out += QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
        writeApparatus();
        if (m_options.printedPages)
            writeFigures(pages);
    }

private:
    QString number(int i) const
    {
        return ReportMarkup::number(i, m_s.annotations.value(i), m_options);
    }

    QString openTag(const Difference &d, bool annotated) const
    {
        return ReportMarkup::markOpen(DifferenceLook::kindOf(d), annotated, m_options);
    }

    void collectMarks(const std::array<const AnalyzedPage *, SideCount> &pages)
    {
        const PassageComparison &p = m_s.passage;
        for (int i = 0; i < p.differences.size(); ++i) {
            if (!m_options.includes(m_s.annotations.value(i)))
                continue;
            m_included.append(i);
            const Difference &d = p.differences[i];
            const bool annotated = m_s.annotations.value(i).has_value();
            for (int s = 0; s < SideCount; ++s) {
                if (d.keyEnd[s] > d.keyStart[s])
                    ReportMarkup::markRange(*pages[s], d.keyStart[s], d.keyEnd[s], openTag(d, annotated), number(i),
                                            &m_inserts[s]);
                else   // the side that lacks the text: a ‸ and the number where it would be
                    ReportMarkup::markPoint(*pages[s], d.keyStart[s], ReportMarkup::gapMark(m_options) + number(i),
                                            &m_inserts[s]);
            }
        }
    }

    void writeBlock(const AnalyzedPage &page, int rank, Side side)
    {
        const int index = page.diffKey.readingOrder()[rank];
        const Block &block = page.page.blocks[index];
        const QString html = ReportMarkup::markedText(block.text, m_inserts[side].value(index));
        m_out += ReportMarkup::paragraph(html, block.kind == BlockKind::Heading, m_options);
    }

    void writeApparatus()
    {
        const PassageComparison &p = m_s.passage;
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(Tr::tr("Differences"));
        if (m_included.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("None to show."));
            return;
        }
        m_out += ReportMarkup::table(QStringLiteral("apparatus"), m_options);
        m_out += QStringLiteral("<thead><tr><th>#</th><th>%1</th><th>A</th><th>B</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
                     .arg(Tr::tr("Class"), Tr::tr("Status"), Tr::tr("Comment"));
        for (int i : std::as_const(m_included)) {
            const Difference &d = p.differences[i];
            const std::optional<Annotation> &a = m_s.annotations.value(i);
            const QString kind = d.movedWith >= 0
                ? Tr::tr("%1, moved (see %2)").arg(ReportMarkup::className(d.kind)).arg(d.movedWith + 1)
                : ReportMarkup::className(d.kind);
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/>%4</td><td>%5<br/>%6</td><td>%7</td><td>%8</td></tr>\n")
                         .arg(i + 1)
                         .arg(kind, ReportMarkup::reading(d.text[SideA]), d.lines[SideA].text(),
                              ReportMarkup::reading(d.text[SideB]), d.lines[SideB].text(), ReportMarkup::statusText(a),
                              ReportMarkup::comment(a));
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
    }

    // Each side's printed pages that hold a shown difference, the differences marked.
    void writeFigures(const std::array<const AnalyzedPage *, SideCount> &pages)
    {
        const PassageComparison &p = m_s.passage;
        for (int s = 0; s < SideCount; ++s) {
            const ReflowedPage &page = pages[s]->page;
            if (!page.source.geometry)
                continue;
            const QString file = DocumentLoader::splitPageName(page.source.path).first;
            QMap<int, ReportFigure> byPage;
            for (int i : std::as_const(m_included)) {
                const Difference &d = p.differences[i];
                for (const PrintedBox &b : PrintedDifferences::of(*pages[s], d.keyStart[s], d.keyEnd[s])) {
                    ReportFigure &f = byPage[b.page];
                    f.marks.append({b.box, i + 1, Side(s), DifferenceLook::kindOf(d)});
                }
            }
            for (auto it = byPage.begin(); it != byPage.end(); ++it) {
                ReportFigure f = it.value();
                f.url = QStringLiteral("jiaokan-figure:%1").arg(m_figures.size() + 1);
                f.file = file;
                f.page = it.key();
                f.size = page.source.geometry->sizeOf(it.key());
                m_out += QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>\n<p><img src=\"%2\" alt=\"%3\"/></p>\n")
                             .arg(Tr::tr("%1, printed page %2").arg(s == SideA ? QStringLiteral("A") : QStringLiteral("B"))
                                      .arg(f.page),
                                  f.url, QFileInfo(f.file).fileName().toHtmlEscaped());
                m_figures.append(std::move(f));
            }
        }
    }

    const ComparisonReport::Section &m_s;
    const ReportOptions &m_options;
    QString &m_out;
    QList<ReportFigure> &m_figures;
    QList<int> m_included;
    std::array<ReportMarkup::Inserts, SideCount> m_inserts;
};

} // namespace

QString ComparisonReport::pageDate(const ReflowedPage &page)
{
    static const QRegularExpression date(QStringLiteral("(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日"));
    // The dateline of the page is furniture at its head; a date in the body is news.
    for (const Block &block : page.blocks) {
        if (block.kind != BlockKind::Furniture)
            continue;
        if (const QRegularExpressionMatch m = date.match(block.text); m.hasMatch())
            return m.captured();
    }
    return {};
}

QList<ComparisonReport::Row> ComparisonReport::alignParagraphs(const AnalyzedPage &a, const AnalyzedPage &b,
                                                              const PassageComparison &passage)
{
    // A row from each pair of level paragraphs to the next.
    const QList<std::pair<int, int>> level = passage.levelParagraphs(a.diffKey, b.diffKey);
    if (level.isEmpty())
        return {};
    const int lastA = passage.rankRange(a.diffKey, SideA).second;
    const int lastB = passage.rankRange(b.diffKey, SideB).second;
    QList<Row> rows;
    for (qsizetype i = 0; i < level.size(); ++i) {
        const bool last = i + 1 == level.size();
        Row row;
        row.first = {level[i].first, level[i].second};
        row.last = {last ? lastA : level[i + 1].first - 1, last ? lastB : level[i + 1].second - 1};
        rows.append(row);
    }
    return rows;
}

QList<ComparisonReport::Section> ComparisonReport::sectionsOf(const PassageFinder::Result &found)
{
    QList<Section> sections;
    for (const PassageComparison &p : found.passages)
        sections.append({found.pages[size_t(p.page[SideA])], found.pages[size_t(p.page[SideB])], p,
                         QList<std::optional<Annotation>>(p.differences.size())});
    return sections;
}

ComparisonReport::Document ComparisonReport::build(const QList<Section> &sections, const ReportOptions &options)
{
    Document document;
    QString out;
    const Section *first = sections.isEmpty() ? nullptr : &sections.first();
    if (first) {
        const int story = StoryGroup::storyAt(first->a->page, first->passage.lines[SideA]);
        document.title = story >= 0 ? first->a->page.stories[story].headline : QString();
        document.versions = QStringLiteral("%1 ↔ %2").arg(first->a->page.source.displayName(),
                                                          first->b->page.source.displayName());
    }
    if (document.title.isEmpty())
        document.title = Tr::tr("Comparison");

    out += ReportMarkup::head(document.title, options);
    // Every page of the report, once: A and B as the passages name them when there are
    // two, numbered when more.
    QList<const AnalyzedPage *> pages;
    for (const Section &s : sections) {
        for (const AnalyzedPage *p : {s.a.get(), s.b.get()}) {
            if (!pages.contains(p))
                pages.append(p);
        }
    }
    QList<std::pair<QString, QString>> versions;
    for (int i = 0; i < pages.size(); ++i) {
        const AnalyzedPage *p = pages[i];
        const QString date = pageDate(p->page);
        versions.append({pages.size() == 2 ? QString(QChar(u'A' + i)) : Tr::tr("Version %1").arg(i + 1),
                         Tr::tr("%1 — %2%3").arg(p->page.source.metadata.isEmpty() ? p->page.source.fileName()
                                                                                    : p->page.source.displayName() + u" (" + p->page.source.fileName() + u')',
                                                 p->page.source.encoding,
                                                 date.isEmpty() ? QString() : QStringLiteral(" — ") + date)});
    }
    out += ReportMarkup::titleBlock(versions, options);

    for (int i = 0; i < sections.size(); ++i)
        SectionWriter(sections[i], options, out, document.figures).write(i + 1);
    out += ReportMarkup::tail();
    document.html = out;
    return document;
}

} // namespace Jiaokan::Core
