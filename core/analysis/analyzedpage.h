#pragma once

#include "analysis/compareoptions.h"
#include "analysis/comparisonkey.h"
#include "analysis/winnower.h"
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
    // traditional characters or with ASCII marks is still found. It works on the match
    // text, the diff key with those folded away; the page keeps its fingerprints and
    // where every MatchSampleStep-th match element is in the diff key.
    std::vector<Fingerprint> fingerprints;
    qsizetype matchSize = 0;
    std::vector<qint32> matchSamples;
    static constexpr qsizetype MatchSampleStep = 64;
    // The story (or run of blocks of no story) that each reading rank belongs to, and
    // the first and last rank of each such unit.
    QList<int> unitOfRank;
    QList<std::pair<int, int>> unitRanks;
    QList<int> storyOfUnit;   // -1 for a run of blocks of no story

    static AnalyzedPage analyze(PageText source, const CompareOptions &options);
    // A page already reflowed: nothing the options do not change is done again.
    static AnalyzedPage analyze(ReflowedPage page, const CompareOptions &options);
    // Whether an element of the diff key is in the match text (space and marks are not).
    static bool keptForMatching(char32_t c);
    // Where match element m (clamped to the match text) is in the diff key.
    qsizetype diffPosition(qsizetype m) const;
    // Each block's stretch [start, end) of the match text (empty for a block the key
    // leaves out), by block index.
    std::vector<std::pair<qint32, qint32>> matchRangesOfBlocks() const;
    // The first and last reading rank of a story's blocks; every rank for -1 or a
    // story with no text in the key; {0, -1} for an empty key.
    std::pair<int, int> storyRanks(int story) const;
    // Those of its blocks within part's lines ({0, 0}: all of them): the part of a story
    // that is another story, where the page ran two together.
    std::pair<int, int> storyRanks(int story, const LineRange &part) const;
};

} // namespace Jiaokan::Core
