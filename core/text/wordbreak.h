#pragma once

#include <QStringView>

namespace Jiaokan::Core {

// ICU's dictionary-based word segmentation of Chinese, for questions about one join.
class WordBreak final
{
public:
    // True when ICU sees one word running across the join of the two texts
    // (…提出3点建 | 议。 → 建议): evidence that a line break fell mid-sentence.
    static bool joinIsInsideWord(QStringView before, QStringView after);
};

} // namespace Jiaokan::Core
