#pragma once

#include "analysis/side.h"

#include <QtGlobal>

#include <array>

namespace Jiaokan::Core {

// A stretch of text that two pages appear to share: a chain of common fingerprints that
// advance together on both pages. Positions are in the pages' match keys.
struct SharedSpan {
    std::array<int, SideCount> page{};          // page[SideA] < page[SideB]
    std::array<qsizetype, SideCount> start{};
    std::array<qsizetype, SideCount> end{};
    int fingerprints = 0;
};

} // namespace Jiaokan::Core
