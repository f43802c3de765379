#include "printedcomparison.h"

#include "comparisonview.h"
#include "differencestyle.h"
#include "pageimageview.h"
#include "readerpane.h"

#include "report/printeddifferences.h"
#include "analysis/analyzedpage.h"
#include "text/pagegeometry.h"

namespace Jiaokan::App {

using namespace Jiaokan::Core;

PrintedComparison::PrintedComparison(PdfPageRenderer *renderer, ComparisonView *comparison, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_comparison(comparison)
{
    setObjectName(QStringLiteral("printedComparison"));
    for (Side s : {SideA, SideB}) {
        m_pages[s] = new PageImageView(renderer, this);
        m_pages[s]->setObjectName(s == SideA ? QStringLiteral("printedPageA") : QStringLiteral("printedPageB"));
        m_pages[s]->setAccessibleName(s == SideA ? tr("The printed page of A") : tr("The printed page of B"));
        // Near the size it is printed (96 pixels an inch), so the print can be read.
        m_pages[s]->setPointScale(96.0 / 72.0);
        addWidget(m_pages[s]);
    }
    hide();
    connect(comparison, &ComparisonView::passageShown, this, &PrintedComparison::showPassage);
    connect(comparison, &ComparisonView::currentDifferenceChanged, this, &PrintedComparison::showCurrent);
    // A click on a mark makes its difference current, as a click in the text does.
    for (Side s : {SideA, SideB}) {
        connect(m_pages[s], &PageImageView::clicked, this, [this, s](QPointF point) {
            for (int i = 0; i < m_places[s].size(); ++i)
                for (const QRectF &box : std::as_const(m_places[s][i].boxes))
                    if (m_places[s][i].page == m_pages[s]->pageNumber() && box.adjusted(-2, -2, 2, 2).contains(point)) {
                        m_comparison->setCurrentDifference(i);
                        return;
                    }
        });
    }
}

bool PrintedComparison::hasPrintedPages() const
{
    return m_pages[SideA]->hasPage() || m_pages[SideB]->hasPage();
}

void PrintedComparison::showPassage()
{
    const PassageComparison &passage = m_comparison->passage();
    for (Side s : {SideA, SideB}) {
        m_places[s].clear();
        const std::shared_ptr<const AnalyzedPage> &page = m_comparison->page(s);
        const ReaderPane::Printed printed = page ? ReaderPane::printedOf(page->page, -1) : ReaderPane::Printed{};
        if (printed.file.isEmpty()) {
            m_pages[s]->clearPage();
            m_pages[s]->setVisible(false);
            continue;
        }
        for (const Difference &d : passage.differences) {
            Placed placed;
            for (const PrintedBox &b : PrintedDifferences::of(*page, d.keyStart[s], d.keyEnd[s])) {
                placed.page = placed.page ? placed.page : b.page;
                if (b.page == placed.page)
                    placed.boxes.append(b.box);
            }
            m_places[s].append(placed);
        }
        int shown = printed.page;
        for (const Placed &p : std::as_const(m_places[s]))
            if (p.page) {
                shown = p.page;
                break;
            }
        m_pages[s]->setPage(printed.file, shown, page->page.source.geometry->sizeOf(shown));
        m_pages[s]->setVisible(true);
    }
    // Children shown again keep the nothing they had while hidden: share the room.
    if (sizes().contains(0))
        setSizes({1, 1});
    if (auto *pane = qobject_cast<QSplitter *>(parentWidget()); pane && hasPrintedPages() && isHidden()) {
        setVisible(true);
        if (pane->sizes().value(pane->indexOf(this)) == 0)
            pane->setSizes({3, 2});
    }
    setVisible(hasPrintedPages());
    markDifferences();
}

void PrintedComparison::markDifferences()
{
    const PassageComparison &passage = m_comparison->passage();
    for (Side s : {SideA, SideB}) {
        QList<PageImageView::Mark> marks;
        for (int i = 0; i < m_places[s].size() && i < passage.differences.size(); ++i) {
            if (m_places[s][i].page != m_pages[s]->pageNumber())
                continue;
            const DifferenceStyle::Kind kind = DifferenceStyle::kindOf(passage.differences.at(i));
            for (const QRectF &box : std::as_const(m_places[s][i].boxes))
                marks.append({box, DifferenceStyle::colour(kind), DifferenceStyle::outlineColour(kind),
                              DifferenceStyle::outline(kind, s), i == m_comparison->currentDifference()});
        }
        m_pages[s]->setMarks(marks);
    }
}

void PrintedComparison::showCurrent(int index)
{
    for (Side s : {SideA, SideB}) {
        if (index < 0 || index >= m_places[s].size() || !m_places[s][index].page)
            continue;
        const Placed &placed = m_places[s][index];
        if (placed.page != m_pages[s]->pageNumber()) {
            const ReflowedPage &page = m_comparison->page(s)->page;
            m_pages[s]->setPage(ReaderPane::printedOf(page, -1).file, placed.page, page.source.geometry->sizeOf(placed.page));
        }
        if (!placed.boxes.isEmpty())
            m_pages[s]->centreOn(placed.boxes.first());
    }
    markDifferences();
}

} // namespace Jiaokan::App
