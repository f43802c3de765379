#include "reflowedtextdocument.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

QTextDocument *ReflowedTextDocument::build(const AnalyzedPage &page, int firstRank, int lastRank, QWidget *pane,
                                           qreal blockGap, QList<int> *blockStart)
{
    const ComparisonKey &key = page.diffKey;
    auto *doc = new QTextDocument(pane);
    doc->setDefaultFont(pane->font());
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    blockStart->fill(0, lastRank - firstRank + 1);
    const int indent = 2 * pane->fontMetrics().horizontalAdvance(QChar(0x56FD));
    for (int rank = firstRank; rank <= lastRank; ++rank) {
        const Block &b = page.page.blocks.at(key.readingOrder().at(rank));
        QTextBlockFormat blockFormat;
        // Only top margins: Qt collapses a bottom margin with the next top margin.
        blockFormat.setTopMargin(rank == firstRank ? 0 : blockGap);
        blockFormat.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat charFormat;
        if (b.kind == BlockKind::Heading) {
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(pane->font().pointSizeF() * 1.3);
        } else if (b.kind == BlockKind::Paragraph) {
            blockFormat.setTextIndent(indent);
        }
        if (rank == firstRank) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        (*blockStart)[rank - firstRank] = cursor.position();
        cursor.insertText(b.text, charFormat);
    }
    cursor.endEditBlock();
    return doc;
}

int ReflowedTextDocument::position(const AnalyzedPage &page, int firstRank, const QList<int> &blockStart,
                                   qsizetype keyPos, bool end)
{
    const ComparisonKey &key = page.diffKey;
    const ComparisonKey::Origin o = key.origin(keyPos);
    return blockStart[key.rankAt(keyPos) - firstRank] + o.offset + (end ? o.length : 0);
}

} // namespace Jiaokan::App
