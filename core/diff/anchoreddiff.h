#pragma once

#include "diff/editscript.h"

#include <string_view>

namespace Jiaokan::Core {

// Edit script between two long code-point sequences that are mostly the same, as two
// printings of one story are. Common prefix and suffix are trimmed; the rest is split
// at anchors, k-grams that occur exactly once in each side, kept in the order both sides
// agree on (a longest increasing subsequence, as in patience diff); the stretches
// between anchors are compared the same way with shorter k-grams, and Myers' minimal
// O(ND) diff (MyersDiff) finishes every stretch shorter than directLimit. The result is
// minimal for inputs under directLimit and near-minimal above. A stretch over
// giveUpLimit whose sides share no unique 6-gram is unrelated text (a different
// paragraph): one deletion and one insertion, where Myers would spend O(N²) to pair
// chance characters that no reader would call unchanged.
class AnchoredDiff final
{
public:
    struct Limits {
        qsizetype directLimit = 256;      // total length below which Myers runs directly
        qsizetype giveUpLimit = 1024;     // anchorless stretches longer than this are replaced
    };

    static EditScript diff(std::u32string_view a, std::u32string_view b);
    static EditScript diff(std::u32string_view a, std::u32string_view b, const Limits &limits);
};

} // namespace Jiaokan::Core
