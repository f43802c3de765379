#pragma once

#include <QTextCursor>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace Jiaokan::App {

// Finding text in the view in front (Ctrl+F): in a comparison both panes, A's matches
// first, then B's. Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the
// previous one, round from the last to the first; the bar counts them ("3 of 12") and
// says when there are none. Esc closes it.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    // targets: the text panes of the view in front, asked at each search.
    explicit FindBar(std::function<QList<QTextEdit *>()> targets, QWidget *parent = nullptr);

    // Shows the bar with its text selected for typing over.
    void open();
    void findNext();
    void findPrevious();
    QString countText() const;
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Match {
        QTextEdit *pane;
        QTextCursor cursor;
    };
    void search();
    void go(int step);
    void showCount();

    std::function<QList<QTextEdit *>()> m_targets;
    QLineEdit *m_text;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<Match> m_matches;
    int m_current = -1;
};

} // namespace Jiaokan::App
