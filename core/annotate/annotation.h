#pragma once

#include "annotate/textanchor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Jiaokan::Core {

// An editor's verdict on a difference.
enum class ReviewStatus {
    Unreviewed,
    Accepted,    // a legitimate change: nothing to correct
    ErrorInA,    // the first version (in a collation: the base) is wrong
    ErrorInB,    // the second version (in a collation: a witness) is wrong
    Query,       // to be checked
};
inline constexpr int ReviewStatusCount = 5;

// The names project files and the CLI use: unreviewed, accepted, error-in-a…
QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);

// A status and comment on one difference between two pages, or on one variant location
// of a collation, held by the text of the pages rather than by the difference's number,
// which changes whenever the options or the pages do.
struct Annotation {
    enum class Target { Difference, Location };
    struct Anchor {
        QString page;        // the page's path as opened (PageText::path)
        TextAnchor text;
        friend bool operator==(const Anchor &, const Anchor &) = default;
    };

    QString id;              // unique and stable: what undo and the project file refer to
    Target target = Target::Difference;
    // A difference: where it is in page A, then in page B. A location: where it is in
    // the collation's base.
    QList<Anchor> anchors;
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString comment;
    QDateTime modified;

    // "阔 → 淡": the readings the annotation was made on.
    QString readings() const;
    // Unreviewed and without a comment: nothing worth keeping.
    bool isBlank() const { return status == ReviewStatus::Unreviewed && comment.isEmpty(); }
    static QString newId();

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Jiaokan::Core
