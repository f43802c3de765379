#pragma once

#include "stories/reflowedpage.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace Jiaokan::Core {

// Lines that recur on many of the open pages of one source with different text around
// them — a feed's header lines, 稿件来源：…, a site's copyright and navigation lines —
// found from the set of pages: never a passage, never a difference. A wire story's
// paragraphs recur too: with the same text around them where papers edit it, and as
// most of their story where it is printed word for word (a template line is at most a
// small part of the story it is set with).
class Boilerplate final
{
public:
    static constexpr int MinPages = 3;          // a line on fewer pages is no template
    // Characters: a site's copyright notice runs to a few hundred; a longer block is text.
    static constexpr qsizetype MaxLength = 400;

    // What the finder keeps of each page: a print of each block, in page order.
    struct BlockPrint {
        quint64 text = 0;   // the block's words (no space, no punctuation)
        quint64 head = 0;   // its first twelve: a reprint's edits rarely reach them
        bool candidate = false;
        qint32 story = -1;  // the page's story it is in, or -1
        qint32 length = 0;  // its words
    };
    static std::vector<BlockPrint> printsOf(const ReflowedPage &page);

    // For each page, the blocks that are boilerplate.
    static std::vector<QSet<int>> find(const std::vector<std::vector<BlockPrint>> &pages);
};

} // namespace Jiaokan::Core
