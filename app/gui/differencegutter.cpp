#include "differencegutter.h"

#include <QPainter>
#include <QPainterPath>

namespace Jiaokan::App {

DifferenceGutter::DifferenceGutter(BandSource source, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("differenceGutter"));
    setFixedWidth(sizeHint().width());
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void DifferenceGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = width();
    for (const Band &b : m_source()) {
        if (std::max(b.bottomA, b.bottomB) < 0 || std::min(b.topA, b.topB) > height())
            continue;
        // Curved edges, as the bands of Meld and KDiff3.
        QPainterPath path;
        path.moveTo(0, b.topA);
        path.cubicTo(w / 2, b.topA, w / 2, b.topB, w, b.topB);
        path.lineTo(w, std::max(b.bottomB, b.topB + 1));
        path.cubicTo(w / 2, std::max(b.bottomB, b.topB + 1), w / 2, std::max(b.bottomA, b.topA + 1), 0,
                     std::max(b.bottomA, b.topA + 1));
        path.closeSubpath();
        QColor fill = b.colour;
        fill.setAlpha(b.current ? 230 : 140);
        painter.fillPath(path, fill);
        painter.setPen(QPen(b.colour.darker(b.current ? 200 : 140), b.current ? 1.5 : 1));
        painter.drawPath(path);
    }
}

} // namespace Jiaokan::App
