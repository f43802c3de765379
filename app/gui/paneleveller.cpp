#include "paneleveller.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace Jiaokan::App {

qreal PaneLeveller::lineTop(const QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    if (!block.isValid() || !block.layout())
        return -1;
    const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
    if (!line.isValid())
        return -1;
    return doc->documentLayout()->blockBoundingRect(block).top() + line.y();
}

qreal PaneLeveller::blockTop(const QTextDocument *doc, int number)
{
    const QTextBlock block = doc->findBlockByNumber(number);
    if (!block.isValid())
        return -1;
    // Qt's block rectangle starts below the block's top margin: where its text starts.
    return doc->documentLayout()->blockBoundingRect(block).top();
}

void PaneLeveller::level(const std::array<QTextDocument *, 2> &documents, const QList<Pair> &pairs,
                         const std::array<int, 2> &firstStart)
{
    for (QTextDocument *doc : documents) {
        QTextFrameFormat frame = doc->rootFrame()->frameFormat();
        if (frame.topMargin() != doc->documentMargin()) {
            frame.setTopMargin(doc->documentMargin());
            doc->rootFrame()->setFrameFormat(frame);
        }
        QTextCursor c(doc);
        c.beginEditBlock();
        for (QTextBlock block = doc->begin().next(); block.isValid(); block = block.next()) {
            if (block.blockFormat().topMargin() != BlockGap) {
                QTextBlockFormat f = block.blockFormat();
                f.setTopMargin(BlockGap);
                c.setPosition(block.position());
                c.setBlockFormat(f);
            }
        }
        c.endEditBlock();
    }
    std::array<QList<qreal>, 2> tops;
    for (const auto &[a, b] : pairs) {
        tops[0].append(blockTop(documents[0], a));
        tops[1].append(blockTop(documents[1], b));
    }
    // The first shared sentence is level, not the paragraph it falls in: a story
    // printed from its continuation starts in the middle of the other's paragraph.
    if (!pairs.isEmpty())
        for (int s : {0, 1})
            if (const qreal y = firstStart[s] >= 0 ? lineTop(documents[s], firstStart[s]) : -1; y >= 0)
                tops[s][0] = y;
    std::array<qreal, 2> added{0, 0};
    std::array<QList<std::pair<int, qreal>>, 2> extra;   // block number, space above
    for (int i = 0; i < pairs.size(); ++i) {
        const qreal a = tops[0][i] + added[0];
        const qreal b = tops[1][i] + added[1];
        const int lower = a < b ? 0 : 1;
        const qreal delta = std::abs(a - b);
        if (delta < 0.5)
            continue;
        extra[lower].append({lower == 0 ? pairs[i].first : pairs[i].second, delta});
        added[lower] += delta;
    }
    for (int s : {0, 1}) {
        QTextDocument *doc = documents[s];
        QTextCursor c(doc);
        c.beginEditBlock();
        // Space above the first block goes above the document: Qt's layout sets no
        // top margin for a document's first block.
        QTextFrameFormat frame = doc->rootFrame()->frameFormat();
        for (const auto &[number, space] : std::as_const(extra[s])) {
            if (number == 0) {
                frame.setTopMargin(frame.topMargin() + space);
                continue;
            }
            const QTextBlock block = doc->findBlockByNumber(number);
            QTextBlockFormat f = block.blockFormat();
            f.setTopMargin(f.topMargin() + space);
            c.setPosition(block.position());
            c.setBlockFormat(f);
        }
        if (frame.topMargin() != doc->documentMargin())
            doc->rootFrame()->setFrameFormat(frame);
        c.endEditBlock();
    }
}

} // namespace Jiaokan::App
