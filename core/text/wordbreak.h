#pragma once

#include <QStringView>

#include <string_view>
#include <utility>

namespace Jiaokan::Core {

// ICU's dictionary-based word segmentation of Chinese, for questions about one join.
class WordBreak final
{
public:
    // True when ICU sees one word running across the join of the two texts
    // (…提出3点建 | 议。 → 建议): evidence that a line break fell mid-sentence.
    static bool joinIsInsideWord(QStringView before, QStringView after);

    // The nearest word boundaries at or before and at or after pos in text (code points),
    // judged from a dozen characters of context on either side.
    static std::pair<qsizetype, qsizetype> wordAround(std::u32string_view text, qsizetype pos);
};

} // namespace Jiaokan::Core
