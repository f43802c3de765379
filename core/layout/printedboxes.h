#pragma once

#include "stories/reflowedpage.h"

#include <QList>
#include <QRectF>

namespace Jiaokan::Core {

// Where a stretch of a block's text is printed on a PDF page: one box per line it
// spans, each the union of its glyphs' boxes. Empty for page text.
struct PrintedBox {
    int page = 1;   // of the PDF, 1-based
    QRectF box;     // PDF points, origin top left
};

class PrintedBoxes final
{
public:
    static QList<PrintedBox> of(const ReflowedPage &page, int block, qsizetype offset, qsizetype length);
    // Every line of a block.
    static QList<PrintedBox> ofBlock(const ReflowedPage &page, int block);
    // The block printed at point on PDF page pdfPage, or -1.
    static int blockAt(const ReflowedPage &page, int pdfPage, QPointF point);
};

} // namespace Jiaokan::Core
