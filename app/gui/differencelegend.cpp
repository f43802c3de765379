#include "differencelegend.h"

#include "differencestyle.h"

#include <QEvent>
#include <QPainter>
#include <QTextCursor>

namespace Jiaokan::App {

DifferenceLegend::DifferenceLegend(QWidget *parent) : QWidget(parent)
{
    m_document.setDocumentMargin(2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslate();
}

void DifferenceLegend::retranslate()
{
    m_document.clear();
    m_document.setDefaultFont(font());
    QTextCursor cursor(&m_document);
    const QTextCharFormat plain;
    for (const DifferenceStyle::Kind kind : Core::DifferenceLook::kinds()) {
        cursor.insertText(QStringLiteral("\u00a0%1\u00a0").arg(Core::DifferenceLook::name(kind)),
                          DifferenceStyle::format(kind));
        cursor.insertText(QStringLiteral("\u2003"), plain);
    }
    QTextCharFormat gap;
    gap.setForeground(DifferenceStyle::gapColour());
    gap.setFontWeight(QFont::Bold);
    cursor.insertText(QString(Core::DifferenceLook::gapSign()), gap);
    cursor.insertText(QStringLiteral(" ") + tr("the other side has text here"), plain);
    setAccessibleName(tr("Legend of the difference marks"));
    setAccessibleDescription(m_document.toPlainText());
    updateGeometry();
    update();
}

QSize DifferenceLegend::sizeHint() const
{
    return m_document.size().toSize();
}

QSize DifferenceLegend::minimumSizeHint() const
{
    return QSize(0, sizeHint().height());
}

void DifferenceLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_document.drawContents(&painter, rect());
}

void DifferenceLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Jiaokan::App
