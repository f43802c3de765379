#include "annotate/annotationplacer.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Jiaokan::Core {

namespace {

using Range = std::pair<qsizetype, qsizetype>;

// How far apart two ranges are (0 when they overlap or touch), and how much they
// overlap; an empty range touching the other counts as meeting it.
qsizetype gap(Range a, Range b)
{
    if (a.second < b.first)
        return b.first - a.second;
    if (b.second < a.first)
        return a.first - b.second;
    return 0;
}

qsizetype overlap(Range a, Range b)
{
    return std::max<qsizetype>(0, std::min(a.second, b.second) - std::max(a.first, b.first));
}

// Whether a difference's range is the anchor's: they share text, or one is a point (an
// insertion) where the other is. Ranges that only touch are neighbours, not the same.
bool meets(Range a, Range b)
{
    const bool point = a.first == a.second || b.first == b.second;
    return overlap(a, b) > 0 || (point && gap(a, b) == 0);
}

} // namespace

AnnotationPlacer::AnnotationPlacer(QStringList paths, std::vector<std::shared_ptr<const AnalyzedPage>> pages)
    : m_paths(std::move(paths))
    , m_pages(std::move(pages))
{
}

const SourceText &AnnotationPlacer::source(int page) const
{
    auto it = m_sources.find(page);
    if (it == m_sources.end())
        it = m_sources.insert(page, SourceText(m_pages[size_t(page)]->page.source));
    return *it;
}

AnnotationPlacer::Range AnnotationPlacer::rangeOf(int page, qsizetype keyStart, qsizetype keyEnd) const
{
    return source(page).rangeOf(*m_pages[size_t(page)], keyStart, keyEnd);
}

std::optional<AnnotationPlacer::Range> AnnotationPlacer::locate(int page, const TextAnchor &anchor) const
{
    return anchor.find(source(page));
}

Annotation AnnotationPlacer::forDifference(const PassageComparison &passage, int difference) const
{
    const Difference &d = passage.differences.at(difference);
    Annotation a;
    a.id = Annotation::newId();
    a.target = Annotation::Target::Difference;
    a.modified = QDateTime::currentDateTimeUtc();
    for (int s = 0; s < SideCount; ++s) {
        const auto [start, end] = rangeOf(passage.page[s], d.keyStart[s], d.keyEnd[s]);
        a.anchors.append({m_paths.at(passage.page[s]), TextAnchor::of(source(passage.page[s]), start, end)});
    }
    return a;
}

Annotation AnnotationPlacer::forLocation(const Collation &collation, int location) const
{
    const Collation::Location &l = collation.locations.at(location);
    const int page = collation.witnesses.at(collation.base).page;
    const auto [start, end] = rangeOf(page, l.baseStart, l.baseEnd);
    Annotation a;
    a.id = Annotation::newId();
    a.target = Annotation::Target::Location;
    a.modified = QDateTime::currentDateTimeUtc();
    a.anchors.append({m_paths.at(page), TextAnchor::of(source(page), start, end)});
    return a;
}

QList<Placement> AnnotationPlacer::place(const QList<Annotation> &annotations,
                                         const QList<PassageComparison> &passages, const Collation *collation) const
{
    QList<Placement> placements;
    placements.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        Placement placement;
        // Find every anchor in its page first: a page not open, or text no longer
        // there, orphans the annotation whatever is compared.
        QList<int> pages;
        QList<Range> ranges;
        for (const Annotation::Anchor &anchor : annotation.anchors) {
            const int page = int(m_paths.indexOf(anchor.page));
            const auto range = page >= 0 && m_pages[size_t(page)] ? locate(page, anchor.text) : std::nullopt;
            if (!range)
                break;
            pages.append(page);
            ranges.append(*range);
        }
        if (pages.isEmpty() || pages.size() != annotation.anchors.size()) {
            placements.append(placement);
            continue;
        }
        placement.state = Placement::State::Hidden;

        // The best candidate overlaps most, then lies nearest, then has the annotation's
        // page A on its side A (a comparison and the same with its sides swapped).
        qsizetype bestOverlap = -1, bestGap = std::numeric_limits<qsizetype>::max();
        bool bestInOrder = false;
        const auto consider = [&](qsizetype overlapped, qsizetype apart, int passage, int item, bool inOrder = true) {
            if (overlapped > bestOverlap || (overlapped == bestOverlap && apart < bestGap)
                || (overlapped == bestOverlap && apart == bestGap && inOrder && !bestInOrder)) {
                bestOverlap = overlapped;
                bestGap = apart;
                bestInOrder = inOrder;
                placement = {Placement::State::Attached, passage, item};
            }
        };
        if (annotation.target == Annotation::Target::Difference && pages.size() == SideCount) {
            for (int p = 0; p < passages.size(); ++p) {
                const PassageComparison &passage = passages[p];
                // The annotation's page A may be the passage's side A or B.
                std::array<int, SideCount> side{};
                if (passage.page[SideA] == pages[0] && passage.page[SideB] == pages[1])
                    side = {SideA, SideB};
                else if (passage.page[SideA] == pages[1] && passage.page[SideB] == pages[0])
                    side = {SideB, SideA};
                else
                    continue;
                for (int i = 0; i < passage.differences.size(); ++i) {
                    const Difference &d = passage.differences[i];
                    qsizetype overlapped = 0, apart = 0;
                    bool met = true;
                    for (int k = 0; k < SideCount && met; ++k) {
                        const int s = side[size_t(k)];
                        const Range r = rangeOf(passage.page[s], d.keyStart[s], d.keyEnd[s]);
                        met = meets(r, ranges[k]);
                        overlapped += overlap(r, ranges[k]);
                        apart += std::abs(r.first - ranges[k].first) + std::abs(r.second - ranges[k].second);
                    }
                    if (met)
                        consider(overlapped, apart, p, i, side[0] == SideA);
                }
            }
        } else if (annotation.target == Annotation::Target::Location && collation
                   && collation->witnesses.value(collation->base).page == pages[0]) {
            const int page = pages[0];
            for (int i = 0; i < collation->locations.size(); ++i) {
                const Collation::Location &l = collation->locations[i];
                const Range r = rangeOf(page, l.baseStart, l.baseEnd);
                if (meets(r, ranges[0]))
                    consider(overlap(r, ranges[0]),
                             std::abs(r.first - ranges[0].first) + std::abs(r.second - ranges[0].second), -1, i);
            }
        }
        placements.append(placement);
    }
    return placements;
}

} // namespace Jiaokan::Core

namespace Jiaokan::Core {

std::optional<int> AnnotationPlacer::sameReading(const Annotation &annotation, const PassageComparison &passage) const
{
    std::optional<int> best;
    qsizetype bestOverlap = -1;
    for (const Annotation::Anchor &anchor : annotation.anchors) {
        const int page = int(m_paths.indexOf(anchor.page));
        if (page < 0 || !m_pages[size_t(page)])
            continue;
        for (int s = 0; s < SideCount; ++s) {
            if (passage.page[s] != page)
                continue;
            const auto range = locate(page, anchor.text);
            if (!range)
                continue;
            for (int i = 0; i < passage.differences.size(); ++i) {
                const Difference &d = passage.differences[i];
                const Range r = rangeOf(page, d.keyStart[s], d.keyEnd[s]);
                if (meets(r, *range) && overlap(r, *range) > bestOverlap) {
                    bestOverlap = overlap(r, *range);
                    best = i;
                }
            }
        }
    }
    return best;
}

std::optional<int> AnnotationPlacer::sameReading(const Annotation &annotation, const Collation &collation) const
{
    if (collation.witnesses.isEmpty())
        return std::nullopt;
    const int base = collation.witnesses.value(collation.base).page;
    std::optional<int> best;
    qsizetype bestOverlap = -1;
    for (const Annotation::Anchor &anchor : annotation.anchors) {
        if (int(m_paths.indexOf(anchor.page)) != base || !m_pages[size_t(base)])
            continue;
        const auto range = locate(base, anchor.text);
        if (!range)
            continue;
        for (int i = 0; i < collation.locations.size(); ++i) {
            const Collation::Location &l = collation.locations[i];
            const Range r = rangeOf(base, l.baseStart, l.baseEnd);
            if (meets(r, *range) && overlap(r, *range) > bestOverlap) {
                bestOverlap = overlap(r, *range);
                best = i;
            }
        }
    }
    return best;
}

} // namespace Jiaokan::Core
