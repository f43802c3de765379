#pragma once

#include "diff/difference.h"

#include <QColor>

namespace Jiaokan::App {

// How a difference looks wherever it is drawn: its colour (light enough for black
// text), and on a printed page the outline that tells the kinds apart without colour.
class DifferenceStyle final
{
public:
    enum class Kind { Changed, OnlyA, OnlyB };

    static Kind kindOf(const Core::Difference &d);
    static Kind kindOf(bool textInA, bool textInB);
    static QColor colour(Kind kind);
    static QColor colour(const Core::Difference &d) { return colour(kindOf(d)); }
    // The line drawn round a difference on a page image: solid where the two differ,
    // dashed where one side alone has text, dotted where it lacks the other's.
    static Qt::PenStyle outline(Kind kind, Core::Side side);
    static QColor outlineColour(Kind kind);
};

} // namespace Jiaokan::App
