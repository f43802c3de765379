#pragma once

#include "layout/printedboxes.h"
#include "analysis/analyzedpage.h"

namespace Jiaokan::Core {

// Where a difference is printed: the boxes of a range of a page's comparison key on
// its PDF page. An empty range (this side lacks the other's text) is a caret's width
// where the text would go. Empty for page text.
class PrintedDifferences final
{
public:
    static QList<PrintedBox> of(const AnalyzedPage &page, qsizetype keyStart, qsizetype keyEnd);
};

} // namespace Jiaokan::Core
