#pragma once

#include "annotate/annotation.h"
#include "diff/difference.h"
#include "report/reportoptions.h"

#include <QList>
#include <QString>

#include <utility>

namespace Jiaokan::Core {

// The pieces every report is made of, in its two flavours (ReportOptions::forPrint):
// the document head, the title block, tables, number marks and status signs.
class ReportMarkup final
{
public:
    // "<!DOCTYPE html>…<body><h1>title</h1>"; the standalone flavour carries its style sheet.
    static QString head(const QString &title, const ReportOptions &options);
    static QString tail() { return QStringLiteral("</body>\n</html>\n"); }
    // The title block: the versions (label, text), then the options, what is shown, the
    // date of printing and the key to the marks.
    static QString titleBlock(const QList<std::pair<QString, QString>> &versions, const ReportOptions &options);
    // An opening <table> for the class (text, apparatus, meta).
    static QString table(const QString &cssClass, const ReportOptions &options);
    // A difference's or location's number in the text, with its status's sign.
    static QString number(int index, const std::optional<Annotation> &annotation, const ReportOptions &options);
    static QString gapMark(const ReportOptions &options);
    static QString statusSign(ReviewStatus status);
    static QString statusName(ReviewStatus status);
    // "✗B error in B", or "unreviewed".
    static QString statusText(const std::optional<Annotation> &annotation);
    static QString className(DifferenceClass kind);
    // A reading in the apparatus: escaped, line breaks as ¶, "(none)" when empty.
    static QString reading(const QString &text);
    static QString comment(const std::optional<Annotation> &annotation);
    static QString paragraph(const QString &html, bool heading, const ReportOptions &options);
};

} // namespace Jiaokan::Core
