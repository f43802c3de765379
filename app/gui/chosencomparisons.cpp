#include "chosencomparisons.h"

#include "diff/passagecomparer.h"

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ChosenComparisons::Side ChosenComparisons::sideOf(int page, const AnalyzedPage &analyzed, int story,
                                                 const Core::LineRange &part)
{
    const auto [first, last] = analyzed.storyRanks(story, part);
    return Side{page, first, last};
}

ChosenComparisons::Choice ChosenComparisons::swapped(const PassageComparison &passage, const AnalyzedPage &a,
                                                     const AnalyzedPage &b)
{
    const auto [firstA, lastA] = passage.rankRange(a.diffKey, Core::SideA);
    const auto [firstB, lastB] = passage.rankRange(b.diffKey, Core::SideB);
    return {Side{passage.page[Core::SideB], firstB, lastB}, Side{passage.page[Core::SideA], firstA, lastA}};
}

int ChosenComparisons::add(const Choice &choice)
{
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices[i] == choice)
            return i;
    m_choices.append(choice);
    return int(m_choices.size()) - 1;
}

PassageComparison ChosenComparisons::compare(const Choice &choice, const AnalyzedPage &a, const AnalyzedPage &b,
                                             const CompareOptions &options)
{
    std::array<qsizetype, SideCount> start{}, end{};
    const std::array<const AnalyzedPage *, SideCount> pages{&a, &b};
    for (Core::Side s : {Core::SideA, Core::SideB}) {
        const ComparisonKey &key = pages[s]->diffKey;
        const int ranks = int(key.readingOrder().size());
        if (ranks == 0)
            continue;
        const int first = std::clamp(choice[s].firstRank, 0, ranks - 1);
        const int last = std::clamp(choice[s].lastRank, first, ranks - 1);
        const QList<int> &order = key.readingOrder();
        start[s] = choice[s].firstOffset >= 0 ? key.positionOf(order[first], choice[s].firstOffset) : key.rankStart(first);
        end[s] = choice[s].lastEnd >= 0 ? key.positionOf(order[last], choice[s].lastEnd) : key.rankEnd(last);
        end[s] = std::max(start[s], end[s]);
    }
    PassageComparison passage = PassageComparer(a, b, options).compareRanges(start, end);
    passage.page = {choice[Core::SideA].page, choice[Core::SideB].page};
    return passage;
}

} // namespace Jiaokan::App
