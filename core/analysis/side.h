#pragma once

namespace Jiaokan::Core {

// The two versions being compared are an index, not a left and a right copy.
enum Side { SideA, SideB, SideCount };

inline Side otherSide(Side s)
{
    return s == SideA ? SideB : SideA;
}

} // namespace Jiaokan::Core
