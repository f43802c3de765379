#include "diff/passagecomparer.h"

#include "diff/anchoreddiff.h"
#include "diff/differenceclassifier.h"
#include "diff/editcleanup.h"
#include "diff/movefinder.h"
#include "reflow/lineclassifier.h"
#include "util/parallelfor.h"

#include <algorithm>
#include <tuple>

namespace Jiaokan::Core {

namespace {

std::u32string_view slice(const std::u32string &s, qsizetype start, qsizetype end)
{
    return std::u32string_view(s).substr(size_t(start), size_t(std::max<qsizetype>(0, end - start)));
}

// The hunks of a small stretch, diffed on its own, at absolute positions.
QList<Hunk> diffStretch(const std::u32string &a, qsizetype a0, qsizetype a1, const std::u32string &b, qsizetype b0,
                        qsizetype b1)
{
    QList<Hunk> out = EditCleanup::hunks(AnchoredDiff::diff(slice(a, a0, a1), slice(b, b0, b1)));
    for (Hunk &h : out) {
        h.start[SideA] += a0;
        h.end[SideA] += a0;
        h.start[SideB] += b0;
        h.end[SideB] += b0;
    }
    return out;
}

} // namespace

PassageComparer::PassageComparer(const AnalyzedPage &a, const AnalyzedPage &b, const CompareOptions &options)
    : m_pages{&a, &b}
    , m_options(options)
{
}

QList<PassageComparison> PassageComparer::compare(const QList<SharedSpan> &spans) const
{
    return compare(spans, Limits{});
}

PassageComparer::Region PassageComparer::regionOf(const SharedSpan &span) const
{
    Region r;
    for (Side s : {SideA, SideB}) {
        const AnalyzedPage &p = page(s);
        const ComparisonKey &diffKey = p.diffKey;
        if (diffKey.size() == 0)
            return Region{};
        if (p.matchSize == 0)
            return Region{};
        auto toDiffKey = [&](qsizetype m) { return p.diffPosition(m); };
        const int firstUnit = p.unitOfRank[diffKey.rankAt(toDiffKey(span.start[s]))];
        const int lastUnit = p.unitOfRank[diffKey.rankAt(toDiffKey(span.end[s] - 1))];
        r.start[s] = diffKey.rankStart(p.unitRanks[std::min(firstUnit, lastUnit)].first);
        r.end[s] = diffKey.rankEnd(p.unitRanks[std::max(firstUnit, lastUnit)].second);
    }
    return r;
}

QList<PassageComparison> PassageComparer::compare(const QList<SharedSpan> &spans, const Limits &limits) const
{
    QList<Region> regions;
    for (const SharedSpan &span : spans) {
        const Region r = regionOf(span);
        if (r.end[SideA] > r.start[SideA] && r.end[SideB] > r.start[SideB])
            regions.append(r);
    }
    // Spans in the same pair of stories are compared once, as one region. Most spans of
    // a pair fall in the same stories, so identical regions go first.
    auto order = [](const Region &x, const Region &y) {
        return std::tie(x.start[SideA], x.start[SideB], x.end[SideA], x.end[SideB])
            < std::tie(y.start[SideA], y.start[SideB], y.end[SideA], y.end[SideB]);
    };
    std::sort(regions.begin(), regions.end(), order);
    regions.erase(std::unique(regions.begin(), regions.end(),
                              [](const Region &x, const Region &y) { return x.start == y.start && x.end == y.end; }),
                  regions.end());
    bool merged = true;
    while (merged) {
        merged = false;
        for (qsizetype i = 0; i < regions.size() && !merged; ++i) {
            for (qsizetype j = i + 1; j < regions.size() && !merged; ++j) {
                Region &x = regions[i];
                const Region &y = regions[j];
                const bool overlap = x.start[SideA] < y.end[SideA] && y.start[SideA] < x.end[SideA]
                    && x.start[SideB] < y.end[SideB] && y.start[SideB] < x.end[SideB];
                if (overlap) {
                    for (Side s : {SideA, SideB}) {
                        x.start[s] = std::min(x.start[s], y.start[s]);
                        x.end[s] = std::max(x.end[s], y.end[s]);
                    }
                    regions.removeAt(j);
                    merged = true;
                }
            }
        }
    }
    // Long pages have many stories: their regions are diffed side by side. (Short ones
    // are not worth a thread; a folder of pages is already spread over the cores by pair.)
    constexpr qsizetype ParallelFrom = 100000;
    qsizetype total = 0;
    for (const Region &r : std::as_const(regions))
        total += r.end[SideA] - r.start[SideA] + r.end[SideB] - r.start[SideB];
    std::vector<QList<PassageComparison>> parts(size_t(regions.size()));
    auto compareOne = [&](qsizetype i) { parts[size_t(i)] = compareRegion(regions[i], limits); };
    if (total >= ParallelFrom && regions.size() > 1) {
        parallelFor(regions.size(), compareOne);
    } else {
        for (qsizetype i = 0; i < regions.size(); ++i)
            compareOne(i);
    }
    QList<PassageComparison> out;
    for (QList<PassageComparison> &part : parts)
        out.append(std::move(part));
    std::sort(out.begin(), out.end(), [](const PassageComparison &x, const PassageComparison &y) {
        return x.keyStart[SideA] != y.keyStart[SideA] ? x.keyStart[SideA] < y.keyStart[SideA]
                                                      : x.keyStart[SideB] < y.keyStart[SideB];
    });
    return out;
}

QList<PassageComparison> PassageComparer::compareRegion(const Region &region, const Limits &limits) const
{
    const std::u32string &ka = key(SideA).text();
    const std::u32string &kb = key(SideB).text();
    EditScript script = AnchoredDiff::diff(slice(ka, region.start[SideA], region.end[SideA]),
                                           slice(kb, region.start[SideB], region.end[SideB]));
    for (EditRun &r : script) {
        r.aStart += region.start[SideA];
        r.bStart += region.start[SideB];
    }
    const QList<Hunk> rawHunks = EditCleanup::hunks(script);

    // Passages are where the long common runs are, split where none occurs for long.
    struct Cluster {
        qsizetype a0, a1, b0, b1, shared;
    };
    QList<Cluster> clusters;
    auto unitAt = [&](Side s, qsizetype pos) { return page(s).unitOfRank[key(s).rankAt(pos)]; };
    auto unitEnd = [&](Side s, qsizetype pos) {
        return key(s).rankEnd(page(s).unitRanks[unitAt(s, pos)].second);
    };
    std::array<int, SideCount> clusterUnit{-1, -1};
    auto addRun = [&](qsizetype a, qsizetype b, qsizetype length) {
        const std::array<int, SideCount> unit{unitAt(SideA, a), unitAt(SideB, b)};
        // A passage is one story: where both pages go on to another story, so does it.
        const bool sameStory = unit[SideA] == clusterUnit[SideA] || unit[SideB] == clusterUnit[SideB];
        if (!clusters.isEmpty() && sameStory && a - clusters.last().a1 <= limits.maxInnerGap
            && b - clusters.last().b1 <= limits.maxInnerGap) {
            clusters.last().a1 = a + length;
            clusters.last().b1 = b + length;
            clusters.last().shared += length;
        } else {
            clusters.append(Cluster{a, a + length, b, b + length, length});
        }
        clusterUnit = unit;
    };
    for (const EditRun &r : std::as_const(script)) {
        if (r.kind != EditRun::Equal || r.length < limits.minRun)
            continue;
        // A run that crosses from one story into the next on either side is cut there.
        for (qsizetype done = 0; done < r.length;) {
            const qsizetype a = r.aStart + done, b = r.bStart + done;
            const qsizetype piece = std::min({r.length - done, unitEnd(SideA, a) - a, unitEnd(SideB, b) - b});
            addRun(a, b, piece);
            done += piece;
        }
    }
    clusters.removeIf([&](const Cluster &c) {
        return c.shared < limits.minShared
            || double(c.shared) < limits.minCoverage * double(std::min(c.a1 - c.a0, c.b1 - c.b0));
    });

    QList<PassageComparison> out;
    std::array<qsizetype, SideCount> previousEnd = region.start;
    for (qsizetype ci = 0; ci < clusters.size(); ++ci) {
        const Cluster &c = clusters[ci];
        std::array<qsizetype, SideCount> start{c.a0, c.b0}, end{c.a1, c.b1};
        std::array<qsizetype, SideCount> limitEnd = region.end;
        if (ci + 1 < clusters.size())
            limitEnd = {clusters[ci + 1].a0, clusters[ci + 1].b0};

        QList<Hunk> hunks;
        // Text before the first common run, in the same block on both sides, is a
        // difference (a dateline, a reworded opening); on one side only, it is that
        // side's own.
        std::array<qsizetype, SideCount> blockStart{}, blockEnd{};
        for (Side s : {SideA, SideB}) {
            blockStart[s] = std::max(key(s).rankStart(key(s).rankAt(start[s])), previousEnd[s]);
            blockEnd[s] = std::min(key(s).rankEnd(key(s).rankAt(end[s] - 1)), limitEnd[s]);
        }
        if (start[SideA] > blockStart[SideA] && start[SideB] > blockStart[SideB]) {
            hunks = diffStretch(ka, blockStart[SideA], start[SideA], kb, blockStart[SideB], start[SideB]);
            start = blockStart;
        }
        for (const Hunk &h : rawHunks)
            if (h.start[SideA] >= c.a0 && h.end[SideA] <= c.a1 && h.start[SideB] >= c.b0 && h.end[SideB] <= c.b1)
                hunks.append(h);
        if (end[SideA] < blockEnd[SideA] && end[SideB] < blockEnd[SideB]) {
            hunks.append(diffStretch(ka, end[SideA], blockEnd[SideA], kb, end[SideB], blockEnd[SideB]));
            end = blockEnd;
        }

        PassageComparison p;
        p.page = {0, 1};
        p.keyStart = start;
        p.keyEnd = end;
        qsizetype changedA = 0;
        for (const Hunk &h : std::as_const(hunks))
            changedA += h.length(SideA);
        const qsizetype lengthA = end[SideA] - start[SideA], lengthB = end[SideB] - start[SideB];
        p.similarity = lengthA + lengthB > 0 ? 2.0 * double(lengthA - changedA) / double(lengthA + lengthB) : 1.0;
        for (Side s : {SideA, SideB}) {
            p.lines[s] = key(s).lines(page(s).page, start[s], end[s]);
            if (start[s] > previousEnd[s])
                p.only[s].append(key(s).lines(page(s).page, previousEnd[s], start[s]));
            if (ci + 1 == clusters.size() && end[s] < region.end[s])
                p.only[s].append(key(s).lines(page(s).page, end[s], region.end[s]));
        }
        for (const Change &change : cleanUp(hunks))
            p.differences.append(describe(change, limits.context));
        MoveFinder::link(p.differences, key(SideA), key(SideB));
        markStoryBreaks(p);
        out.append(p);
        previousEnd = end;
    }
    return out;
}

PassageComparison PassageComparer::compareWhole() const
{
    return compareRanges({0, 0}, {key(SideA).size(), key(SideB).size()});
}

PassageComparison PassageComparer::compareRanges(std::array<qsizetype, SideCount> start,
                                                 std::array<qsizetype, SideCount> end) const
{
    for (Side s : {SideA, SideB}) {
        end[s] = std::clamp<qsizetype>(end[s], 0, key(s).size());
        start[s] = std::clamp<qsizetype>(start[s], 0, end[s]);
    }
    const std::u32string_view ka = std::u32string_view(key(SideA).text()).substr(size_t(start[SideA]), size_t(end[SideA] - start[SideA]));
    const std::u32string_view kb = std::u32string_view(key(SideB).text()).substr(size_t(start[SideB]), size_t(end[SideB] - start[SideB]));
    QList<Hunk> hunks = EditCleanup::hunks(AnchoredDiff::diff(ka, kb));
    for (Hunk &h : hunks)   // in the whole keys, as cleanup and the description read them
        for (Side s : {SideA, SideB}) {
            h.start[s] += start[s];
            h.end[s] += start[s];
        }
    PassageComparison p;
    p.page = {0, 1};
    p.keyStart = start;
    p.keyEnd = end;
    qsizetype changedA = 0;
    for (const Hunk &h : hunks)
        changedA += h.length(SideA);
    const qsizetype lengthA = end[SideA] - start[SideA], lengthB = end[SideB] - start[SideB];
    p.similarity = lengthA + lengthB > 0 ? 2.0 * double(lengthA - changedA) / double(lengthA + lengthB) : 1.0;
    for (Side s : {SideA, SideB})
        p.lines[s] = key(s).lines(page(s).page, start[s], end[s]);
    for (const Change &change : cleanUp(hunks))
        p.differences.append(describe(change, Limits().context));
    MoveFinder::link(p.differences, key(SideA), key(SideB));
    markStoryBreaks(p);
    return p;
}

void PassageComparer::markStoryBreaks(PassageComparison &p) const
{
    for (Side s : {SideA, SideB}) {
        const Side o = s == SideA ? SideB : SideA;
        const AnalyzedPage &here = page(s);
        int current = -1;
        for (qsizetype u = 0; u < here.unitRanks.size(); ++u) {
            const auto [firstRank, lastRank] = here.unitRanks[u];
            const qsizetype start = key(s).rankStart(firstRank);
            if (key(s).rankEnd(lastRank) <= p.keyStart[s] || start >= p.keyEnd[s])
                continue;
            const int story = here.storyOfUnit.value(u, -1);
            if (story < 0)
                continue;   // headings or captions of no story: no story starts there
            if (current >= 0 && story != current && start > p.keyStart[s]) {
                PassageComparison::StoryBreak b;
                b.key[s] = start;
                b.key[o] = std::clamp(p.mapAcross(s, start), p.keyStart[o], p.keyEnd[o]);
                p.storyBreaks.append(b);
            }
            current = story;
        }
    }
    std::sort(p.storyBreaks.begin(), p.storyBreaks.end(),
              [](const PassageComparison::StoryBreak &x, const PassageComparison::StoryBreak &y) {
                  return x.key[SideA] < y.key[SideA];
              });
    for (qsizetype i = 0; i < p.storyBreaks.size(); ++i)
        for (Side s : {SideA, SideB}) {
            const qsizetype at = p.storyBreaks[i].key[s];
            const qsizetype from = i > 0 ? p.storyBreaks[i - 1].key[s] : p.keyStart[s];
            const qsizetype to = i + 1 < p.storyBreaks.size() ? p.storyBreaks[i + 1].key[s] : p.keyEnd[s];
            p.storyBreaks[i].linesBefore[s] = key(s).lines(page(s).page, from, std::max(at, from + 1));
            p.storyBreaks[i].linesAfter[s] = key(s).lines(page(s).page, std::min(at, to - 1), to);
        }
}

QList<PassageComparer::Change> PassageComparer::cleanUp(const QList<Hunk> &raw) const
{
    const std::u32string &ka = key(SideA).text();
    const std::u32string &kb = key(SideB).text();
    QList<Hunk> hunks = EditCleanup::mergeAcrossRelativelyShortEqualities(EditCleanup::mergeAcrossShortEqualities(raw, 1));
    if (m_options.granularity == CompareOptions::Granularity::Word)
        hunks = EditCleanup::extendToWords(hunks, ka, kb);
    else
        hunks = EditCleanup::trimEqualEnds(hunks, ka, kb);
    const auto paragraphStarts = [this](Side s, qsizetype at) {
        return at > 0 && at < key(s).size() && key(s).rankStart(key(s).rankAt(at)) == at;
    };
    hunks = EditCleanup::slideToBoundaries(hunks, ka, kb, paragraphStarts);
    hunks = MoveFinder::splitForMoves(hunks, key(SideA), key(SideB), paragraphStarts);

    QList<Change> out;
    for (Hunk h : std::as_const(hunks)) {
        std::optional<DifferenceClass> kind;
        if (widenToDateline(h))
            kind = DifferenceClass::Dateline;
        else if (widenToHeading(h))
            kind = DifferenceClass::Heading;
        // A widened hunk swallows the hunks it now covers, before or after it.
        while (!out.isEmpty() && (out.last().hunk.end[SideA] > h.start[SideA] || out.last().hunk.end[SideB] > h.start[SideB])) {
            const Change previous = out.takeLast();
            for (Side s : {SideA, SideB}) {
                h.start[s] = std::min(h.start[s], previous.hunk.start[s]);
                h.end[s] = std::max(h.end[s], previous.hunk.end[s]);
            }
            if (!kind)
                kind = previous.kind;
        }
        out.append(Change{h, kind});
    }
    return out;
}

std::optional<PassageComparer::KeyRange> PassageComparer::datelineAt(Side s, int rank) const
{
    const ComparisonKey &k = key(s);
    if (rank < 0 || rank >= k.readingOrder().size())
        return std::nullopt;
    const int block = k.readingOrder()[rank];
    const Block &b = page(s).page.blocks[block];
    if (b.kind != BlockKind::Paragraph)
        return std::nullopt;
    const LineClassifier::Span span = LineClassifier::datelineSpan(b.text);
    if (!span.isValid())
        return std::nullopt;
    const KeyRange r{k.positionOf(block, int(span.start)), k.positionOf(block, int(span.start + span.length))};
    if (r.start >= r.end)
        return std::nullopt;
    return r;
}

bool PassageComparer::widenToDateline(Hunk &h) const
{
    std::array<std::optional<KeyRange>, SideCount> dateline;
    bool touches = false;
    for (Side s : {SideA, SideB}) {
        if (key(s).size() == 0)
            return false;
        const qsizetype at = std::min(h.start[s], key(s).size() - 1);
        dateline[s] = datelineAt(s, key(s).rankAt(at));
        if (!dateline[s])
            continue;
        const KeyRange d = *dateline[s];
        // Text inserted right before a dateline is set before it, not in it: the point
        // where it goes must lie inside the dateline.
        if (h.length(s) > 0 ? (h.start[s] < d.end && h.end[s] > d.start) : (d.start < h.start[s] && h.start[s] < d.end))
            touches = true;
    }
    if (!touches)
        return false;
    // A change far larger than the dateline (a whole opening paragraph left out) is a
    // change of the text that holds the dateline, not of the dateline.
    for (Side s : {SideA, SideB}) {
        const qsizetype datelineLength = dateline[s] ? dateline[s]->end - dateline[s]->start : 0;
        if (h.length(s) > 2 * datelineLength + 8)
            return false;
    }
    for (Side s : {SideA, SideB}) {
        if (dateline[s] && dateline[s]->start <= h.start[s] && h.start[s] <= dateline[s]->end) {
            h.start[s] = std::min(h.start[s], dateline[s]->start);
            h.end[s] = std::max(h.end[s], dateline[s]->end);
        }
    }
    return true;
}

bool PassageComparer::widenToHeading(Hunk &h) const
{
    std::array<int, SideCount> headingRank{-1, -1};
    for (Side s : {SideA, SideB}) {
        const ComparisonKey &k = key(s);
        if (k.size() == 0)
            return false;
        QList<qsizetype> candidates;
        if (h.length(s) > 0) {
            candidates = {h.start[s]};
        } else {
            // An insertion point between two blocks may belong to either.
            if (h.start[s] > 0)
                candidates.append(h.start[s] - 1);
            if (h.start[s] < k.size())
                candidates.append(h.start[s]);
        }
        for (qsizetype at : std::as_const(candidates)) {
            const int rank = k.rankAt(at);
            if (page(s).page.blocks[k.readingOrder()[rank]].kind == BlockKind::Heading) {
                headingRank[s] = rank;
                break;
            }
        }
    }
    if (headingRank[SideA] < 0 && headingRank[SideB] < 0)
        return false;
    // Text that one side has and the other lacks is a heading difference only when it is
    // a heading: a paragraph inserted right after a shared headline is body text.
    for (Side s : {SideA, SideB}) {
        const Side other = s == SideA ? SideB : SideA;
        if (h.length(s) == 0 && h.length(other) > 0 && headingRank[other] < 0)
            headingRank[s] = -1;
    }
    if (headingRank[SideA] < 0 && headingRank[SideB] < 0)
        return false;
    for (Side s : {SideA, SideB}) {
        if (headingRank[s] < 0)
            continue;
        h.start[s] = std::min(h.start[s], key(s).rankStart(headingRank[s]));
        h.end[s] = std::max(h.end[s], key(s).rankEnd(headingRank[s]));
    }
    return true;
}

Difference PassageComparer::describe(const Change &change, qsizetype context) const
{
    const Hunk &h = change.hunk;
    Difference d;
    for (Side s : {SideA, SideB}) {
        d.keyStart[s] = h.start[s];
        d.keyEnd[s] = h.end[s];
        d.text[s] = key(s).originalText(page(s).page, h.start[s], h.end[s]);
        d.lines[s] = key(s).lines(page(s).page, h.start[s], h.end[s]);
    }
    d.kind = change.kind ? *change.kind : DifferenceClassifier::classify(d.text[SideA], d.text[SideB]);

    // Context from side A, within the block the difference starts and ends in.
    const ComparisonKey &k = key(SideA);
    const ReflowedPage &pageA = page(SideA).page;
    if (k.size() > 0) {
        const qsizetype start = h.start[SideA], end = h.end[SideA];
        const int startRank = k.rankAt(std::clamp<qsizetype>(start > 0 && start == end ? start - 1 : start, 0, k.size() - 1));
        const qsizetype from = std::max(k.rankStart(startRank), start - context);
        if (from < start)
            d.before = k.originalText(pageA, from, start);
        if (end < k.size()) {
            const int endRank = k.rankAt(end > start ? end - 1 : std::min(end, k.size() - 1));
            const qsizetype to = std::min(k.rankEnd(endRank), end + context);
            if (end < to)
                d.after = k.originalText(pageA, end, to);
        }
    }
    return d;
}

} // namespace Jiaokan::Core
