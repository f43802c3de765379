#include "match/passageindex.h"

#include "util/radixsort.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace Jiaokan::Core {

namespace {

struct Posting {
    std::uint64_t hash;
    qint32 page;
    qint32 position;
};

struct PairHit {
    qint32 pageA;
    qint32 pageB;
    qint32 a;
    qint32 b;
};

struct Chain {
    qsizetype firstA, lastA, firstB, lastB;
    int hits;
};

// Chains the hits of one page pair (sorted by a, then b) into spans. A hit continues the
// open chain it fits best: both positions advance, by at most maxGap, and the diagonal
// (b - a) moves least.
void chainHits(const PairHit *begin, const PairHit *end, const PassageIndex::Limits &limits, QList<SharedSpan> &out)
{
    std::vector<Chain> open;
    auto close = [&](const Chain &c) {
        if (c.hits < limits.minFingerprints)
            return;
        SharedSpan span;
        span.page = {begin->pageA, begin->pageB};
        span.start = {c.firstA, c.firstB};
        span.end = {c.lastA + limits.k, c.lastB + limits.k};
        span.fingerprints = c.hits;
        out.append(span);
    };
    for (const PairHit *h = begin; h != end; ++h) {
        Chain *best = nullptr;
        qsizetype bestDrift = 0;
        for (auto it = open.begin(); it != open.end();) {
            if (it->lastA + limits.maxGap < h->a) {   // can never be continued again
                close(*it);
                it = open.erase(it);
                continue;
            }
            if (h->a > it->lastA && h->b > it->lastB && h->b <= it->lastB + limits.maxGap) {
                const qsizetype drift = std::abs((h->b - h->a) - (it->lastB - it->lastA));
                if (!best || drift < bestDrift) {
                    best = &*it;
                    bestDrift = drift;
                }
            }
            ++it;
        }
        if (best) {
            best->lastA = h->a;
            best->lastB = h->b;
            ++best->hits;
        } else {
            open.push_back(Chain{h->a, h->a, h->b, h->b, 1});
        }
    }
    for (const Chain &c : open)
        close(c);
}

// Calls visit(first, end) with the postings of each hash in turn, by page and then
// position: the pages' sorted fingerprints merged, a heap keeping the page whose next
// hash is smallest on top. Each page's fingerprints are released once passed.
template<typename Visit>
void mergeSortedPages(std::vector<std::vector<Fingerprint>> &pages, Visit visit)
{
    struct Cursor {
        const Fingerprint *next;
        const Fingerprint *end;
        qint32 page;
    };
    auto later = [](const Cursor &x, const Cursor &y) {
        return x.next->hash != y.next->hash ? x.next->hash > y.next->hash : x.page > y.page;
    };
    std::vector<Cursor> heap;
    for (size_t page = 0; page < pages.size(); ++page)
        if (!pages[page].empty())
            heap.push_back(Cursor{pages[page].data(), pages[page].data() + pages[page].size(), qint32(page)});
    std::make_heap(heap.begin(), heap.end(), later);
    std::vector<Posting> group;
    while (!heap.empty()) {
        const std::uint64_t hash = heap.front().next->hash;
        group.clear();
        while (!heap.empty() && heap.front().next->hash == hash) {
            std::pop_heap(heap.begin(), heap.end(), later);
            Cursor &c = heap.back();
            for (; c.next != c.end && c.next->hash == hash; ++c.next)
                group.push_back(Posting{hash, c.page, c.next->position});
            if (c.next == c.end) {
                pages[size_t(c.page)] = {};
                heap.pop_back();
            } else {
                std::push_heap(heap.begin(), heap.end(), later);
            }
        }
        visit(group.data(), group.data() + group.size());
    }
}

// The same for many pages, where a heap of them costs more than one radix sort of all
// their fingerprints together (the order within a hash is the same: the sort is stable).
template<typename Visit>
void sortAllPages(std::vector<std::vector<Fingerprint>> &pages, Visit visit)
{
    size_t total = 0;
    for (const auto &p : pages)
        total += p.size();
    std::vector<Posting> postings;
    postings.reserve(total);
    for (size_t page = 0; page < pages.size(); ++page) {
        for (const Fingerprint &f : pages[page])
            postings.push_back(Posting{f.hash, qint32(page), f.position});
        pages[page] = {};
    }
    radixSort(postings, [](const Posting &p) { return p.hash; });
    for (size_t g = 0; g < postings.size();) {
        size_t e = g + 1;
        while (e < postings.size() && postings[e].hash == postings[g].hash)
            ++e;
        visit(postings.data() + g, postings.data() + e);
        g = e;
    }
}

} // namespace

PassageIndex::PassageIndex(int pageCount)
    : m_pages(size_t(std::max(0, pageCount)))
{
}

void PassageIndex::setFingerprints(int page, std::vector<Fingerprint> fingerprints)
{
    // Sorted here, on the caller's thread: pages are indexed side by side. Stable, so a
    // hash a page repeats keeps its positions in order.
    radixSort(fingerprints, [](const Fingerprint &f) { return f.hash; });
    m_pages[size_t(page)] = std::move(fingerprints);
}

void PassageIndex::dropFingerprints(int page, const std::vector<std::pair<qint32, qint32>> &ranges, int k)
{
    if (ranges.empty())
        return;
    std::vector<Fingerprint> &fingerprints = m_pages[size_t(page)];
    std::erase_if(fingerprints, [&](const Fingerprint &f) {
        return std::any_of(ranges.begin(), ranges.end(),
                           [&](const auto &r) { return f.position >= r.first && f.position + k <= r.second; });
    });
}

QList<SharedSpan> PassageIndex::takeSharedSpans()
{
    return takeSharedSpans(Limits{});
}

QList<SharedSpan> PassageIndex::takeSharedSpans(const Limits &limits)
{
    // Only a k-gram that a page prints once says where on that page a shared passage
    // is; one it repeats (a set phrase, a refrain) would pair every copy with every
    // copy on the other page, and chains would be lost among the false pairs.
    std::vector<PairHit> hits;
    std::vector<Posting> once;
    // The postings of one hash, by page and then position.
    auto pairUp = [&](const Posting *g, const Posting *e) {
        once.clear();
        for (const Posting *p = g; p != e; ++p) {
            const bool repeated = (p > g && (p - 1)->page == p->page) || (p + 1 < e && (p + 1)->page == p->page);
            if (!repeated)
                once.push_back(*p);
        }
        if (once.size() < 2 || once.size() > size_t(limits.maxPagesPerHash))
            return;
        const auto hit = [&](size_t i, size_t j) {
            hits.push_back(PairHit{once[i].page, once[j].page, once[i].position, once[j].position});
        };
        if (once.size() <= size_t(limits.allPairsUpTo)) {
            for (size_t i = 0; i < once.size(); ++i)
                for (size_t j = i + 1; j < once.size(); ++j)
                    hit(i, j);
            return;
        }
        // A k-gram on hundreds of pages (a wire story's reach): each page is paired with
        // the first few that print it and with its next neighbours, the same pages for
        // every k-gram of the story, so the pairs' chains still form and join every
        // printing, in hits that grow with the pages, not with their pairs.
        const size_t anchors = size_t(limits.anchorPages);
        for (size_t i = 0; i < once.size(); ++i) {
            for (size_t j = 0; j < anchors && j < i; ++j)
                hit(j, i);
            for (size_t j = std::max(i + 1, anchors); j < once.size() && j <= i + anchors; ++j)
                hit(i, j);
        }
    };
    if (m_pages.size() <= size_t(limits.mergeUpTo))
        mergeSortedPages(m_pages, pairUp);
    else
        sortAllPages(m_pages, pairUp);

    // By page pair, then by position on the first page (a page has one fingerprint at
    // a position, so no two hits of a pair share one).
    const std::uint64_t pageCount = m_pages.size();   // emptied, but still one per page
    if (pageCount <= 0x10000) {   // the pair's number fits in 32 bits
        radixSort(hits, [pageCount](const PairHit &h) {
            return ((std::uint64_t(h.pageA) * pageCount + std::uint64_t(h.pageB)) << 32) | std::uint32_t(h.a);
        });
    } else {
        std::sort(hits.begin(), hits.end(), [](const PairHit &x, const PairHit &y) {
            return std::tie(x.pageA, x.pageB, x.a) < std::tie(y.pageA, y.pageB, y.a);
        });
    }

    QList<SharedSpan> spans;
    for (size_t g = 0; g < hits.size();) {
        size_t e = g + 1;
        while (e < hits.size() && hits[e].pageA == hits[g].pageA && hits[e].pageB == hits[g].pageB)
            ++e;
        if (e - g >= size_t(limits.minFingerprints))
            chainHits(hits.data() + g, hits.data() + e, limits, spans);
        g = e;
    }
    return spans;
}

} // namespace Jiaokan::Core
