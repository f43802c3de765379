#pragma once

#include "diff/differencelook.h"

#include <QColor>
#include <QTextCharFormat>

class QTextDocument;

namespace Jiaokan::App {

// DifferenceLook in Qt's terms: the colours, the character format of a mark in a text
// view, and on a page image the outline that tells the kinds apart without colour.
class DifferenceStyle final
{
public:
    using Kind = Core::DifferenceLook::Kind;

    static Kind kindOf(const Core::Difference &d) { return Core::DifferenceLook::kindOf(d); }
    static Kind kindOf(bool textInA, bool textInB) { return Core::DifferenceLook::kindOf(textInA, textInB); }
    static QColor colour(Kind kind);
    static QColor colour(const Core::Difference &d) { return colour(kindOf(d)); }
    static QColor lineColour(Kind kind);
    static QColor gapColour();
    // A mark's text: its fill, black text, and its line (and a line above if annotated).
    static QTextCharFormat format(Kind kind, bool annotated = false);
    // Gives the marks of a report laid out from its print HTML (DifferenceLook::printCss,
    // known by their fill) the lines Qt's HTML cannot say: wavy, and in their colour.
    static void drawLines(QTextDocument *document);
    // The line drawn round a difference on a page image: solid where the two differ,
    // dashed where one side alone has text, dotted where it lacks the other's.
    static Qt::PenStyle outline(Kind kind, Core::Side side);
    static QColor outlineColour(Kind kind) { return lineColour(kind); }
};

} // namespace Jiaokan::App
