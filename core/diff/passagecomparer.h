#pragma once

#include "analysis/compareoptions.h"
#include "diff/passagecomparison.h"
#include "analysis/analyzedpage.h"
#include "analysis/sharedspan.h"
#include "diff/hunk.h"

#include <optional>

namespace Jiaokan::Core {

// Turns the spans two pages appear to share into passages and their differences.
// Each span is widened to the stories it falls in; the two stories are diffed on the
// diff keys; the passage is where their long common runs are, so a story that one page
// carries only from its continuation yields the shared part, and the rest is "only".
class PassageComparer final
{
public:
    struct Limits {
        qsizetype minRun = 8;          // a common run this long is evidence of shared text
        qsizetype minShared = 40;      // key elements in such runs that a passage needs
        double minCoverage = 0.5;      // and the share of the shorter side they must cover
        qsizetype maxInnerGap = 300;   // longer stretches without a long run split passages
        qsizetype context = 10;        // characters of context before and after
    };

    PassageComparer(const AnalyzedPage &a, const AnalyzedPage &b, const CompareOptions &options);

    // Spans are in the pages' match keys, side A on page a. The passages come back in
    // side A's order with page = {0, 1}; the caller renumbers them.
    QList<PassageComparison> compare(const QList<SharedSpan> &spans) const;
    QList<PassageComparison> compare(const QList<SharedSpan> &spans, const Limits &limits) const;
    // The whole of page a against the whole of page b, as one passage, whatever they
    // share: what diff --whole shows, and what diff shows of two texts of one story each
    // that the matcher pairs only in part or not at all.
    PassageComparison compareWhole() const;
    // Stretch [start, end) of page a's diff key against that of page b's, as one
    // passage: two stories, or any two passages, the user chose.
    PassageComparison compareRanges(std::array<qsizetype, SideCount> start, std::array<qsizetype, SideCount> end) const;

private:
    struct Region {
        std::array<qsizetype, SideCount> start{};
        std::array<qsizetype, SideCount> end{};
    };

    // A hunk after cleanup, with its class when its place decides it (dateline, heading).
    struct Change {
        Hunk hunk;
        std::optional<DifferenceClass> kind;
    };
    struct KeyRange {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    const AnalyzedPage &page(Side s) const { return *m_pages[s]; }
    const ComparisonKey &key(Side s) const { return m_pages[s]->diffKey; }
    Region regionOf(const SharedSpan &span) const;
    QList<PassageComparison> compareRegion(const Region &region, const Limits &limits) const;
    QList<Change> cleanUp(const QList<Hunk> &hunks) const;
    Difference describe(const Change &change, qsizetype context) const;
    std::optional<KeyRange> datelineAt(Side s, int rank) const;
    bool widenToDateline(Hunk &hunk) const;
    bool widenToHeading(Hunk &hunk) const;
    void markStoryBreaks(PassageComparison &p) const;

    std::array<const AnalyzedPage *, SideCount> m_pages;
    CompareOptions m_options;
};

} // namespace Jiaokan::Core
