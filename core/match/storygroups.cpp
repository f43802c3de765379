#include "match/storygroups.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <array>
#include <map>
#include <tuple>

namespace Jiaokan::Core {

namespace {

// What one passage, or one stretch of it between story breaks, says: these two
// (page, story) nodes print the same text, each whole (two thirds of its story) or not.
struct Link {
    std::array<int, SideCount> node{};
    std::array<LineRange, SideCount> lines;
    std::array<bool, SideCount> whole{};
    qsizetype length = 0;   // key elements on side A
    int passage = 0;
    bool split = false;     // a stretch of a passage that crosses a story break
};

// A stretch shorter than a passage needs is no evidence of a story of its own.
constexpr qsizetype MinStretch = 40;

LineRange spanning(const LineRange &a, const LineRange &b)
{
    if (a.first.value == 0)
        return b;
    return {std::min(a.first, b.first), std::max(a.last, b.last)};
}

} // namespace

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
    const auto storyOf = [&](int page, const LineRange &lines) {
        return page >= 0 && page < pages.size() ? storyAt(pages[page], lines) : -1;
    };
    // Whether lines print most (two thirds) of the story: where one printing has merged
    // a story with its neighbour (its headline lost to an edit), the others print only
    // part of that merged story.
    const auto whole = [&](int page, int story, const LineRange &lines) {
        if (story < 0 || page < 0 || page >= pages.size())
            return true;
        const Story &st = pages[page].stories[story];
        const int storyLines = st.lastLine.value - st.firstLine.value + 1;
        const int shared = std::min(st.lastLine.value, lines.last.value) - std::max(st.firstLine.value, lines.first.value) + 1;
        return storyLines <= 0 || 3 * shared >= 2 * storyLines;
    };
    QList<Link> links;
    for (int i = 0; i < passages.size(); ++i) {
        const PassageComparison &p = passages[i];
        // A passage that runs on across a story break is a stretch for each story.
        const qsizetype stretches = p.storyBreaks.size() + 1;
        for (qsizetype k = 0; k < stretches; ++k) {
            Link link;
            link.passage = i;
            link.split = stretches > 1;
            qsizetype shortest = -1;
            for (Side s : {SideA, SideB}) {
                const qsizetype from = k == 0 ? p.keyStart[s] : p.storyBreaks[k - 1].key[s];
                const qsizetype to = k + 1 == stretches ? p.keyEnd[s] : p.storyBreaks[k].key[s];
                shortest = shortest < 0 ? to - from : std::min(shortest, to - from);
                if (s == SideA)
                    link.length = to - from;
                link.lines[s] = stretches == 1 ? p.lines[s]
                                : k == 0             ? p.storyBreaks[k].linesBefore[s]
                                                     : p.storyBreaks[k - 1].linesAfter[s];
                const int story = storyOf(p.page[s], link.lines[s]);
                link.node[s] = node(p.page[s], story);
                link.whole[s] = whole(p.page[s], story, link.lines[s]);
            }
            if (!link.split || shortest >= MinStretch)
                links.append(link);
        }
    }
    // Printings that print each other whole are one story. One printed only in part by
    // the others joins them, but never joins two stories into one: it goes with the
    // story it shares the longest passage with.
    QList<int> members(parent.size(), 1);
    const auto join = [&](int a, int b) {
        a = root(a), b = root(b);
        if (a != b) {
            parent[a] = b;
            members[b] += members[a];
        }
    };
    // Text outside any story (a box of headlines, a caption) is in no story's group.
    const auto storyWithNone = [&](const Link &l) {
        return (nodes[l.node[SideA]].second < 0) != (nodes[l.node[SideB]].second < 0);
    };
    for (const Link &l : std::as_const(links))
        if (l.whole[SideA] && l.whole[SideB] && !storyWithNone(l))
            join(l.node[SideA], l.node[SideB]);
    QList<const Link *> partial;
    for (const Link &l : std::as_const(links))
        if (!(l.whole[SideA] && l.whole[SideB]) && !storyWithNone(l))
            partial.append(&l);
    std::stable_sort(partial.begin(), partial.end(), [](const Link *x, const Link *y) { return x->length > y->length; });
    for (const Link *l : std::as_const(partial)) {
        const int a = root(l->node[SideA]), b = root(l->node[SideB]);
        if (a != b && (members[a] == 1 || members[b] == 1))
            join(a, b);
    }
    // A printing that runs two stories together, where another page prints one of them
    // whole and apart, prints that story too: it is a member of each group, with the
    // part of its text that each story is.
    std::map<std::pair<int, int>, LineRange> parts;   // (node, group root) -> its lines there
    std::map<std::pair<int, int>, QList<int>> partPassages;
    for (const Link &l : std::as_const(links)) {
        if (!l.split)
            continue;
        for (Side s : {SideA, SideB}) {
            const Side o = s == SideA ? SideB : SideA;
            if (l.whole[s] || !l.whole[o] || nodes[l.node[s]].second < 0)
                continue;
            const int there = root(l.node[o]);
            if (there != root(l.node[s]) && members[there] < 2)
                continue;
            LineRange &part = parts[{l.node[s], there}];
            part = spanning(part, l.lines[s]);
            partPassages[{l.node[s], there}].append(l.passage);
        }
    }
    // Only a printing that is in another group too has a part in its own.
    QSet<int> inAnother;
    for (const auto &[key, lines] : parts)
        if (key.second != root(key.first))
            inAnother.insert(key.first);
    for (auto it = parts.begin(); it != parts.end();)
        it = inAnother.contains(it->first.first) ? std::next(it) : parts.erase(it);

    QHash<int, int> groupOfRoot;
    QList<StoryGroup> groups;
    // A group is named by the headline most of its printings give: any one printing may
    // carry a misprint in it (牺利 for 牺牲), and the first is no better than another.
    QList<QHash<QString, int>> headlines;
    const auto groupAt = [&](int r) {
        auto it = groupOfRoot.find(r);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(r, int(groups.size()));
            groups.append(StoryGroup{});
            headlines.append(QHash<QString, int>{});
        }
        return *it;
    };
    // Nodes come in (page, story) order from the map, so members and groups are ordered.
    for (const auto &[key, n] : nodeOf) {
        const int g = groupAt(root(n));
        const auto [page, story] = key;
        Member m{page, story, false, parts.count({n, root(n)}) ? parts[{n, root(n)}] : LineRange{}};
        if (story >= 0) {
            const Story &st = pages[page].stories[story];
            m.continued = st.continued && (m.part.first.value == 0 || m.part.first == st.firstLine);
            if (!st.headline.isEmpty()) {
                int &count = headlines[g][st.headline];
                ++count;
                if (groups[g].headline.isEmpty()
                    || (st.headline != groups[g].headline && count > headlines[g].value(groups[g].headline)))
                    groups[g].headline = st.headline;
            }
        }
        groups[g].members.append(m);
    }
    // A passage between two stories kept apart belongs to neither.
    QList<QSet<int>> passagesOf(groups.size());
    for (const Link &l : std::as_const(links))
        if (const int r = root(l.node[SideA]); r == root(l.node[SideB]))
            passagesOf[groupOfRoot.value(r)].insert(l.passage);
    // The printings that are in a group for part of their story, and what joins them.
    for (const auto &[key, lines] : parts) {
        const auto [n, there] = key;
        if (there == root(n))
            continue;
        StoryGroup &g = groups[groupOfRoot.value(there)];
        const auto [page, story] = nodes[n];
        const Story &st = pages[page].stories[story];
        const Member m{page, story, st.continued && lines.first == st.firstLine, lines};
        g.members.insert(std::lower_bound(g.members.begin(), g.members.end(), m,
                                          [](const Member &x, const Member &y) {
                                              return std::tie(x.page, x.story) < std::tie(y.page, y.story);
                                          }),
                         m);
        for (int p : partPassages[key])
            passagesOf[groupOfRoot.value(there)].insert(p);
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        groups[g].passages = passagesOf[g].values();
        std::sort(groups[g].passages.begin(), groups[g].passages.end());
    }
    // A story no other page joined (its only passage was with text outside any story,
    // or too short a stretch) is shared with no one; text outside any story (a box of
    // headlines two pages share) is no story.
    groups.removeIf([](const StoryGroup &g) {
        return g.members.size() < 2
            || std::all_of(g.members.begin(), g.members.end(), [](const Member &m) { return m.story < 0; });
    });
    return groups;
}

} // namespace Jiaokan::Core
