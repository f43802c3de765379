#pragma once

#include "annotate/annotation.h"

#include <QColor>
#include <QString>

namespace Jiaokan::App {

// How the interface shows a review status: its name, a colour for marks, and a short
// sign that still tells the statuses apart in black and white.
class ReviewStyle final
{
public:
    static QString name(Core::ReviewStatus status);
    static QColor colour(Core::ReviewStatus status);
    static QString sign(Core::ReviewStatus status);
    // "✓ Accepted — comment", for tooltips and the status column.
    static QString describe(const Core::Annotation &annotation);
};

} // namespace Jiaokan::App
