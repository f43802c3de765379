#pragma once

#include "diff/editscript.h"

#include <string_view>

namespace Jiaokan::Core {

// Minimal edit script between two code-point sequences: Myers' O(ND) algorithm in
// linear space (middle snake, divide and conquer), with common prefix and suffix
// trimmed at every level. Runs of one kind are merged; a run is never empty.
class MyersDiff final
{
public:
    static EditScript diff(std::u32string_view a, std::u32string_view b);
};

} // namespace Jiaokan::Core
