#pragma once

#include "layout/glyph.h"
#include "layout/textline.h"

namespace Jiaokan::Core {

// Groups a page's glyphs into lines: glyphs of one size on one baseline, split where
// the space between two of them is a column gutter rather than a letter or word space.
// Letter-spaced headlines (中 国 海 油) are one line, without the spaces.
class LineBuilder final
{
public:
    // A gap of more than this many em between two glyphs of a line is a gutter.
    static constexpr double GutterEm = 0.6;

    struct Result {
        QList<TextLine> lines;     // in no particular order
        double bodyEm = 0;         // the size most of the page's glyphs are set in
    };
    static Result build(const QList<Glyph> &glyphs);
};

} // namespace Jiaokan::Core
