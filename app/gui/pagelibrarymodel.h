#pragma once

#include "match/storygroups.h"
#include "stories/reflowedpage.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Jiaokan::App {

// The open pages and, under each, its stories; for each page the paper, date and page
// (版次 and 版名) its source gives. Indexes answer the page index (PageRole) and, for
// stories, the story index (StoryRole). A story that other pages also print names them
// in the AlsoIn column. Rows are made from the pages when asked for, not kept as items:
// 10,000 pages cost what their list does.
class PageLibraryModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    // SortRole: what a column sorts by (numbers as numbers, a story's lines by its first).
    enum Roles { PageRole = Qt::UserRole + 1, StoryRole, SortRole };
    // Paper, Date and Page: what a page's source says of itself (web articles, archive
    // exports), empty where it says nothing.
    enum Column { Title, Lines, Characters, AlsoIn, Paper, Date, Page, ColumnCount };

    explicit PageLibraryModel(QObject *parent = nullptr);

    // Returns the index of the first page added.
    int addPages(QList<Core::ReflowedPage> pages);
    int addPage(Core::ReflowedPage page) { return addPages({std::move(page)}); }
    // Closes every page (a project is opened in their place).
    void clearPages();
    const QList<Core::ReflowedPage> &pages() const { return m_pages; }
    const Core::ReflowedPage &page(int index) const { return m_pages.at(index); }
    // The page's name as lists show it: the file's base name, or the part before its
    // first underscore when that is enough to tell the open pages apart.
    QString pageName(int index) const;
    // Fills the AlsoIn column from the groups of matched stories.
    void setStoryGroups(const QList<Core::StoryGroup> &groups);
    // "002, 003 and 000 (continuation)": the members other than exceptPage, the first
    // eight named and the rest counted.
    QString membersText(const Core::StoryGroup &group, int exceptPage = -1) const;
    // A story's title: its headline, or "(no headline)" and its first words.
    static QString storyTitle(const Core::ReflowedPage &page, int story);
    // Headers, tooltips and "(no headline)" titles in the interface's language now (the
    // AlsoIn column: setStoryGroups() again).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A page's title, edited in place, names the page.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user named page (edited its title in place): its label is set, or cleared
    // when the name was emptied or is the source's own.
    void pageLabelChanged(int page);

private:
    // What a row shows that is costly to work out again at each paint.
    struct StoryRow {
        int characters = 0;
        QString alsoIn;
    };
    struct PageRow {
        int characters = 0;
        QList<StoryRow> stories;
    };

    // A page's title in the list: its label, what its source names it, or its file's name.
    static QString titleOf(const Core::PageText &source);
    static QString pageToolTip(const Core::ReflowedPage &page);
    // The group's pages' names, each once, in order, and whether it prints the story
    // from its continuation.
    QList<std::pair<QString, bool>> namesOf(const Core::StoryGroup &group) const;
    QString membersText(const QList<std::pair<QString, bool>> &names, const QString &except) const;
    QVariant pageData(int page, int column, int role) const;
    QVariant storyData(int page, int story, int column, int role) const;
    static QString firstWord(const QString &name);
    void countFirstWords();

    QList<Core::ReflowedPage> m_pages;
    QList<PageRow> m_rows;   // per page
    QHash<QString, int> m_firstWords;   // how many pages' names start with each word
    QStringList m_headers;
};

} // namespace Jiaokan::App
