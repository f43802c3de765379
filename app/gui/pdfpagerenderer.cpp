#include "pdfpagerenderer.h"

#include "reportfigures.h"

#include "util/workerpool.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Jiaokan::App {

namespace {
struct Rendered {
    QImage image;
    QString error;
};
} // namespace

PdfPageRenderer::PdfPageRenderer(QObject *parent) : QObject(parent), m_images(KeptImages) {}

PdfPageRenderer::~PdfPageRenderer() = default;

QString PdfPageRenderer::keyOf(const QString &file, int page, int dpi)
{
    return QStringLiteral("%1\n%2\n%3").arg(file).arg(page).arg(dpi);
}

QImage PdfPageRenderer::image(const QString &file, int page, int dpi)
{
    const QString key = keyOf(file, page, dpi);
    if (const QImage *kept = m_images.object(key))
        return *kept;
    if (m_pending.contains(key))
        return {};
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<Rendered>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, file, page, dpi] {
        watcher->deleteLater();
        m_pending.remove(key);
        const Rendered r = watcher->result();
        if (r.image.isNull()) {
            emit failed(file, page, r.error);
            return;
        }
        m_images.insert(key, new QImage(r.image));
        emit rendered(file, page, dpi);
    });
    watcher->setFuture(QtConcurrent::run(Core::workerPool(), [file, page, dpi] {
        Rendered r;
        r.image = ReportFigures::renderPage(file, page, dpi, &r.error);
        return r;
    }));
    return {};
}

} // namespace Jiaokan::App
