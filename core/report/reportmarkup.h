#pragma once

#include "annotate/annotation.h"
#include "diff/difference.h"
#include "diff/differencelook.h"
#include "report/reportoptions.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>

namespace Jiaokan::Core {

struct AnalyzedPage;

// A printed page shown in a report with its differences marked and numbered: the HTML
// holds <img src="url">, and whoever lays the report out renders the page for it.
struct ReportFigure {
    QString url;          // jiaokan-figure:N
    QString file;         // the PDF
    int page = 1;         // its page, 1-based
    QSizeF size;          // the page's, in points
    struct Mark {
        QRectF box;       // PDF points
        int number = 0;   // the difference's, as the report numbers it
        Side side = SideA;
        DifferenceLook::Kind kind = DifferenceLook::Kind::Changed;
    };
    QList<Mark> marks;
};

// A report ready to save or print: its HTML, what the running header of printed
// pages shows, and the printed pages it shows.
struct ReportDocument {
    QString title;        // the story's headline
    QString versions;     // "001 ↔ 002", "001, 002, 000 (base 002)"
    QString html;
    QList<ReportFigure> figures;
};

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
    // The opening tag of a difference's mark (DifferenceLook), closed by </span>.
    static QString markOpen(DifferenceLook::Kind kind, bool annotated, const ReportOptions &options);
    static QString statusSign(ReviewStatus status);
    static QString statusName(ReviewStatus status);
    // "✗B error in B", or "unreviewed".
    static QString statusText(const std::optional<Annotation> &annotation);
    static QString className(DifferenceClass kind);
    // A reading in the apparatus: escaped, line breaks as ¶, "(none)" when empty.
    static QString reading(const QString &text);
    static QString comment(const std::optional<Annotation> &annotation);
    static QString paragraph(const QString &html, bool heading, const ReportOptions &options);

    // Markup to put into blocks' text, by block: at an offset, closing tags go in before
    // insertions, insertions before opening tags.
    struct Insert {
        int offset = 0;
        int order = 0;   // 0 closes, 1 stands alone, 2 opens
        QString html;
    };
    using Inserts = QHash<int, QList<Insert>>;
    // Wraps the page's key range [start, end) in open … close (close, and then after,
    // at its end); a range over several blocks is wrapped in each.
    static void markRange(const AnalyzedPage &page, qsizetype start, qsizetype end, const QString &open,
                          const QString &after, Inserts *inserts);
    // Puts html where key position at is (after the last element, at the key's end).
    static void markPoint(const AnalyzedPage &page, qsizetype at, const QString &html, Inserts *inserts);
    // The block's text escaped, with its inserts.
    static QString markedText(const QString &text, QList<Insert> inserts);
};

} // namespace Jiaokan::Core
