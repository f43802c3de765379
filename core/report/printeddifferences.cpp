#include "report/printeddifferences.h"

namespace Jiaokan::Core {

QList<PrintedBox> PrintedDifferences::of(const AnalyzedPage &page, qsizetype start, qsizetype end)
{
    const ComparisonKey &key = page.diffKey;
    QList<PrintedBox> boxes;
    if (key.size() == 0 || !page.page.source.geometry)
        return boxes;
    if (end <= start) {
        const qsizetype at = std::clamp<qsizetype>(start, 0, key.size() - 1);
        const ComparisonKey::Origin o = key.origin(at);
        for (PrintedBox b : PrintedBoxes::of(page.page, o.block, o.offset, 1)) {
            if (at < start)   // after the last key: the caret after its glyph
                b.box.moveLeft(b.box.right());
            b.box.setWidth(std::min(b.box.width(), b.box.height() * 0.2));
            boxes.append(b);
        }
        return boxes;
    }
    qsizetype k = start;
    while (k < end && k < key.size()) {
        const ComparisonKey::Origin first = key.origin(k);
        qsizetype last = k;
        while (last + 1 < end && last + 1 < key.size() && key.origin(last + 1).block == first.block)
            ++last;
        const ComparisonKey::Origin lastOrigin = key.origin(last);
        boxes += PrintedBoxes::of(page.page, first.block, first.offset,
                                  lastOrigin.offset + lastOrigin.length - first.offset);
        k = last + 1;
    }
    return boxes;
}

} // namespace Jiaokan::Core
