#pragma once

#include "reflow/block.h"
#include "text/pagetext.h"

#include <QList>

namespace Jiaokan::Core {

// Turns a page's extracted lines into blocks in reading order.
//
// A blank line in extracted text marks a column or text-box change, not a paragraph:
// paragraph ends are decided from the local column width, short last lines, the lost
// indent of first lines and sentence-final punctuation. Every non-space character of
// the page ends up in exactly one block, with its source line and column.
class Reflower final
{
public:
    // The shortfall, in em, below the local column width that makes a line "short":
    // the end of a paragraph, or a first line that lost its two-em indent.
    static constexpr double ShortLine = 1.5;

    static QList<Block> reflow(const PageText &page);

    // Joins two pieces of one paragraph: nothing between CJK or digits, a space
    // between two Latin words (WEN MING / GUI YANG).
    static bool needsSpaceBetween(char32_t before, char32_t after);
};

} // namespace Jiaokan::Core
