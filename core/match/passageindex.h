#pragma once

#include "analysis/sharedspan.h"
#include "analysis/winnower.h"

#include <QList>

#include <array>
#include <vector>

namespace Jiaokan::Core {

// An inverted index of the fingerprints of many pages. It finds every pair of pages
// that share a passage without comparing every pair: only pages with a fingerprint in
// common are ever put side by side, so the cost grows with the text shared, not with
// the square of the number of pages.
class PassageIndex final
{
public:
    struct Limits {
        int k = Winnower::DefaultK;   // the k-gram length the fingerprints were made with
        int minFingerprints = 5;      // a chain shorter than this is chance, or a set phrase
        qsizetype maxGap = 1000;      // key elements between neighbours in one chain
        int maxPagesPerHash = 1000;   // k-grams on more pages are boilerplate; skipped
        // A k-gram on up to this many pages pairs them all; on more, each page pairs
        // with the first anchorPages of them and its anchorPages next neighbours.
        int allPairsUpTo = 32;
        int anchorPages = 3;
        // Up to this many pages, their sorted fingerprints are merged; beyond, sorted
        // all together. The spans are the same either way.
        int mergeUpTo = 64;
    };

    explicit PassageIndex(int pageCount);

    // Safe to call from several threads for different pages; sorts them on the
    // caller's thread.
    void setFingerprints(int page, std::vector<Fingerprint> fingerprints);
    // Forgets the page's fingerprints whose k-gram lies wholly inside one of ranges
    // ([start, end) of the match text): its boilerplate, which no page may be paired by.
    void dropFingerprints(int page, const std::vector<std::pair<qint32, qint32>> &ranges, int k = Winnower::DefaultK);

    // Every span shared by two pages. The index gives up its fingerprints to find them
    // (a long page has hundreds of thousands), so this is asked once.
    QList<SharedSpan> takeSharedSpans();
    QList<SharedSpan> takeSharedSpans(const Limits &limits);

private:
    std::vector<std::vector<Fingerprint>> m_pages;
};

} // namespace Jiaokan::Core
