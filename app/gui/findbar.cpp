#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace Jiaokan::App {

namespace {
// Enough to count and walk; a longer list only takes time to build.
constexpr int MostMatches = 10000;
} // namespace

FindBar::FindBar(std::function<QList<QTextEdit *>()> targets, QWidget *parent)
    : QWidget(parent), m_targets(std::move(targets)), m_text(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_text->setObjectName(QStringLiteral("findText"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_text->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("✕"));
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        m_current = -1;
        search();
        go(+1);
    });
    m_text->installEventFilter(this);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_text->setPlaceholderText(tr("Find in the text"));
    m_text->setAccessibleName(tr("Find"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    showCount();
}

void FindBar::open()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
    search();
    showCount();
}

void FindBar::findNext()
{
    search();
    go(+1);
}

void FindBar::findPrevious()
{
    search();
    go(-1);
}

void FindBar::search()
{
    // The matches as the panes are now: a new passage, new options, another view.
    const QTextCursor current = m_current >= 0 && m_current < m_matches.size() ? m_matches[m_current].cursor : QTextCursor();
    QTextEdit *currentPane = m_current >= 0 && m_current < m_matches.size() ? m_matches[m_current].pane : nullptr;
    m_matches.clear();
    m_current = -1;
    const QString text = m_text->text();
    if (text.isEmpty())
        return;
    for (QTextEdit *pane : m_targets()) {
        QTextCursor at(pane->document());
        while (m_matches.size() < MostMatches) {
            at = pane->document()->find(text, at);
            if (at.isNull())
                break;
            if (pane == currentPane && at.selectionStart() == current.selectionStart())
                m_current = int(m_matches.size());
            m_matches.append({pane, at});
        }
    }
}

void FindBar::go(int step)
{
    if (!m_matches.isEmpty()) {
        const int n = int(m_matches.size());
        m_current = m_current < 0 ? (step > 0 ? 0 : n - 1) : (m_current + step + n) % n;
        const Match &match = m_matches[m_current];
        match.pane->setTextCursor(match.cursor);
        match.pane->ensureCursorVisible();
    }
    showCount();
}

void FindBar::showCount()
{
    m_count->setText(countText());
}

QString FindBar::countText() const
{
    if (m_text->text().isEmpty())
        return QString();
    if (m_matches.isEmpty())
        return tr("No match");
    const QString of = m_matches.size() >= MostMatches ? tr("%1 of over %2") : tr("%1 of %2");
    return of.arg(m_current + 1).arg(m_matches.size());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Jiaokan::App
