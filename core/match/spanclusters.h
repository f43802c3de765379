#pragma once

#include "analysis/sharedspan.h"

#include <QList>

#include <vector>

namespace Jiaokan::Core {

// Which shared spans are worth comparing when a story is printed by many pages. The
// spans join stories (a page's story, or its text outside any); the stories they join,
// transitively, are one story's printings. A story printed by a few pages keeps every
// pair; one printed by hundreds keeps, for each printing, its links to the few most
// linked printings, so that 300 printings cost about 900 comparisons, not 44,850, and
// still make one group.
class SpanClusters final
{
public:
    // Where each story of a page lies in its match text: [start, end) and the story's
    // index (-1 for text outside any story), in order of start.
    struct StoryRange {
        qint32 start = 0;
        qint32 end = 0;
        int story = -1;
    };
    // A story with more printings than this is compared as a tree, not every pair.
    static constexpr int AllPairsUpTo = 12;
    // Links each printing of such a story keeps.
    static constexpr int LinksKept = 3;

    // stories[page]: the page's story ranges. Spans come back in the order given.
    static QList<SharedSpan> thin(const QList<SharedSpan> &spans, const std::vector<std::vector<StoryRange>> &stories,
                                  int allPairsUpTo = AllPairsUpTo);
    // A page's story ranges from its blocks' ranges and their stories.
    static std::vector<StoryRange> rangesOf(const std::vector<std::pair<qint32, qint32>> &blockRanges,
                                            const QList<int> &storyOfBlocks);
};

} // namespace Jiaokan::Core
