#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

namespace Jiaokan::App {

// Renders pages of PDFs on worker threads (Poppler, through Jiaokan's PDF module) and
// keeps the last few images, so that a page view never renders on the window's thread
// and a page scrolled back to is there at once. Images not asked for again are let go.
class PdfPageRenderer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int KeptImages = 6;

    explicit PdfPageRenderer(QObject *parent = nullptr);
    ~PdfPageRenderer() override;

    // The image of page (1-based) of file at dpi if it is kept; otherwise a null image,
    // and rendered() follows.
    QImage image(const QString &file, int page, int dpi);

signals:
    void rendered(const QString &file, int page, int dpi);
    void failed(const QString &file, int page, const QString &error);

private:
    static QString keyOf(const QString &file, int page, int dpi);
    QCache<QString, QImage> m_images;
    QSet<QString> m_pending;
};

} // namespace Jiaokan::App
