#include "reportfigures.h"

#include "differencestyle.h"

#include "layout/pdfreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace Jiaokan::App {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::App::ReportFigures)
};
using RenderPage = bool (*)(const QString *, int, double, const QRect *, QImage *, QString *);
} // namespace

QImage ReportFigures::renderPage(const QString &file, int page, int dpi, QString *error, QRect tile)
{
    QString where;
    const auto render = reinterpret_cast<RenderPage>(Core::PdfReader::moduleFunction("jiaokanRenderPdfPage", &where));
    if (!render) {
        *error = Tr::tr("Jiaokan's PDF reader is not installed (looked in %1)").arg(where);
        return {};
    }
    QImage image;
    if (!render(&file, page, double(dpi), &tile, &image, error))
        return {};
    return image;
}

QImage ReportFigures::draw(const Core::ReportFigure &figure, int dpi, QString *error)
{
    QImage image = renderPage(figure.file, figure.page, dpi, error);
    if (image.isNull())
        return image;
    image = image.convertToFormat(QImage::Format_RGB32);
    const double s = dpi / 72.0;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(std::max(10, int(9 * s)));
    font.setBold(true);
    p.setFont(font);
    QList<int> numbered;
    for (const Core::ReportFigure::Mark &m : figure.marks) {
        const DifferenceStyle::Kind kind = m.kind;
        const QRectF r(m.box.left() * s - 1, m.box.top() * s - 1, m.box.width() * s + 2, m.box.height() * s + 2);
        QColor fill = DifferenceStyle::colour(kind);
        fill.setAlpha(110);
        p.fillRect(r, fill);
        p.setPen(QPen(DifferenceStyle::outlineColour(kind), std::max(1.5, 0.8 * s), DifferenceStyle::outline(kind, m.side)));
        p.drawRect(r);
        if (numbered.contains(m.number))
            continue;
        numbered.append(m.number);
        // The number on a white tab above the mark's first box, as in the report's text.
        const QString label = QString::number(m.number);
        const QRectF tab(r.left(), r.top() - p.fontMetrics().height(), p.fontMetrics().horizontalAdvance(label) + 6,
                         p.fontMetrics().height());
        p.fillRect(tab, Qt::white);
        p.setPen(QPen(DifferenceStyle::outlineColour(kind), 1));
        p.drawRect(tab);
        p.setPen(Qt::black);
        p.drawText(tab, Qt::AlignCenter, label);
    }
    return image;
}

void ReportFigures::addTo(QTextDocument *document, QString *html, const QList<Core::ReportFigure> &figures,
                          QSizeF room, int dpi)
{
    for (const Core::ReportFigure &f : figures) {
        QString error;
        const QImage image = draw(f, dpi, &error);
        const QString img = QStringLiteral("<img src=\"%1\"").arg(f.url);
        if (image.isNull()) {
            html->replace(img + QStringLiteral(" alt="), QStringLiteral("<span>%1</span><span ").arg(error.toHtmlEscaped()));
            continue;
        }
        document->addResource(QTextDocument::ImageResource, QUrl(f.url), image);
        const QSizeF size = f.size.scaled(room, Qt::KeepAspectRatio);
        html->replace(img, QStringLiteral("%1 width=\"%2\" height=\"%3\"").arg(img).arg(int(size.width())).arg(int(size.height())));
    }
}

QString ReportFigures::embed(const QString &html, const QList<Core::ReportFigure> &figures)
{
    QString out = html;
    for (const Core::ReportFigure &f : figures) {
        QString error;
        const QImage image = draw(f, 110, &error);
        const QString src = QStringLiteral("src=\"%1\"").arg(f.url);
        if (image.isNull()) {
            out.replace(src, QStringLiteral("src=\"\" title=\"%1\"").arg(error.toHtmlEscaped()));
            continue;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);   // a printed page: a tenth of its PNG
        out.replace(src, QStringLiteral("src=\"data:image/jpeg;base64,%1\" style=\"max-width:100%\"")
                             .arg(QString::fromLatin1(png.toBase64())));
    }
    return out;
}

} // namespace Jiaokan::App
