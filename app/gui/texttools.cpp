#include "texttools.h"

#include "findbar.h"

#include <QAction>
#include <QMenu>
#include <QTextEdit>

namespace Jiaokan::App {

namespace {
// Points a single pane's type was made larger by, so that Actual size can undo them.
const char *const ZoomProperty = "jiaokanZoom";
} // namespace

TextTools::TextTools(std::function<QList<QTextEdit *>()> panes, std::function<bool(int)> zoomPassage, QWidget *window)
    : QObject(window), m_panes(std::move(panes)), m_zoomPassage(std::move(zoomPassage)),
      m_findBar(new FindBar(m_panes, window)), m_window(window)
{
}

void TextTools::addFindActions(QMenu *menu)
{
    m_find = menu->addAction(QString(), m_findBar, &FindBar::open);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_findNext = menu->addAction(QString(), m_findBar, &FindBar::findNext);
    m_findNext->setShortcut(QKeySequence(Qt::Key_F3));
    m_findPrevious = menu->addAction(QString(), m_findBar, &FindBar::findPrevious);
    m_findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    retranslate();
}

void TextTools::addZoomActions(QMenu *menu)
{
    m_larger = menu->addAction(QString(), this, [this] { zoom(+1); });
    m_larger->setObjectName(QStringLiteral("zoomInAction"));
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = menu->addAction(QString(), this, [this] { zoom(-1); });
    m_smaller->setObjectName(QStringLiteral("zoomOutAction"));
    m_smaller->setShortcut(QKeySequence::ZoomOut);
    m_actual = menu->addAction(QString(), this, [this] { zoom(0); });
    m_actual->setObjectName(QStringLiteral("zoomResetAction"));
    m_actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    retranslate();
}

void TextTools::retranslate()
{
    const auto set = [](QAction *action, const QString &text) {
        if (action)
            action->setText(text);
    };
    set(m_find, tr("&Find…"));
    set(m_findNext, tr("Find ne&xt"));
    set(m_findPrevious, tr("Find pre&vious"));
    set(m_larger, tr("Larger te&xt"));
    set(m_smaller, tr("S&maller text"));
    set(m_actual, tr("&Actual size"));
    m_findBar->retranslate();
}

void TextTools::zoom(int steps)
{
    if (m_zoomPassage(steps))
        return;
    for (QTextEdit *pane : m_panes()) {
        const int zoomed = pane->property(ZoomProperty).toInt();
        const int target = steps == 0 ? 0 : std::clamp(zoomed + steps, -6, 16);
        if (target > zoomed)
            pane->zoomIn(target - zoomed);
        else if (target < zoomed)
            pane->zoomOut(zoomed - target);
        pane->setProperty(ZoomProperty, target);
    }
}

} // namespace Jiaokan::App
