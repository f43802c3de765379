#include "match/storygroups.h"

#include <QHash>

#include <array>
#include <map>

namespace Jiaokan::Core {

int StoryGroup::storyAt(const ReflowedPage &page, const LineRange &lines)
{
    for (const SourceLine line : {lines.first, lines.last})
        for (int s = 0; s < page.stories.size(); ++s)
            if (page.stories[s].firstLine <= line && line <= page.stories[s].lastLine)
                return s;
    return -1;
}

QList<StoryGroup> StoryGroup::group(const QList<ReflowedPage> &pages, const QList<PassageComparison> &passages)
{
    // Union-find over (page, story) nodes.
    std::map<std::pair<int, int>, int> nodeOf;
    QList<std::pair<int, int>> nodes;
    QList<int> parent;
    auto node = [&](int page, int story) {
        auto [it, inserted] = nodeOf.try_emplace({page, story}, int(nodes.size()));
        if (inserted) {
            nodes.append({page, story});
            parent.append(int(parent.size()));
        }
        return it->second;
    };
    auto root = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    QList<std::array<int, SideCount>> ends;
    for (const PassageComparison &p : passages) {
        std::array<int, SideCount> e{};
        for (Side s : {SideA, SideB}) {
            const int page = p.page[s];
            const int story = page >= 0 && page < pages.size() ? storyAt(pages[page], p.lines[s]) : -1;
            e[s] = node(page, story);
        }
        parent[root(e[SideA])] = root(e[SideB]);
        ends.append(e);
    }

    QHash<int, int> groupOfRoot;
    QList<StoryGroup> groups;
    // Nodes come in (page, story) order from the map, so members and groups are ordered.
    for (const auto &[key, n] : nodeOf) {
        const int r = root(n);
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(groups.size()));
            groups.append(StoryGroup{});
        }
        StoryGroup &g = groups[*it];
        const auto [page, story] = key;
        Member m{page, story, false};
        if (story >= 0) {
            const Story &st = pages[page].stories[story];
            m.continued = st.continued;
            if (g.headline.isEmpty() && !st.headline.isEmpty())
                g.headline = st.headline;
        }
        g.members.append(m);
    }
    for (int i = 0; i < passages.size(); ++i)
        groups[groupOfRoot.value(root(ends[i][SideA]))].passages.append(i);
    return groups;
}

} // namespace Jiaokan::Core
