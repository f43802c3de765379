#include "match/storygroups.h"

#include <QHash>

#include <algorithm>

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
    // Whether a passage prints most (two thirds) of the story it starts in on page side
    // s: where one printing has merged a story with its neighbour (its headline lost to
    // an edit), the others print only part of that merged story.
    const auto whole = [&](const PassageComparison &p, Side s, int story) {
        const int page = p.page[s];
        if (story < 0 || page < 0 || page >= pages.size())
            return true;
        const Story &st = pages[page].stories[story];
        const int storyLines = st.lastLine.value - st.firstLine.value + 1;
        const int shared = std::min(st.lastLine.value, p.lines[s].last.value)
            - std::max(st.firstLine.value, p.lines[s].first.value) + 1;
        return storyLines <= 0 || 3 * shared >= 2 * storyLines;
    };
    QList<std::array<int, SideCount>> ends;
    QList<bool> wholeOnBoth;
    for (const PassageComparison &p : passages) {
        std::array<int, SideCount> e{};
        bool both = true;
        for (Side s : {SideA, SideB}) {
            const int page = p.page[s];
            const int story = page >= 0 && page < pages.size() ? storyAt(pages[page], p.lines[s]) : -1;
            e[s] = node(page, story);
            both = both && whole(p, s, story);
        }
        ends.append(e);
        wholeOnBoth.append(both);
    }
    // Printings that print each other whole are one story. One printed only in part by
    // the others joins them, but never joins two stories into one: it goes with the
    // story it shares the longest passage with.
    QList<int> members(parent.size(), 1);
    for (int i = 0; i < passages.size(); ++i)
        if (wholeOnBoth[i]) {
            const int a = root(ends[i][SideA]), b = root(ends[i][SideB]);
            if (a != b) {
                parent[a] = b;
                members[b] += members[a];
            }
        }
    QList<std::pair<qsizetype, int>> partial;   // (length, passage)
    for (int i = 0; i < passages.size(); ++i)
        if (!wholeOnBoth[i])
            partial.append({passages[i].keyEnd[SideA] - passages[i].keyStart[SideA], i});
    std::sort(partial.begin(), partial.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &[length, i] : std::as_const(partial)) {
        const int a = root(ends[i][SideA]), b = root(ends[i][SideB]);
        if (a == b || (members[a] > 1 && members[b] > 1))
            continue;
        parent[a] = b;
        members[b] += members[a];
    }

    QHash<int, int> groupOfRoot;
    QList<StoryGroup> groups;
    // A group is named by the headline most of its printings give: any one printing may
    // carry a misprint in it (牺利 for 牺牲), and the first is no better than another.
    QList<QHash<QString, int>> headlines;
    // Nodes come in (page, story) order from the map, so members and groups are ordered.
    for (const auto &[key, n] : nodeOf) {
        const int r = root(n);
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(groups.size()));
            groups.append(StoryGroup{});
            headlines.append(QHash<QString, int>{});
        }
        StoryGroup &g = groups[*it];
        const auto [page, story] = key;
        Member m{page, story, false};
        if (story >= 0) {
            const Story &st = pages[page].stories[story];
            m.continued = st.continued;
            if (!st.headline.isEmpty()) {
                int &count = headlines[*it][st.headline];
                ++count;
                if (g.headline.isEmpty() || (st.headline != g.headline && count > headlines[*it].value(g.headline)))
                    g.headline = st.headline;
            }
        }
        g.members.append(m);
    }
    // A passage between two stories kept apart belongs to neither.
    for (int i = 0; i < passages.size(); ++i)
        if (root(ends[i][SideA]) == root(ends[i][SideB]))
            groups[groupOfRoot.value(root(ends[i][SideA]))].passages.append(i);
    return groups;
}

} // namespace Jiaokan::Core
