#pragma once

#include "layout/textline.h"

#include <QList>
#include <QSizeF>

namespace Jiaokan::Core {

// The order a reader takes a newspaper page's lines in, found by cutting the page at
// its white space: a gutter that runs the whole height of a part of the page splits it
// into columns, read left to right; otherwise a gap that runs its whole width splits it
// into a top and a bottom. Of the gaps across, the one that leaves simple parts on both
// sides is cut first (a story box above a row of boxes, a row of boxes above the
// footer), so the columns of side-by-side stories are never interleaved.
class ReadingOrder final
{
public:
    struct Placed {
        int line = 0;              // index into the lines given
        double columnLeft = 0;     // the column the line was set in, as the cuts found it
        double columnRight = 0;
        bool margin = false;       // in the page's head or foot (masthead, footer)
    };

    static QList<Placed> order(const QList<TextLine> &lines, double bodyEm, QSizeF pageSize);
};

} // namespace Jiaokan::Core
