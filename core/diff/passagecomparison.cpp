#include "diff/passagecomparison.h"

#include "analysis/comparisonkey.h"

#include <algorithm>

namespace Jiaokan::Core {

void PassageComparison::removeDifferencesIf(const std::function<bool(const Difference &)> &remove)
{
    QList<qsizetype> newIndex(differences.size(), -1);
    QList<Difference> kept;
    for (qsizetype i = 0; i < differences.size(); ++i) {
        if (remove(differences[i]))
            continue;
        newIndex[i] = kept.size();
        kept.append(differences[i]);
    }
    for (Difference &d : kept)
        d.movedWith = d.movedWith >= 0 ? newIndex[d.movedWith] : -1;
    differences = std::move(kept);
}

qsizetype PassageComparison::mapAcross(Side from, qsizetype key) const
{
    const Side to = from == SideA ? SideB : SideA;
    qsizetype shift = keyStart[to] - keyStart[from];
    for (const Difference &d : differences) {
        if (key < d.keyStart[from])
            break;
        if (key < d.keyEnd[from])
            return d.keyStart[to];
        shift = d.keyEnd[to] - d.keyEnd[from];
    }
    return key + shift;
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

QList<std::pair<int, int>> PassageComparison::levelParagraphs(const ComparisonKey &a, const ComparisonKey &b) const
{
    if (a.size() == 0 || b.size() == 0)
        return {};
    const auto [firstA, lastA] = rankRange(a, SideA);
    const auto [firstB, lastB] = rankRange(b, SideB);
    QList<std::pair<int, int>> level{{firstA, firstB}};
    // A paragraph of A that starts text B lacks has nothing of B to stand level with:
    // the paragraph after the gap is.
    // The differences run in A's order, as the ranks do: one cursor serves them all.
    qsizetype next = 0;
    auto startsAnOmission = [&](qsizetype keyA) {
        while (next < differences.size() && differences[next].keyEnd[SideA] <= keyA)
            ++next;
        if (next == differences.size())
            return false;
        const Difference &d = differences[next];
        return d.keyStart[SideB] == d.keyEnd[SideB] && d.keyStart[SideA] <= keyA;
    };
    for (int rankA = firstA + 1; rankA <= lastA; ++rankA) {
        if (a.rankEnd(rankA) == a.rankStart(rankA) || startsAnOmission(a.rankStart(rankA)))
            continue;
        const qsizetype keyB = std::clamp<qsizetype>(mapToB(a.rankStart(rankA)), 0, b.size() - 1);
        const int rankB = b.rankAt(keyB);
        // A start that falls inside a paragraph of B: one paper ran two into one.
        if (rankB <= level.last().second || rankB > lastB || keyB - b.rankStart(rankB) > LevelSlack)
            continue;
        level.append({rankA, rankB});
    }
    return level;
}

} // namespace Jiaokan::Core
