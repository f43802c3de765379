#include "overviewruler.h"

#include <QMouseEvent>
#include <QPainter>

namespace Jiaokan::App {

namespace {
// Short differences still get a mark a finger can hit.
constexpr int MinMarkHeight = 3;
constexpr int Margin = 2;
} // namespace

OverviewRuler::OverviewRuler(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewRuler"));
    setAccessibleName(tr("Where the differences are in the whole passage"));
    setFixedWidth(sizeHint().width());
    setCursor(Qt::PointingHandCursor);
}

void OverviewRuler::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Where the differences are in the whole passage"));
    QWidget::changeEvent(event);
}

void OverviewRuler::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    m_current = -1;
    update();
}

void OverviewRuler::setVisibleRange(double start, double end)
{
    m_visibleStart = start;
    m_visibleEnd = end;
    update();
}

void OverviewRuler::setCurrent(int mark)
{
    m_current = mark;
    update();
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int span = height() - 2 * Margin;
    auto yOf = [&](double share) { return Margin + int(share * span); };
    // The part the panes show.
    QColor view = palette().highlight().color();
    view.setAlpha(50);
    painter.fillRect(QRect(0, yOf(m_visibleStart), width(), std::max(2, yOf(m_visibleEnd) - yOf(m_visibleStart))), view);
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &m = m_marks.at(i);
        const QRect r(2, yOf(m.start), width() - 4, std::max(MinMarkHeight, yOf(m.end) - yOf(m.start)));
        painter.fillRect(r, m.colour);
        painter.setPen(m.colour.darker(i == m_current ? 250 : 150));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        if (m.annotation.isValid()) {
            // A reviewed difference: its right half in the status's colour, edged in black
            // so that it shows in grey too.
            const QRect half = r.adjusted(r.width() / 2, 0, 0, 0);
            painter.fillRect(half, m.annotation);
            painter.setPen(Qt::black);
            painter.drawRect(half.adjusted(0, 0, -1, -1));
        }
    }
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

int OverviewRuler::markAt(int y) const
{
    const int span = height() - 2 * Margin;
    int best = -1;
    int bestDistance = MinMarkHeight + 2;
    for (int i = 0; i < m_marks.size(); ++i) {
        const int top = Margin + int(m_marks[i].start * span);
        const int bottom = std::max(top + MinMarkHeight, Margin + int(m_marks[i].end * span));
        const int distance = y < top ? top - y : (y > bottom ? y - bottom : 0);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    const int span = std::max(1, height() - 2 * Margin);
    const int y = int(event->position().y());
    emit clicked(std::clamp(double(y - Margin) / span, 0.0, 1.0), markAt(y));
}

} // namespace Jiaokan::App
