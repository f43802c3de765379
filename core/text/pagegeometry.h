#pragma once

#include "text/blockkind.h"
#include "text/pagetext.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace Jiaokan::Core {

// A page whose blocks its source decided: where a page read from a PDF was printed (its
// lines the layout step's, in reading order: source line N is lines[N - 1]; blocks and
// stories found from the glyphs' geometry), or an HTML or Markdown page's structure (a
// line per block, no boxes: pageSizes is empty). The reflower takes them as they are.
struct PrintedLine {
    int page = 1;                 // 1-based page of the PDF
    QRectF box;                   // PDF points, origin at the page's top left
    QList<QRectF> glyphBoxes;     // one per UTF-16 unit of the line's text
    double em = 0;                // type size; glyph boxes are the font's, taller
    double centerY = 0;           // the glyphs' middle
};

struct PrintedBlock {
    BlockKind kind = BlockKind::Paragraph;
    SourceLine first;
    SourceLine last;
};

struct PrintedStory {
    int firstBlock = 0;
    int lastBlock = 0;
    QList<int> headlineBlocks;
    bool continued = false;       // opens with （上接第N版）
};

struct PageGeometry {
    int firstPage = 1;            // the PDF's page that pageSizes[0] is (FILE#N: N)
    QList<QSizeF> pageSizes;      // in points
    QList<PrintedLine> lines;
    QList<PrintedBlock> blocks;
    QList<PrintedStory> stories;

    QSizeF sizeOf(int page) const { return pageSizes.value(page - firstPage); }
};

} // namespace Jiaokan::Core
