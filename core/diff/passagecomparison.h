#pragma once

#include "diff/difference.h"

#include <QList>

#include <functional>

#include <utility>

namespace Jiaokan::Core {

class ComparisonKey;

// A passage that two pages both print, and how the two printings differ.
struct PassageComparison {
    std::array<int, SideCount> page{};                // which pages, as the caller numbers them
    std::array<LineRange, SideCount> lines;
    std::array<qsizetype, SideCount> keyStart{};      // the passage in each page's comparison key
    std::array<qsizetype, SideCount> keyEnd{};
    double similarity = 0;                            // share of the text both print alike, 0..1
    QList<Difference> differences;
    // Lines of the same story that one page carries and the other does not: a start
    // printed on another page, a paragraph one paper left out at the end.
    std::array<QList<LineRange>, SideCount> only;
    // Where one side passes from one story into the next inside the passage while the
    // other runs on in one: a printing that lost a headline (an edit in its dateline)
    // runs two stories together, and the pages that keep them apart show where
    // (StoryGroup). In side A's order.
    struct StoryBreak {
        std::array<qsizetype, SideCount> key{};      // where the next story starts, in each key
        // The lines of the stretch of the passage before the break (from the one before)
        // and after it (up to the next): a headline set above its story is read first.
        std::array<LineRange, SideCount> linesBefore;
        std::array<LineRange, SideCount> linesAfter;
        friend bool operator==(const StoryBreak &, const StoryBreak &) = default;
    };
    QList<StoryBreak> storyBreaks;

    // Removes the differences the predicate picks, keeping the moves among the rest
    // linked (a move that loses its other half is a move no longer).
    void removeDifferencesIf(const std::function<bool(const Difference &)> &remove);

    // Where a point of A's key is in B's: between differences the two keys run alike;
    // inside one, its start on B.
    qsizetype mapToB(qsizetype keyA) const { return mapAcross(SideA, keyA); }
    qsizetype mapAcross(Side from, qsizetype key) const;
    // The first and last reading rank the passage shows on a side: its whole blocks, and
    // any block a difference reaches outside them (a headline set apart from its
    // story). {0, -1} for an empty key.
    std::pair<int, int> rankRange(const ComparisonKey &key, Side side) const;
    // The paragraphs set level with each other, in the comparison view and in a
    // report's rows alike: pairs of reading ranks of A and B, in order, where both
    // printings start a paragraph at the same point of the text, give or take
    // LevelSlack characters of B (a paper that opens it with a mark the other lacks).
    // The passage's first paragraphs always are; none for an empty key.
    static constexpr qsizetype LevelSlack = 2;
    QList<std::pair<int, int>> levelParagraphs(const ComparisonKey &a, const ComparisonKey &b) const;
};

} // namespace Jiaokan::Core
