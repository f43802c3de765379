#pragma once

#include "diff/difference.h"
#include "diff/hunk.h"

#include <QList>

#include <functional>

namespace Jiaokan::Core {

class ComparisonKey;

// Text that one printing has at one place and the other at another: a paragraph or a
// sentence moved. Myers' diff, like any alignment that keeps order, sees an omission
// here and an insertion there; this pairs them, so that both are shown as one move.
class MoveFinder final
{
public:
    // A moved stretch is at least a short sentence: shorter runs (的, a name) recur by
    // chance in any two texts of one story.
    static constexpr qsizetype MinLength = 12;
    // Share of the two texts (key elements, 2·common / both) alike for a move: a
    // paragraph moved and edited on the way is still a move, a different one is not.
    static constexpr double MinSimilarity = 0.8;

    // Sets movedWith on the differences, in the order of the passage's differences,
    // whose text on one side reappears on the other side elsewhere in the passage.
    // Keys are those the differences' keyStart/keyEnd index.
    static void link(QList<Difference> &differences, const ComparisonKey &a, const ComparisonKey &b);
    // Text of several paragraphs that one side has at one place and the other prints
    // paragraph by paragraph at others (two paragraphs moved to two places): such a hunk
    // is split at its paragraph starts (isStart, on that side's key) when one of its
    // paragraphs is alike a hunk of the other side, so that link() can pair them.
    static QList<Hunk> splitForMoves(const QList<Hunk> &hunks, const ComparisonKey &a, const ComparisonKey &b,
                                     const std::function<bool(Side, qsizetype)> &isStart);
    // 2·common / (|a| + |b|) of two stretches of key, by a minimal diff.
    static double similarity(std::u32string_view a, std::u32string_view b);
};

} // namespace Jiaokan::Core
