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
    // The non-furniture blocks as a reader takes them: each story with its headline
    // first, even when the extractor put the headline elsewhere on the page; blocks of
    // no story in page order. Every non-furniture block appears exactly once.
    QList<int> readingOrder() const;
    // The story each block belongs to (as body or headline), or -1.
    QList<int> storyOfBlocks() const;
};

} // namespace Jiaokan::Core
