#include "librarypane.h"

#include "libraryview.h"
#include "pagelibrarymodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Jiaokan::App {

LibraryPane::LibraryPane(LibraryView *view, PageLibraryModel *library, QWidget *parent)
    : QWidget(parent), m_view(view), m_library(library), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_count->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_count);
    view->setParent(this);
    layout->addWidget(view);
    // Looked for once the typing pauses: 10,000 pages' text is read on each look.
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_typing, &QTimer::timeout, this, &LibraryPane::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &LibraryPane::applyFilter);
    // A closed or newly opened page changes the count.
    connect(library, &QAbstractItemModel::rowsInserted, this, &LibraryPane::updateCount);
    connect(library, &QAbstractItemModel::modelReset, this, &LibraryPane::updateCount);
    m_filter->installEventFilter(this);
    retranslate();
}

void LibraryPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter pages: headline, text, paper, date"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_view->setAccessibleName(tr("Open pages and their stories"));
    updateCount();
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        applyFilter();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPane::applyFilter()
{
    m_typing->stop();
    m_view->setFilter(m_filter->text());
    updateCount();
}

void LibraryPane::updateCount()
{
    const QString words = m_filter->text().trimmed();
    m_count->setVisible(!words.isEmpty());
    if (!words.isEmpty())
        m_count->setText(tr("%1 of %n page(s)", nullptr, int(m_library->pages().size()))
                             .arg(m_view->model()->rowCount()));
}

} // namespace Jiaokan::App
