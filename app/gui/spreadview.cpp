#include "spreadview.h"

#include "pagelibrarymodel.h"

#include <QHash>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
constexpr int Dot = 10;
constexpr int Gap = 4;
constexpr int Margin = 6;
} // namespace

SpreadView::SpreadView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spreadView"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize SpreadView::sizeHint() const
{
    const int rows = m_papers.isEmpty() ? 4 : int(m_papers.size());
    return {400, m_keyHeight + Margin * 2 + std::min(rows, 12) * (Dot + Gap)};
}

QList<SpreadView::Printing> SpreadView::printingsOf(const Collation &collation, const PageLibraryModel &library)
{
    QList<Printing> printings;
    for (const Collation::Witness &w : collation.witnesses) {
        const PageMetadata &meta = library.page(w.page).source.metadata;
        printings.append({meta.paper, meta.date.left(10)});
    }
    return printings;
}

void SpreadView::show(const Collation &collation, const QList<Printing> &printings)
{
    m_collation = collation;
    m_printings = printings;
    m_printings.resize(collation.witnesses.size());
    // Dates across and papers down, when every printing says them; a page that says
    // nothing goes under "—".
    QSet<QString> dates, papers;
    for (const Printing &p : std::as_const(m_printings)) {
        dates.insert(p.date);
        papers.insert(p.paper);
    }
    const bool dated = !(dates.size() == 1 && dates.contains(QString()));
    const bool named = !(papers.size() == 1 && papers.contains(QString()));
    m_dates = dated ? QStringList(dates.begin(), dates.end()) : QStringList();
    m_papers = named ? QStringList(papers.begin(), papers.end()) : QStringList();
    std::sort(m_dates.begin(), m_dates.end());
    std::sort(m_papers.begin(), m_papers.end());
    setLocation(collation.locations.isEmpty() ? -1 : 0);
    updateGeometry();
}

void SpreadView::clear()
{
    show(Collation{}, {});
}

void SpreadView::setLocation(int location)
{
    m_location = location >= 0 && location < m_collation.locations.size() ? location : -1;
    m_readingOf = QList<int>(m_collation.witnesses.size(), -1);
    if (m_location >= 0) {
        const Collation::Location &l = m_collation.locations[m_location];
        for (int r = 0; r < l.readings.size(); ++r)
            for (int w : l.readings[r].witnesses)
                if (w >= 0 && w < m_readingOf.size())
                    m_readingOf[w] = r;
    }
    layOut();
    update();
}

QColor SpreadView::colourOf(int reading) const
{
    // The base's reading first, then the others in hues far apart; a lacking printing
    // is hollow grey.
    static const QColor colours[] = {QColor(0x5b, 0x7f, 0xa6), QColor(0xe0, 0x7b, 0x1f), QColor(0x3a, 0x9d, 0x4c),
                                     QColor(0xb0, 0x3a, 0x8e), QColor(0xc8, 0x3d, 0x3d), QColor(0x8c, 0x6d, 0x2f)};
    return reading < 0 ? palette().color(QPalette::Disabled, QPalette::Text)
                       : colours[size_t(reading) % std::size(colours)];
}

QString SpreadView::keyText(int reading) const
{
    const QList<Collation::Reading> &readings = m_collation.locations[m_location].readings;
    const Collation::Reading &r = readings[reading];
    if (r.text.isEmpty())
        return tr("%1 ×%2").arg(tr("(omitted)")).arg(r.witnesses.size());
    // A long reading (a headline, a sentence) shown where it differs from the others,
    // with a little of what they share around it: 普京会谈, not 习近平同俄罗斯总统普京会.
    constexpr qsizetype Shown = 12, Context = 3;
    QString text = r.text;
    if (text.size() > Shown) {
        qsizetype prefix = text.size(), suffix = text.size();
        for (const Collation::Reading &other : readings) {
            if (other.text.isEmpty() || &other == &r)
                continue;
            qsizetype p = 0, q = 0;
            while (p < text.size() && p < other.text.size() && text[p] == other.text[p])
                ++p;
            while (q < text.size() - p && q < other.text.size() - p && text[text.size() - 1 - q] == other.text[other.text.size() - 1 - q])
                ++q;
            prefix = std::min(prefix, p);
            suffix = std::min(suffix, q);
        }
        const qsizetype start = std::max<qsizetype>(0, std::min(prefix, text.size()) - Context);
        const qsizetype end = std::min(text.size(), text.size() - std::min(suffix, text.size()) + Context);
        QString middle = text.mid(start, std::min(end - start, Shown));
        text = (start > 0 ? u"…"_s : QString()) + middle + (start + middle.size() < text.size() ? u"…"_s : QString());
    }
    return tr("%1 ×%2").arg(text).arg(r.witnesses.size());
}

void SpreadView::layOut()
{
    const QFontMetrics metrics = fontMetrics();
    m_keyHeight = metrics.height() + Gap;
    m_labelWidth = 0;
    for (const QString &paper : std::as_const(m_papers))
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(paper.isEmpty() ? QStringLiteral("—") : paper));
    if (!m_papers.isEmpty())
        m_labelWidth += Gap;
    const int top = Margin + m_keyHeight + (m_dates.isEmpty() ? 0 : metrics.height());
    const int left = Margin + m_labelWidth;
    const int perRow = std::max(1, (width() - left - Margin) / (Dot + Gap));
    m_dots = QList<QRect>(m_collation.witnesses.size());
    // Printings of one paper and date side by side in their cell.
    QHash<std::pair<int, int>, int> inCell;
    for (int w = 0; w < m_collation.witnesses.size(); ++w) {
        int column = w % perRow, row = w / perRow;
        if (!m_dates.isEmpty() || !m_papers.isEmpty()) {
            const int x = m_dates.isEmpty() ? 0 : int(m_dates.indexOf(m_printings[w].date));
            const int y = m_papers.isEmpty() ? 0 : int(m_papers.indexOf(m_printings[w].paper));
            const int n = inCell[{x, y}]++;
            column = x * 3 + std::min(n, 2);
            row = y;
        }
        m_dots[w] = QRect(left + column * (Dot + Gap), top + row * (Dot + Gap), Dot, Dot);
    }
    const int bottom = m_dots.isEmpty() ? top : std::max_element(m_dots.begin(), m_dots.end(), [](const QRect &a, const QRect &b) {
                                                    return a.bottom() < b.bottom();
                                                })->bottom();
    setMinimumHeight(std::min(bottom + Margin, 240));
}

void SpreadView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOut();
}

void SpreadView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (m_location < 0) {
        painter.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin), Qt::AlignLeft | Qt::AlignTop,
                         m_collation.witnesses.isEmpty() ? tr("Collate a story to see where each reading is printed.")
                                                         : tr("The versions agree: no variant location."));
        return;
    }
    // The key: each reading's colour, text and count.
    int x = Margin;
    const int keyBaseline = Margin + metrics.ascent();
    const Collation::Location &l = m_collation.locations[m_location];
    painter.drawText(x, keyBaseline, tr("Location %1:").arg(m_location + 1));
    x += metrics.horizontalAdvance(tr("Location %1:").arg(m_location + 1)) + Gap * 2;
    // As many readings as the width holds; the rest counted (the table has them all).
    const QString lacking = l.lacking.isEmpty() ? QString() : tr("lacking ×%1").arg(l.lacking.size());
    const int lackingWidth = lacking.isEmpty() ? 0 : Dot + Gap + metrics.horizontalAdvance(lacking);
    for (int r = 0; r < l.readings.size(); ++r) {
        const int more = int(l.readings.size()) - r - 1;
        const QString rest = more > 0 ? tr("+%n more reading(s)", nullptr, more) : QString();
        const int needed = Dot + Gap + metrics.horizontalAdvance(keyText(r)) + Gap * 3;
        const int after = std::max(lackingWidth, rest.isEmpty() ? 0 : metrics.horizontalAdvance(rest) + Gap * 3);
        if (r > 0 && x + needed + after > width() - Margin) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            const QString left = tr("+%n more reading(s)", nullptr, int(l.readings.size()) - r);
            painter.drawText(x, keyBaseline, left);
            x += metrics.horizontalAdvance(left) + Gap * 3;
            break;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(r));
        painter.drawEllipse(QRect(x, keyBaseline - Dot, Dot, Dot));
        x += Dot + Gap;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x, keyBaseline, keyText(r));
        x += metrics.horizontalAdvance(keyText(r)) + Gap * 3;
    }
    if (!l.lacking.isEmpty()) {
        painter.setPen(colourOf(-1));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRect(x, keyBaseline - Dot, Dot, Dot));
        painter.drawText(x + Dot + Gap, keyBaseline, lacking);
    }
    // Dates across, papers down.
    painter.setPen(palette().color(QPalette::Text));
    const int top = Margin + m_keyHeight;
    for (int d = 0; d < m_dates.size(); ++d)
        painter.drawText(Margin + m_labelWidth + d * 3 * (Dot + Gap), top + metrics.ascent(),
                         m_dates[d].isEmpty() ? QStringLiteral("—") : m_dates[d].mid(5));
    for (int p = 0; p < m_papers.size(); ++p) {
        const int y = Margin + m_keyHeight + (m_dates.isEmpty() ? 0 : metrics.height()) + p * (Dot + Gap);
        painter.drawText(QRect(Margin, y - 2, m_labelWidth - Gap, Dot + Gap), Qt::AlignRight | Qt::AlignVCenter,
                         m_papers[p].isEmpty() ? QStringLiteral("—") : m_papers[p]);
    }
    for (int w = 0; w < m_dots.size(); ++w) {
        const int reading = m_readingOf.value(w, -1);
        painter.setPen(reading < 0 ? QPen(colourOf(-1)) : Qt::NoPen);
        painter.setBrush(reading < 0 ? QBrush() : QBrush(colourOf(reading)));
        painter.drawEllipse(m_dots[w]);
        if (w == m_collation.base) {   // the base ringed
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(m_dots[w].adjusted(-2, -2, 2, 2));
        }
    }
}

int SpreadView::witnessAt(const QPoint &point) const
{
    for (int w = 0; w < m_dots.size(); ++w)
        if (m_dots[w].adjusted(-1, -1, 1, 1).contains(point))
            return w;
    return -1;
}

QRect SpreadView::dotOf(int witness) const
{
    return m_dots.value(witness);
}

void SpreadView::mousePressEvent(QMouseEvent *event)
{
    if (const int w = witnessAt(event->position().toPoint()); w >= 0 && event->button() == Qt::LeftButton)
        emit printingChosen(w);
    QWidget::mousePressEvent(event);
}

bool SpreadView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const int w = witnessAt(help->pos()); w >= 0) {
            const Printing &p = m_printings.value(w);
            const int r = m_readingOf.value(w, -1);
            const QString reading = r < 0 || m_location < 0 ? tr("(lacking)") : keyText(r);
            QToolTip::showText(help->globalPos(),
                               tr("%1 %2 %3\n%4\nClick to compare it with the base.")
                                   .arg(m_collation.witnesses[w].siglum, p.paper, p.date, reading),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Jiaokan::App
