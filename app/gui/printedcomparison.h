#pragma once

#include "analysis/side.h"

#include <QSplitter>

#include <array>

namespace Jiaokan::Core {
struct AnalyzedPage;
}

namespace Jiaokan::App {

class ComparisonView;
class PageImageView;
class PdfPageRenderer;

// Under a comparison, each side's printed page (for pages read from a PDF) with every
// difference marked where it is printed, in the comparison's colours and with outlines
// that tell the kinds apart without them; the current difference is drawn stronger and
// brought into view on both pages as it changes.
class PrintedComparison final : public QSplitter
{
    Q_OBJECT
public:
    PrintedComparison(PdfPageRenderer *renderer, ComparisonView *comparison, QWidget *parent = nullptr);

    PageImageView *printedPage(Core::Side side) const { return m_pages[side]; }
    // Whether either side of the passage shown was read from a PDF.
    bool hasPrintedPages() const;

private:
    void showPassage();
    void markDifferences();
    void showCurrent(int index);

    ComparisonView *m_comparison;
    std::array<PageImageView *, Core::SideCount> m_pages{};
    // Per side, per difference: where it is printed (PDF page, boxes).
    struct Placed {
        int page = 0;
        QList<QRectF> boxes;
    };
    std::array<QList<Placed>, Core::SideCount> m_places;
};

} // namespace Jiaokan::App
