#include "layout/printedboxes.h"

#include "text/pagegeometry.h"

namespace Jiaokan::Core {

QList<PrintedBox> PrintedBoxes::of(const ReflowedPage &page, int block, qsizetype offset, qsizetype length)
{
    QList<PrintedBox> boxes;
    const PageGeometry *geometry = page.source.geometry.get();
    if (!geometry || block < 0 || block >= page.blocks.size())
        return boxes;
    const Block &b = page.blocks.at(block);
    const qsizetype end = std::min(offset + std::max<qsizetype>(length, 1), b.positions.size());
    for (qsizetype i = std::max<qsizetype>(offset, 0); i < end; ++i) {
        const SourcePos at = b.positions.at(i);
        if (at.line.value < 1 || at.line.value > geometry->lines.size())
            continue;
        const PrintedLine &line = geometry->lines.at(at.line.value - 1);
        if (line.glyphBoxes.isEmpty())
            continue;
        QRectF glyph = line.glyphBoxes.at(std::clamp<qsizetype>(at.column, 0, line.glyphBoxes.size() - 1));
        // The type's own height, not the font's box (which overlaps the next line).
        if (line.em > 0 && glyph.height() > 1.2 * line.em && glyph.width() < glyph.height())
            glyph = QRectF(glyph.left(), line.centerY - 0.6 * line.em, glyph.width(), 1.2 * line.em);
        if (!boxes.isEmpty() && boxes.last().page == line.page
            && std::abs(boxes.last().box.center().y() - glyph.center().y()) < 0.5 * glyph.height())
            boxes.last().box = boxes.last().box.united(glyph);
        else
            boxes.append(PrintedBox{line.page, glyph});
    }
    return boxes;
}

QList<PrintedBox> PrintedBoxes::ofBlock(const ReflowedPage &page, int block)
{
    if (block < 0 || block >= page.blocks.size())
        return {};
    return of(page, block, 0, page.blocks.at(block).text.size());
}

int PrintedBoxes::blockAt(const ReflowedPage &page, int pdfPage, QPointF point)
{
    const PageGeometry *geometry = page.source.geometry.get();
    if (!geometry)
        return -1;
    for (int b = 0; b < page.blocks.size(); ++b) {
        const Block &block = page.blocks.at(b);
        for (int l = block.firstLine.value; l <= block.lastLine.value && l <= geometry->lines.size(); ++l) {
            const PrintedLine &line = geometry->lines.at(l - 1);
            if (line.page == pdfPage && line.box.contains(point))
                return b;
        }
    }
    return -1;
}

} // namespace Jiaokan::Core
