#pragma once

#include "diff/compareoptions.h"
#include "match/comparisonkey.h"
#include "stories/reflowedpage.h"

#include <vector>

namespace Jiaokan::Core {

// A page ready for comparison: reflowed, with the key that finds shared passages and
// the key that differences are computed on.
struct AnalyzedPage {
    ReflowedPage page;
    // What the user's options keep.
    ComparisonKey diffKey;
    // Finding passages ignores punctuation, width and script, so that a reprint in
    // traditional characters or with ASCII marks is still found: the diff key with
    // those folded away, and where each of its elements is in the diff key.
    std::u32string matchText;
    std::vector<qint32> matchToDiff;
    // The story (or run of blocks of no story) that each reading rank belongs to, and
    // the first and last rank of each such unit.
    QList<int> unitOfRank;
    QList<std::pair<int, int>> unitRanks;

    static AnalyzedPage analyze(PageText source, const CompareOptions &options);
};

} // namespace Jiaokan::Core
