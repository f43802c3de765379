#pragma once

#include "match/storygroups.h"
#include "stories/reflowedpage.h"

#include <QStandardItemModel>

namespace Jiaokan::App {

// The open pages and, under each, its stories; for each page the paper, date and page
// (版次 and 版名) its source gives. Items carry the page index
// (PageRole) and, for stories, the story index (StoryRole). A story that other pages
// also print names them in the AlsoIn column.
class PageLibraryModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    // SortRole: what a column sorts by (numbers as numbers, a story's lines by its first).
    enum Roles { PageRole = Qt::UserRole + 1, StoryRole, SortRole };
    // Paper, Date and Page: what a page's source says of itself (web articles, archive
    // exports), empty where it says nothing.
    enum Column { Title, Lines, Characters, AlsoIn, Paper, Date, Page, ColumnCount };

    explicit PageLibraryModel(QObject *parent = nullptr);

    int addPage(Core::ReflowedPage page);
    // Closes every page (a project is opened in their place).
    void clearPages();
    const QList<Core::ReflowedPage> &pages() const { return m_pages; }
    const Core::ReflowedPage &page(int index) const { return m_pages.at(index); }
    // The page's name as lists show it: the file's base name, or the part before its
    // first underscore when that is enough to tell the open pages apart.
    QString pageName(int index) const;
    // Fills the AlsoIn column from the groups of matched stories.
    void setStoryGroups(const QList<Core::StoryGroup> &groups);
    // "002, 003 and 000 (continuation)": the members other than exceptPage.
    QString membersText(const Core::StoryGroup &group, int exceptPage = -1) const;
    // Headers, tooltips and "(no headline)" titles in the interface's language now (the
    // AlsoIn column: setStoryGroups() again).
    void retranslate();

signals:
    // The user named page (edited its title in place): its label is set, or cleared
    // when the name was emptied or is the source's own.
    void pageLabelChanged(int page);

private:
    void nameEdited(QStandardItem *item);
    // A page's title in the list: its label, what its source names it, or its file's name.
    static QString titleOf(const Core::PageText &source);
    static QString pageToolTip(const Core::ReflowedPage &page);
    static QString storyTitle(const Core::ReflowedPage &page, int story);

    QList<Core::ReflowedPage> m_pages;
    bool m_naming = false;
};

} // namespace Jiaokan::App
