#include "match/spanclusters.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Jiaokan::Core {

std::vector<SpanClusters::StoryRange> SpanClusters::rangesOf(const std::vector<std::pair<qint32, qint32>> &blockRanges,
                                                             const QList<int> &storyOfBlocks)
{
    std::vector<StoryRange> ranges;
    for (size_t b = 0; b < blockRanges.size(); ++b) {
        const auto [start, end] = blockRanges[b];
        if (end <= start)
            continue;
        const int story = storyOfBlocks.value(qsizetype(b), -1);
        if (!ranges.empty() && ranges.back().story == story && ranges.back().end == start)
            ranges.back().end = end;
        else
            ranges.push_back({start, end, story});
    }
    std::sort(ranges.begin(), ranges.end(), [](const StoryRange &a, const StoryRange &b) { return a.start < b.start; });
    return ranges;
}

QList<SharedSpan> SpanClusters::thin(const QList<SharedSpan> &spans, const std::vector<std::vector<StoryRange>> &stories,
                                     int allPairsUpTo)
{
    // Each (page, story) a node; a span joins the stories it starts in on each page.
    QHash<qint64, int> nodeOf;
    const auto node = [&](int page, qsizetype position) {
        int story = -1;
        if (size_t(page) < stories.size()) {
            const auto &ranges = stories[size_t(page)];
            auto it = std::upper_bound(ranges.begin(), ranges.end(), position,
                                       [](qsizetype p, const StoryRange &r) { return p < r.start; });
            if (it != ranges.begin())
                story = std::prev(it)->story;
        }
        const qint64 key = (qint64(page) << 32) | quint32(story);
        const auto found = nodeOf.constFind(key);
        if (found != nodeOf.constEnd())
            return found.value();
        const int id = int(nodeOf.size());
        nodeOf.insert(key, id);
        return id;
    };
    std::vector<std::array<int, SideCount>> ends(static_cast<size_t>(spans.size()));
    for (qsizetype i = 0; i < spans.size(); ++i)
        for (Side s : {SideA, SideB})
            ends[size_t(i)][s] = node(spans[i].page[s], spans[i].start[s]);

    const int nodes = int(nodeOf.size());
    std::vector<int> parent(static_cast<size_t>(nodes));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    std::vector<int> degree(static_cast<size_t>(nodes), 0);
    for (const auto &e : ends) {
        parent[size_t(root(e[SideA]))] = root(e[SideB]);
        ++degree[size_t(e[SideA])];
        ++degree[size_t(e[SideB])];
    }
    std::vector<int> size(static_cast<size_t>(nodes), 0);
    for (int x = 0; x < nodes; ++x)
        ++size[size_t(root(x))];
    if (std::none_of(size.begin(), size.end(), [&](int n) { return n > allPairsUpTo; }))
        return spans;

    std::vector<std::vector<std::pair<int, int>>> adjacent(static_cast<size_t>(nodes));   // (node, span)
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const auto &e = ends[size_t(i)];
        if (size[size_t(root(e[SideA]))] > allPairsUpTo && e[SideA] != e[SideB]) {
            adjacent[size_t(e[SideA])].push_back({e[SideB], int(i)});
            adjacent[size_t(e[SideB])].push_back({e[SideA], int(i)});
        }
    }
    // Each printing keeps its links to the few printings it shares the most text with
    // (fingerprints in common, summed over spans): other printings of its story, never
    // a chance phrase shared with another story, with spares should one comparison
    // find less than a passage. Ties go to the most linked, so the links gather on a
    // few hubs and a group stays whole.
    std::vector<std::vector<int>> keptNeighbours(static_cast<size_t>(nodes));
    for (int x = 0; x < nodes; ++x) {
        auto &links = adjacent[size_t(x)];
        if (links.empty())
            continue;
        QHash<int, qint64> strength;
        for (const auto &[next, span] : links)
            strength[next] += spans[span].fingerprints;
        QList<int> neighbours = strength.keys();
        std::sort(neighbours.begin(), neighbours.end(), [&](int l, int r) {
            if (strength[l] != strength[r])
                return strength[l] > strength[r];
            return degree[size_t(l)] != degree[size_t(r)] ? degree[size_t(l)] > degree[size_t(r)] : l < r;
        });
        auto &kept = keptNeighbours[size_t(x)];
        kept.assign(neighbours.begin(), neighbours.begin() + std::min<qsizetype>(LinksKept, neighbours.size()));
        // And the story's hub: of the printings it shares about as much with as with its
        // closest (not a chance phrase), the most linked. The same for every printing of
        // the story, so the story is a star around it, which its collation starts from.
        const qint64 strongest = strength[neighbours.first()];
        int hub = -1;
        for (int n : std::as_const(neighbours))
            if (2 * strength[n] >= strongest
                && (hub < 0 || degree[size_t(n)] > degree[size_t(hub)] || (degree[size_t(n)] == degree[size_t(hub)] && n < hub)))
                hub = n;
        if (hub >= 0 && std::find(kept.begin(), kept.end(), hub) == kept.end())
            kept.push_back(hub);
    }
    const auto onStar = [&](int x, int y) {
        const auto &mx = keptNeighbours[size_t(x)], &my = keptNeighbours[size_t(y)];
        return std::find(mx.begin(), mx.end(), y) != mx.end() || std::find(my.begin(), my.end(), x) != my.end();
    };

    // A pair of pages on the star keeps all its spans: the comparer widens them to
    // the stories they fall in, and a span that starts a line early in the story
    // above must not be what is lost.
    QSet<qint64> pairs;
    const auto pairKey = [](const SharedSpan &span) { return (qint64(span.page[SideA]) << 32) | quint32(span.page[SideB]); };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const auto &e = ends[size_t(i)];
        const bool small = size[size_t(root(e[SideA]))] <= allPairsUpTo;
        if (small || onStar(e[SideA], e[SideB]))
            pairs.insert(pairKey(spans[i]));
    }
    QList<SharedSpan> kept;
    for (const SharedSpan &span : spans)
        if (pairs.contains(pairKey(span)))
            kept.append(span);
    return kept;
}

} // namespace Jiaokan::Core
