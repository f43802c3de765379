#pragma once

#include "annotate/annotation.h"
#include "analysis/compareoptions.h"

#include <QDateTime>

#include <optional>

namespace Jiaokan::Core {

// What a printed or exported report shows.
struct ReportOptions {
    enum class Filter {
        All,         // every difference
        Annotated,   // only those with an annotation
        Status,      // only those with status (unannotated ones are unreviewed)
    };
    Filter filter = Filter::All;
    ReviewStatus status = ReviewStatus::Unreviewed;
    CompareOptions compare;        // the options in force, for the title block
    QDateTime printed = QDateTime::currentDateTime();
    // HTML for Qt's text layout (tables sized by attributes, no style sheet), which
    // the PDF and the printer draw; otherwise standalone HTML5 with a style sheet.
    bool forPrint = false;
    // Each printed page of a passage read from a PDF, with its differences marked.
    bool printedPages = false;

    bool includes(const std::optional<Annotation> &annotation) const
    {
        switch (filter) {
        case Filter::All: return true;
        case Filter::Annotated: return annotation.has_value();
        case Filter::Status: return (annotation ? annotation->status : ReviewStatus::Unreviewed) == status;
        }
        return true;
    }
};

} // namespace Jiaokan::Core
