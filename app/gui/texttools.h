#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QTextEdit;

namespace Jiaokan::App {

class FindBar;

// Finding and sizing text in the view in front: Edit ▸ Find (Ctrl+F), Find next (F3)
// and previous (Shift+F3); View ▸ Larger text (Ctrl++), Smaller text (Ctrl+−) and
// Actual size (Ctrl+0), which size a comparison's two panes together.
class TextTools final : public QObject
{
    Q_OBJECT
public:
    // panes: the text panes of the view in front. zoomPassage: sizes the comparison's
    // panes together (steps, 0 to reset); returns false when the comparison is not in front.
    TextTools(std::function<QList<QTextEdit *>()> panes, std::function<bool(int)> zoomPassage, QWidget *window);

    FindBar *findBar() const { return m_findBar; }
    void addFindActions(QMenu *menu);
    void addZoomActions(QMenu *menu);
    // Larger (steps > 0) or smaller text in the view in front; 0 for its actual size.
    void zoom(int steps);
    // The actions' and the bar's words in the interface's language now.
    void retranslate();

private:
    std::function<QList<QTextEdit *>()> m_panes;
    std::function<bool(int)> m_zoomPassage;
    FindBar *m_findBar;
    QWidget *m_window;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_larger = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_actual = nullptr;
};

} // namespace Jiaokan::App
