#pragma once

#include "annotate/annotation.h"
#include "annotate/sourcetext.h"
#include "collate/collation.h"
#include "diff/passagecomparison.h"
#include "analysis/analyzedpage.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace Jiaokan::Core {

// Where an annotation stands in what is shown now.
struct Placement {
    enum class State {
        Attached,   // on a difference (or location) shown now
        Hidden,     // its text is there, but no difference is: the options hide it, or
                    // its pages are not compared or collated now
        Orphaned,   // its page is not open, or its text is gone from the page
    };
    State state = State::Orphaned;
    int passage = -1;    // Attached to a difference: which passage and difference
    int item = -1;       // the difference, or the collation's location
};

// Makes annotations for the differences and locations shown, and finds each
// annotation's difference again in a new comparison: its anchors are found in the pages'
// text, and the difference (location) they overlap on every anchored page is its.
class AnnotationPlacer final
{
public:
    // pages[i] is the analysed page whose path is paths[i]; null pages are not open.
    AnnotationPlacer(QStringList paths, std::vector<std::shared_ptr<const AnalyzedPage>> pages);

    Annotation forDifference(const PassageComparison &passage, int difference) const;
    Annotation forLocation(const Collation &collation, int location) const;

    // Places every annotation: difference annotations on the passages, location ones on
    // the collation, when one is shown.
    QList<Placement> place(const QList<Annotation> &annotations, const QList<PassageComparison> &passages,
                           const Collation *collation = nullptr) const;

    // Where an annotation also shows, beyond where it is placed: an annotation belongs to
    // the reading at that place of the story, so a verdict on 阔/淡 made in 001 ↔ 002
    // shows at 淡 in 003 ↔ 002 and at that location of the story's collation. The
    // difference of passage (the location of collation) at the reading of a page the
    // annotation is anchored on, or nothing.
    std::optional<int> sameReading(const Annotation &annotation, const PassageComparison &passage) const;
    std::optional<int> sameReading(const Annotation &annotation, const Collation &collation) const;

private:
    using Range = std::pair<qsizetype, qsizetype>;
    const SourceText &source(int page) const;
    Range rangeOf(int page, qsizetype keyStart, qsizetype keyEnd) const;
    std::optional<Range> locate(int page, const TextAnchor &anchor) const;

    QStringList m_paths;
    std::vector<std::shared_ptr<const AnalyzedPage>> m_pages;
    mutable QHash<int, SourceText> m_sources;
};

} // namespace Jiaokan::Core
