#pragma once

#include "diff/difference.h"

#include <QList>
#include <QString>

namespace Jiaokan::Core {

// How a difference looks wherever it is shown: in the comparison and collation views,
// their legend, the overview ruler, the printed report, the HTML export and the printed
// pages. Each kind has a fill light enough for black text and a line of its own, so that
// the kinds are told apart without colour (a grey printer, colour-blind eyes).
class DifferenceLook final
{
public:
    // Moved: text one side has here and the other elsewhere (MoveFinder), both halves.
    enum class Kind { Changed, OnlyA, OnlyB, Moved };
    // Changed: a wavy underline; text only one side has: struck out in A, underlined
    // in B; moved: a dashed underline. An annotated difference has a line above as well.
    enum class Line { Wavy, Struck, Underlined, Dashed };

    // Every kind, in the order legends list them.
    static QList<Kind> kinds() { return {Kind::Changed, Kind::OnlyA, Kind::OnlyB, Kind::Moved}; }
    static Kind kindOf(const Difference &d);
    static Kind kindOf(bool textInA, bool textInB);
    static Line line(Kind kind);
    // "#rrggbb": the fill behind the text, and the colour of its line.
    static QString fill(Kind kind);
    static QString lineColour(Kind kind);
    // The sign put where a version lacks the other's text, and its colour.
    static QChar gapSign() { return QChar(0x2038); }   // ‸
    static QString gapColour() { return QStringLiteral("#c00000"); }
    // What the legend calls the kind ("differs", "only in A", "only in B", "moved").
    static QString name(Kind kind);
    // A mark's look in standard CSS (browsers), and in the part of CSS that Qt's text
    // layout reads (no wavy lines: ReportPrinter draws them, knowing the kind by fill).
    static QString css(Kind kind, bool annotated);
    static QString printCss(Kind kind, bool annotated);
};

} // namespace Jiaokan::Core
