#pragma once

#include "reflow/block.h"
#include "stories/story.h"

#include <QList>

namespace Jiaokan::Core {

// Splits a page's blocks into stories. A story opens with a dateline lead (新华社…电,
// 本报讯), a continuation marker, or the first paragraph after a credit line; headlines
// go to the story whose text they share most, since extractors often put them after
// the story or at the foot of the page.
class StorySegmenter final
{
public:
    static QList<Story> segment(const QList<Block> &blocks);

    // Share of the headline's character bigrams that occur in the text: how well a
    // headline fits a story.
    static double headlineFit(const QString &headline, const QString &storyText);
};

} // namespace Jiaokan::Core
