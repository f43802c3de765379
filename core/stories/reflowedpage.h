#pragma once

#include "reflow/block.h"
#include "stories/story.h"
#include "text/pagetext.h"

namespace Jiaokan::Core {

// A page as the rest of Jiaokan sees it: the source, its blocks and its stories.
struct ReflowedPage {
    PageText source;
    QList<Block> blocks;
    QList<Story> stories;

    static ReflowedPage analyze(PageText source);
    // The reflowed text for reading: one block per paragraph, furniture left out.
    QString readingText() const;
};

} // namespace Jiaokan::Core
