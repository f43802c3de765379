#pragma once

#include "report/reportmarkup.h"

#include <QImage>

class QTextDocument;

namespace Jiaokan::App {

// The printed pages a report shows (ReportFigure): rendered through Jiaokan's PDF
// module, each difference drawn on the page as the comparison view draws it, with its
// number beside it, so the printed report points at the error where it was printed.
class ReportFigures final
{
public:
    // A PDF page as an image, or the tile of it (device pixels at dpi) when tile is not
    // empty (the page views render through this too).
    static QImage renderPage(const QString &file, int page, int dpi, QString *error, QRect tile = {});
    // The figure's page at dpi, its differences marked and numbered.
    static QImage draw(const Core::ReportFigure &figure, int dpi, QString *error);
    // For print: each figure an image resource of document, as large as fits in room
    // (the page body under its heading, in the layout's 96-dpi units); html's <img> get
    // that size. Pages that cannot be rendered are said so in place of the image.
    static void addTo(QTextDocument *document, QString *html, const QList<Core::ReportFigure> &figures,
                      QSizeF room, int dpi);
    // For standalone HTML: each figure a PNG in a data: URL.
    static QString embed(const QString &html, const QList<Core::ReportFigure> &figures);
};

} // namespace Jiaokan::App
