#include "annotationlistview.h"

#include "reviewstyle.h"

#include "i18n/datetimetext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Jiaokan::App {

AnnotationListView::AnnotationListView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("annotationList"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("annotationTable"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    retranslate();
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit activated(m_list->indexOfTopLevelItem(item));
    });
    setEntries({});
}

void AnnotationListView::retranslate()
{
    m_list->setAccessibleName(tr("Every annotation of the project"));
    m_list->setHeaderLabels({tr("Status"), tr("Readings"), tr("Comment"), tr("Pages"), tr("Where"), tr("Changed")});
}

void AnnotationListView::changeEvent(QEvent *event)
{
    // The rows are the window's to fill again (MainWindow::retranslate).
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnnotationListView::setEntries(const QList<Entry> &entries)
{
    m_list->clear();
    m_orphaned = 0;
    QList<QTreeWidgetItem *> items;
    for (const Entry &e : entries) {
        const Core::Annotation &a = e.annotation;
        auto *item = new QTreeWidgetItem(QStringList{
            ReviewStyle::sign(a.status) + u' ' + ReviewStyle::name(a.status), a.readings(),
            QString(a.comment).replace(u'\n', QStringLiteral(" ¶ ")), e.pages, e.where,
            Core::DateTimeText::format(a.modified.toLocalTime())});
        item->setBackground(Status, ReviewStyle::colour(a.status));
        item->setForeground(Status, Qt::black);
        item->setToolTip(Comment, a.comment);
        if (e.orphaned) {
            ++m_orphaned;
            QFont italic = item->font(Where);
            italic.setItalic(true);
            item->setFont(Where, italic);
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // Columns as wide as their text, but a long comment does not push where the
    // annotation is out of sight (the whole comment is its tooltip).
    for (int c = 0; c < ColumnCount; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(Comment, std::clamp(m_list->columnWidth(Comment), 120, 260));
    m_summary->setText(entries.isEmpty()
                           ? tr("No annotations yet: select a difference and give it a status (Alt+1 … Alt+4) or a "
                                "comment (F2).")
                           : tr("%n annotation(s), %1 orphaned (what they were made on is no longer there; "
                                "they are kept).", nullptr, int(entries.size())).arg(m_orphaned));
}

int AnnotationListView::count() const
{
    return m_list->topLevelItemCount();
}

QString AnnotationListView::text(int row, Column column) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

} // namespace Jiaokan::App
