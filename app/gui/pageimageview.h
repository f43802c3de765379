#pragma once

#include <QAbstractScrollArea>
#include <QImage>

#include <optional>

namespace Jiaokan::App {

class PdfPageRenderer;

// A printed page as the PDF shows it, fitted to the view's width and scrolled down
// its length, rendered off the window's thread at the screen's resolution. It outlines
// the boxes of what the reader has chosen, marks differences where they are printed,
// and says where on the page the user clicked.
class PageImageView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Mark {
        QRectF box;           // PDF points
        QColor fill;
        QColor line;
        Qt::PenStyle style = Qt::SolidLine;
        bool current = false;
    };

    PageImageView(PdfPageRenderer *renderer, QWidget *parent = nullptr);

    void setPage(const QString &file, int page, QSizeF size);
    void clearPage();
    bool hasPage() const { return !m_file.isEmpty(); }
    const QString &file() const { return m_file; }
    int pageNumber() const { return m_page; }
    bool isRendered() const { return !m_image.isNull() && m_imageDpi == dpi(); }

    void setOutlines(const QList<QRectF> &boxes);
    const QList<QRectF> &outlines() const { return m_outlines; }
    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    // Scrolls so that box (PDF points) is in the middle of the view, if it can be.
    void centreOn(const QRectF &box);
    // How large the page is drawn: 0 fits its width to the view; otherwise view pixels
    // per PDF point. Ctrl+wheel and Ctrl+plus/minus change it, Ctrl+0 fits again.
    void setPointScale(double pixelsPerPoint);
    double pointScale() const { return m_pointScale; }
    QRectF toView(const QRectF &box) const;   // viewport coordinates

signals:
    void clicked(QPointF point);   // PDF points

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double scale() const;   // view pixels per PDF point
    int dpi() const;        // device pixels per inch, in steps so a resize re-renders seldom
    void requestImage();
    void updateScrollBars();
    void zoomBy(double factor);

    PdfPageRenderer *m_renderer;
    QString m_file;
    int m_page = 0;
    QSizeF m_size;
    QImage m_image;         // the latest rendered, perhaps at another resolution
    int m_imageDpi = 0;
    QList<QRectF> m_outlines;
    QList<Mark> m_marks;
    double m_pointScale = 0;
    std::optional<QRectF> m_focus;   // what centreOn was last asked to show
};

} // namespace Jiaokan::App
