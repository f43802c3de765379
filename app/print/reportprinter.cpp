#include "reportprinter.h"

#include "differencestyle.h"
#include "pdftextlayer.h"
#include "reportfigures.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Jiaokan::App {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::App::ReportPrinter)
};

// The running header and the footer, above and below the body.
constexpr qreal HeaderMillimetres = 9;
constexpr qreal FooterMillimetres = 8;

QFont reportFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Serif SC"), QStringLiteral("serif")});
    font.setPointSizeF(points);
    // Glyphs straight from the cmap: the glyphs that shaping substitutes (the CJK face's
    // Latin digits, ligatures such as ﬀ) have no character to name them in the PDF's
    // text layer, and come back from it as nothing or as the ligature.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}
} // namespace

void ReportPrinter::layOut(QTextDocument *document, const Core::ReportDocument &report, QPagedPaintDevice *device)
{
    // Laid out at the device's resolution, so that what is measured is what prints.
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(reportFont(10));
    document->setDocumentMargin(0);
    const QRect paint = device->pageLayout().paintRectPixels(device->logicalDpiY());
    QString html = report.html;
    if (!report.figures.isEmpty()) {
        // An image's width in the layout is in pixels of a 96 dpi screen; the page is
        // rendered at 150 dpi, which prints sharp enough to read its type.
        const qreal mm = device->logicalDpiY() / 25.4;
        const QSizeF body(paint.width() * 96.0 / device->logicalDpiX(),
                          (paint.height() - (HeaderMillimetres + FooterMillimetres + 14) * mm) * 96.0 / device->logicalDpiY());
        ReportFigures::addTo(document, &html, report.figures, body, 120);
    }
    document->setHtml(html);
    DifferenceStyle::drawLines(document);
    const qreal mm = device->logicalDpiY() / 25.4;
    document->setPageSize(QSizeF(paint.width(), paint.height() - (HeaderMillimetres + FooterMillimetres) * mm));
}

int ReportPrinter::print(const Core::ReportDocument &report, QPagedPaintDevice *device, PdfTextLayer *textLayer)
{
    const QString &title = report.title, &versions = report.versions;
    QTextDocument document;
    layOut(&document, report, device);
    const QSizeF body = document.pageSize();
    const qreal mm = device->logicalDpiY() / 25.4;
    const qreal headerHeight = HeaderMillimetres * mm;
    const int pages = document.pageCount();

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = reportFont(8);
    // Header and footer in a Latin face first; CJK text falls back to the CJK face.
    QFont furniture = small;
    furniture.setFamilies(QStringList{QStringLiteral("DejaVu Sans")} + small.families());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(furniture);
        painter.setPen(Qt::black);
        const QRectF header(0, 0, body.width(), headerHeight - 2 * mm);
        const QString elidedTitle = painter.fontMetrics().elidedText(title, Qt::ElideRight, int(body.width() * 0.6));
        const QString pageNumber = Tr::tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, elidedTitle);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, versions);
        painter.drawLine(QPointF(0, headerHeight - 1.5 * mm), QPointF(body.width(), headerHeight - 1.5 * mm));
        painter.drawText(QRectF(0, headerHeight + body.height() + 2 * mm, body.width(), (FooterMillimetres - 2) * mm),
                         Qt::AlignHCenter | Qt::AlignTop, pageNumber);
        if (textLayer) {   // in the order drawn, which is the order of the PDF's glyphs
            if (page == 0) {
                textLayer->addText(elidedTitle, painter.font());
                textLayer->addText(versions, painter.font());
            }
            textLayer->addText(pageNumber, painter.font());
            if (page == 0)
                textLayer->addDocument(document);
        }

        painter.save();
        painter.translate(0, headerHeight - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A block that starts right at the next page's top touches this clip too, and
        // would be drawn here as well: hidden, but in the PDF's text layer.
        context.clip = clip.adjusted(0, 0, 0, -1);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

bool ReportPrinter::writePdf(const Core::ReportDocument &report, const QString &path, const PageSetup &setup,
                             QString *error, int *pages)
{
    const QString &title = report.title;
    QByteArray bytes;
    PdfTextLayer textLayer;
    int drawn = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Jiaokan"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(setup.size), setup.orientation, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        drawn = print(report, &pdf, &textLayer);
    }
    if (!textLayer.repair(&bytes, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = drawn;
    return true;
}

} // namespace Jiaokan::App
