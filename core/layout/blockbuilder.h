#pragma once

#include "layout/readingorder.h"
#include "layout/textline.h"
#include "text/pagegeometry.h"

namespace Jiaokan::Core {

// Turns a page's lines, in reading order, into blocks and stories, from what the
// geometry shows: type larger than the body is a headline (much larger: one that
// opens a story) or a sub-head, smaller type a caption; a paragraph begins where a
// line is indented or the line before it ends short of its column, and runs on from
// column to column; a story is its headlines and everything up to the next story's.
class BlockBuilder final
{
public:
    static constexpr double HeadlineRatio = 1.13;  // × body size: opens a story
    static constexpr double SubheadRatio = 1.04;   // × body size: heads a section
    static constexpr double CaptionRatio = 0.95;   // × body size and below

    struct Result {
        // The order given, with insets read after the paragraph they interrupt.
        QList<ReadingOrder::Placed> order;
        QList<PrintedBlock> blocks;    // lines counted from 1 in that order
        QList<PrintedStory> stories;
    };
    static Result build(const QList<TextLine> &lines, const QList<ReadingOrder::Placed> &given, double bodyEm);
};

} // namespace Jiaokan::Core
