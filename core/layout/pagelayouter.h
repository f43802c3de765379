#pragma once

#include "layout/glyph.h"
#include "layout/textline.h"
#include "text/pagegeometry.h"

namespace Jiaokan::Core {

// One PDF page's glyphs laid out: its lines in reading order, its blocks and stories.
struct LaidOutPage {
    int number = 1;
    QSizeF size;
    QList<TextLine> lines;         // source line N of this page is lines[N - 1]
    QList<PrintedBlock> blocks;
    QList<PrintedStory> stories;
};

class PageLayouter final
{
public:
    static LaidOutPage layOut(const GlyphPage &page);
};

} // namespace Jiaokan::Core
