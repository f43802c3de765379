#pragma once

#include "analysis/side.h"

#include <QList>

#include <array>

namespace Jiaokan::Core {

// One place where the two sides differ: [start, end) on each side, in key elements.
// One side may be empty (a pure insertion or deletion); never both.
struct Hunk {
    std::array<qsizetype, SideCount> start{};
    std::array<qsizetype, SideCount> end{};

    qsizetype length(Side s) const { return end[s] - start[s]; }
    friend bool operator==(const Hunk &, const Hunk &) = default;
};

} // namespace Jiaokan::Core
