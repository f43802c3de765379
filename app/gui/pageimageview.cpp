#include "pageimageview.h"

#include "pdfpagerenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>
#include <tuple>

namespace Jiaokan::App {

PageImageView::PageImageView(PdfPageRenderer *renderer, QWidget *parent)
    : QAbstractScrollArea(parent), m_renderer(renderer)
{
    setAccessibleName(tr("The printed page"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::PointingHandCursor);
    connect(renderer, &PdfPageRenderer::rendered, this, [this](const QString &file, int page, int dpi) {
        if (file == m_file && page == m_page && dpi == this->dpi()) {
            m_image = m_renderer->image(file, page, dpi);
            m_imageDpi = dpi;
            viewport()->update();
        }
    });
}

void PageImageView::setPage(const QString &file, int page, QSizeF size)
{
    if (file == m_file && page == m_page)
        return;
    m_file = file;
    m_page = page;
    m_size = size;
    m_image = {};
    m_imageDpi = 0;
    m_outlines.clear();
    m_marks.clear();
    m_focus.reset();
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    requestImage();
    viewport()->update();
}

void PageImageView::clearPage()
{
    setPage(QString(), 0, QSizeF());
}

void PageImageView::setOutlines(const QList<QRectF> &boxes)
{
    m_outlines = boxes;
    viewport()->update();
}

void PageImageView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    viewport()->update();
}

double PageImageView::scale() const
{
    if (m_pointScale > 0)
        return m_pointScale;
    return m_size.width() > 0 ? viewport()->width() / m_size.width() : 1.0;
}

void PageImageView::setPointScale(double pixelsPerPoint)
{
    m_pointScale = std::clamp(pixelsPerPoint, 0.0, 8.0);
    updateScrollBars();
    requestImage();
    viewport()->update();
}

void PageImageView::zoomBy(double factor)
{
    const QPointF middle((horizontalScrollBar()->value() + viewport()->width() / 2.0) / scale(),
                         (verticalScrollBar()->value() + viewport()->height() / 2.0) / scale());
    setPointScale(std::max(0.1, scale() * factor));
    centreOn(QRectF(middle, QSizeF(0, 0)));
}

int PageImageView::dpi() const
{
    const double exact = 72.0 * scale() * devicePixelRatioF();
    return std::max(12, int(std::ceil(exact / 12.0)) * 12);
}

void PageImageView::requestImage()
{
    if (m_file.isEmpty() || viewport()->width() <= 0)
        return;
    const QImage image = m_renderer->image(m_file, m_page, dpi());
    if (!image.isNull()) {
        m_image = image;
        m_imageDpi = dpi();
    }
}

void PageImageView::updateScrollBars()
{
    const QSize page(int(std::ceil(m_size.width() * scale())), int(std::ceil(m_size.height() * scale())));
    for (auto [bar, length, view] : {std::tuple(verticalScrollBar(), page.height(), viewport()->height()),
                                     std::tuple(horizontalScrollBar(), page.width(), viewport()->width())}) {
        bar->setRange(0, std::max(0, length - view));
        bar->setPageStep(view);
        bar->setSingleStep(std::max(1, view / 20));
    }
}

QRectF PageImageView::toView(const QRectF &box) const
{
    const double s = scale();
    return QRectF(box.left() * s - horizontalScrollBar()->value(), box.top() * s - verticalScrollBar()->value(),
                  box.width() * s, box.height() * s);
}

void PageImageView::centreOn(const QRectF &box)
{
    m_focus = box;   // kept in the middle when the view is laid out again
    const double s = scale();
    horizontalScrollBar()->setValue(int(box.center().x() * s - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(box.center().y() * s - viewport()->height() / 2.0));
}

void PageImageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool PageImageView::event(QEvent *event)
{
    // Its own zoom keys go to the printed page it shows, not to the window's Larger and
    // Smaller text, while it has the keyboard.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & Qt::ControlModifier)
            && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Equal || key->key() == Qt::Key_Minus
                || key->key() == Qt::Key_0)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void PageImageView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
            return zoomBy(1.25);
        if (event->key() == Qt::Key_Minus)
            return zoomBy(0.8);
        if (event->key() == Qt::Key_0)
            return setPointScale(0);
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PageImageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().mid());
    if (m_file.isEmpty())
        return;
    const QRectF page = toView(QRectF(QPointF(0, 0), m_size));
    if (m_image.isNull()) {
        p.fillRect(page, Qt::white);
        p.setPen(Qt::darkGray);
        p.drawText(page.intersected(QRectF(viewport()->rect())), Qt::AlignCenter, tr("Rendering the page…"));
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(page, m_image);
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (const Mark &m : std::as_const(m_marks)) {
        const QRectF r = toView(m.box).adjusted(-1, -1, 1, 1);
        QColor fill = m.fill;
        fill.setAlpha(m.current ? 150 : 95);
        p.fillRect(r, fill);
        p.setPen(QPen(m.line, m.current ? 2.5 : 1.2, m.style));
        p.drawRect(r);
    }
    p.setPen(QPen(palette().highlight().color(), 2));
    for (const QRectF &box : std::as_const(m_outlines))
        p.drawRect(toView(box).adjusted(-2, -2, 2, 2));
}

void PageImageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    requestImage();
    if (m_focus)
        centreOn(*m_focus);
}

void PageImageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PageImageView::mousePressEvent(QMouseEvent *event)
{
    const double s = scale();
    if (m_file.isEmpty() || s <= 0)
        return;
    m_focus.reset();
    const QPointF at = event->position();
    emit clicked(QPointF((at.x() + horizontalScrollBar()->value()) / s, (at.y() + verticalScrollBar()->value()) / s));
}

} // namespace Jiaokan::App
