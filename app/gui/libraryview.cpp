#include "libraryview.h"

#include "librarysortmodel.h"
#include "pagelibrarymodel.h"

#include <QHeaderView>

namespace Jiaokan::App {

LibraryView::LibraryView(PageLibraryModel *library, QWidget *parent)
    : QTreeView(parent), m_library(library), m_sorted(new LibrarySortModel(this))
{
    setObjectName(QStringLiteral("libraryTree"));
    m_sorted->setSourceModel(m_library);
    setModel(m_sorted);
    // In the order opened until a header is clicked.
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    setUniformRowHeights(true);
    // Two chosen (Ctrl+click) are compared by Compare ▸ Compare the two chosen.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A page is named in place (F2 is the window's comment key).
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(PageLibraryModel::Title, QHeaderView::Stretch);
    header()->setMinimumSectionSize(24);
    for (int c = PageLibraryModel::Lines; c < PageLibraryModel::ColumnCount; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Sized from the rows in view and a few more, not from a thousand: with 10,000 pages
    // measuring them held the window 30 ms each time the list was laid out, and these
    // columns' numbers and dates are all about as wide.
    header()->setResizeContentsPrecision(64);
    // What a page says of itself next to its title; the other pages that print a story
    // (a long list for a wire story) in what room is left, in full in the tooltip.
    for (const int column : {PageLibraryModel::Paper, PageLibraryModel::Date, PageLibraryModel::Page})
        header()->moveSection(header()->visualIndex(column), header()->visualIndex(PageLibraryModel::Title) + 1
                                  + (column - PageLibraryModel::Paper));
    header()->setSectionResizeMode(PageLibraryModel::AlsoIn, QHeaderView::Interactive);
    header()->resizeSection(PageLibraryModel::AlsoIn, 120);
    // New pages are looked at alone: a column once shown stays until pages close.
    connect(m_library, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            showColumnsWithText(first, last);
    });
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, [this] { showColumnsWithText(); });
    connect(m_library, &QAbstractItemModel::modelReset, this, [this] { showColumnsWithText(); });
    showColumnsWithText();
}

void LibraryView::choosePage(int page)
{
    // Every page's stories in view, up to a few hundred pages; in a bigger library
    // the chosen page's (laying out 40,000 story rows held the window).
    const QModelIndex index = m_sorted->mapFromSource(m_library->index(page, 0));
    if (m_library->rowCount() <= ExpandAllUpTo)
        expandAll();
    else
        expand(index);
    setCurrentIndex(index);
}

void LibraryView::setFilter(const QString &words)
{
    m_sorted->setFilterWords(words);
    if (m_sorted->shownPages() <= ExpandAllUpTo)
        expandAll();
}

void LibraryView::showColumnsWithText(int first, int last)
{
    // Text pages say nothing of their paper: its columns would only take the titles' room.
    const bool all = first < 0;
    if (all) {
        first = 0;
        last = m_library->rowCount() - 1;
    }
    for (const int column : {PageLibraryModel::Paper, PageLibraryModel::Date, PageLibraryModel::Page}) {
        if (!all && !isColumnHidden(column))
            continue;
        bool any = false;
        for (int row = first; row <= last && !any; ++row)
            any = !m_library->index(row, column).data().toString().isEmpty();
        setColumnHidden(column, !any);
    }
}

} // namespace Jiaokan::App
