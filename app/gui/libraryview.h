#pragma once

#include <QTreeView>

namespace Jiaokan::App {

class LibrarySortModel;
class PageLibraryModel;

// The library as a tree: the open pages and their stories, sorted at a click on a
// column's header, the title given the room; the paper, date and page columns shown
// only while some open page gives them.
class LibraryView final : public QTreeView
{
    Q_OBJECT
public:
    LibraryView(PageLibraryModel *library, QWidget *parent = nullptr);

    // Makes page (as the library numbers it) the current row, shown expanded.
    void choosePage(int page);
    // Shows only the pages with every word (LibrarySortModel), their stories open
    // when they are few enough.
    void setFilter(const QString &words);

private:
    static constexpr int ExpandAllUpTo = 200;

    // Shows Paper, Date and Page when a page (of rows first…last, or any) has them.
    void showColumnsWithText(int first = -1, int last = -1);

    PageLibraryModel *m_library;
    LibrarySortModel *m_sorted;
};

} // namespace Jiaokan::App
