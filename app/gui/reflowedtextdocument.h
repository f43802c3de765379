#pragma once

#include "analysis/analyzedpage.h"

#include <QList>

class QTextDocument;
class QWidget;

namespace Jiaokan::App {

// A run of a page's blocks in reading order as a document for a text pane: headings
// bold and larger, paragraphs indented, lines spaced for Chinese text, and only top
// margins between blocks (so that aligning panes can add to them).
class ReflowedTextDocument final
{
public:
    // Blocks of reading ranks firstRank..lastRank, in pane's font; blockStart gets the
    // document position where each block's text starts.
    static QTextDocument *build(const Core::AnalyzedPage &page, int firstRank, int lastRank, QWidget *pane,
                                qreal blockGap, QList<int> *blockStart);
    // Where element keyPos of the page's key is in such a document (after it, if end).
    static int position(const Core::AnalyzedPage &page, int firstRank, const QList<int> &blockStart, qsizetype keyPos,
                        bool end);
};

} // namespace Jiaokan::App
