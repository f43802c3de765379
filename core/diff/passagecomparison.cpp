#include "diff/passagecomparison.h"

#include "match/comparisonkey.h"

#include <algorithm>

namespace Jiaokan::Core {

qsizetype PassageComparison::mapToB(qsizetype keyA) const
{
    qsizetype shift = keyStart[SideB] - keyStart[SideA];
    for (const Difference &d : differences) {
        if (keyA < d.keyStart[SideA])
            break;
        if (keyA < d.keyEnd[SideA])
            return d.keyStart[SideB];
        shift = d.keyEnd[SideB] - d.keyEnd[SideA];
    }
    return keyA + shift;
}

std::pair<int, int> PassageComparison::rankRange(const ComparisonKey &key, Side side) const
{
    if (key.size() == 0)
        return {0, -1};
    const auto rankOf = [&](qsizetype pos) { return key.rankAt(std::clamp<qsizetype>(pos, 0, key.size() - 1)); };
    int first = rankOf(keyStart[side]);
    int last = rankOf(std::max(keyStart[side], keyEnd[side] - 1));
    for (const Difference &d : differences) {
        first = std::min(first, rankOf(d.keyStart[side]));
        last = std::max(last, rankOf(std::max(d.keyStart[side], d.keyEnd[side] - 1)));
    }
    return {first, last};
}

} // namespace Jiaokan::Core
