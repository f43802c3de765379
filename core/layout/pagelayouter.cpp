#include "layout/pagelayouter.h"

#include "layout/blockbuilder.h"
#include "layout/linebuilder.h"
#include "layout/readingorder.h"
#include "layout/textdirection.h"
#include "reflow/lineclassifier.h"

namespace Jiaokan::Core {

namespace {

TextLine slice(const TextLine &line, qsizetype start, qsizetype length)
{
    TextLine part;
    part.text = line.text.mid(start, length);
    part.glyphBoxes = line.glyphBoxes.mid(start, length);
    for (const QRectF &b : std::as_const(part.glyphBoxes))
        part.box = part.box.isNull() ? b : part.box.united(b);
    part.em = line.em;
    part.centerY = line.centerY;
    return part;
}

// （下转第2版） set at the end of a story's last line, or （上接第1版） at the start of its
// first, is furniture of its own: the paragraph is only the words printed here.
QList<TextLine> splitContinuationMarkers(QList<TextLine> lines)
{
    QList<TextLine> out;
    out.reserve(lines.size());
    for (TextLine &line : lines) {
        const LineClassifier::Span marker = LineClassifier::continuationMarker(line.text);
        const QString rest = QString(line.text).remove(marker.start, marker.length).trimmed();
        if (!marker.isValid() || rest.isEmpty()) {
            out.append(std::move(line));
            continue;
        }
        if (marker.start > 0)
            out.append(slice(line, 0, marker.start));
        out.append(slice(line, marker.start, marker.length));
        if (marker.start + marker.length < line.text.size())
            out.append(slice(line, marker.start + marker.length, line.text.size() - marker.start - marker.length));
    }
    // What was cut off around the marker may be only spaces.
    out.removeIf([](const TextLine &l) { return l.text.trimmed().isEmpty(); });
    return out;
}

} // namespace

LaidOutPage PageLayouter::layOut(const GlyphPage &page)
{
    LaidOutPage result;
    result.number = page.number;
    result.size = page.size;
    // Laid out upright; the boxes given back are where the PDF displays the glyphs.
    const TextDirection direction(TextDirection::of(page.glyphs), page.size);
    QList<Glyph> upright = page.glyphs;
    for (Glyph &g : upright)
        g.box = direction.toUpright(g.box);
    const LineBuilder::Result built = LineBuilder::build(upright);
    const QList<TextLine> lines = splitContinuationMarkers(built.lines);
    const QList<ReadingOrder::Placed> order = ReadingOrder::order(lines, built.bodyEm, direction.uprightSize());
    const BlockBuilder::Result blocks = BlockBuilder::build(lines, order, built.bodyEm);
    result.lines.reserve(blocks.order.size());
    for (const ReadingOrder::Placed &p : blocks.order) {
        TextLine line = lines[p.line];
        line.centerY = direction.toDisplayed(line.tightBox()).center().y();
        line.box = direction.toDisplayed(line.box);
        for (QRectF &g : line.glyphBoxes)
            g = direction.toDisplayed(g);
        result.lines.append(std::move(line));
    }
    result.blocks = blocks.blocks;
    result.stories = blocks.stories;
    return result;
}

} // namespace Jiaokan::Core
