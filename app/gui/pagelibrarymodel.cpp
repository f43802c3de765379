#include "pagelibrarymodel.h"

#include <QFileInfo>
#include <QSet>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
// A story's index carries its page, one up; a page's carries none.
constexpr quintptr PageLevel = 0;
} // namespace

PageLibraryModel::PageLibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    retranslate();
}

QString PageLibraryModel::titleOf(const PageText &source)
{
    return source.label.isEmpty() && source.metadata.isEmpty() ? source.fileName() : source.displayName();
}

void PageLibraryModel::retranslate()
{
    m_headers = {tr("Page or story"), tr("Lines"), tr("Characters"), tr("Also in"), tr("Paper"), tr("Date"), tr("Page")};
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Tooltips and "(no headline)" titles are made as they are shown.
    if (m_pages.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_pages.size()) - 1, ColumnCount - 1));
    for (int p = 0; p < m_pages.size(); ++p)
        if (const int stories = int(m_pages[p].stories.size()); stories > 0)
            emit dataChanged(index(0, 0, index(p, 0)), index(stories - 1, ColumnCount - 1, index(p, 0)));
}

QString PageLibraryModel::pageToolTip(const ReflowedPage &page)
{
    return tr("%1\nEncoding: %2\nDouble-click to name the page.").arg(page.source.path, page.source.encoding);
}

QString PageLibraryModel::storyTitle(const ReflowedPage &page, int story)
{
    const Story &s = page.stories.at(story);
    if (!s.headline.isEmpty())
        return s.headline;
    int first = s.firstBlock;
    while (first < s.lastBlock && page.blocks.at(first).kind != BlockKind::Paragraph)
        ++first;
    return tr("(no headline) %1…").arg(page.blocks.at(first).text.left(16));
}

int PageLibraryModel::addPages(QList<ReflowedPage> pages)
{
    const int first = int(m_pages.size());
    if (pages.isEmpty())
        return first;
    beginInsertRows({}, first, first + int(pages.size()) - 1);
    for (ReflowedPage &page : pages) {
        PageRow row;
        // What readingText() would hold, without making it: blocks two newlines apart.
        qsizetype characters = 0, shown = 0;
        for (const Block &b : std::as_const(page.blocks))
            if (b.kind != BlockKind::Furniture) {
                characters += b.text.size();
                ++shown;
            }
        row.characters = int(characters + 2 * std::max<qsizetype>(shown - 1, 0));
        for (const Story &story : page.stories) {
            StoryRow s;
            for (int b = story.firstBlock; b <= story.lastBlock; ++b)
                if (page.blocks.at(b).kind == BlockKind::Paragraph)
                    s.characters += int(page.blocks.at(b).text.size());
            row.stories.append(s);
        }
        m_rows.append(std::move(row));
        ++m_firstWords[firstWord(page.source.displayName())];
        m_pages.append(std::move(page));
    }
    endInsertRows();
    return first;
}

void PageLibraryModel::clearPages()
{
    beginResetModel();
    m_pages.clear();
    m_rows.clear();
    m_firstWords.clear();
    endResetModel();
}

QString PageLibraryModel::firstWord(const QString &name)
{
    const qsizetype cut = name.indexOf(u'_');
    return cut > 0 ? name.left(cut) : name;
}

void PageLibraryModel::countFirstWords()
{
    m_firstWords.clear();
    for (const ReflowedPage &page : std::as_const(m_pages))
        ++m_firstWords[firstWord(page.source.displayName())];
}

QString PageLibraryModel::pageName(int index) const
{
    // The name up to its first underscore when no other open page's name starts the
    // same way: 000 for 000_800ada7c4181dbc5.txt beside 001_….txt.
    const PageText &source = m_pages.at(index).source;
    if (!source.label.isEmpty())
        return source.label;   // as the user named it
    const QString name = source.displayName();
    const QString word = firstWord(name);
    return word == name || m_firstWords.value(word) > 1 ? name : word;
}

QList<std::pair<QString, bool>> PageLibraryModel::namesOf(const StoryGroup &group) const
{
    QList<std::pair<QString, bool>> names;
    QSet<QString> seen;
    for (const StoryGroup::Member &m : group.members)
        if (const QString name = pageName(m.page); !seen.contains(name)) {
            seen.insert(name);
            names.append({name, m.continued});
        }
    return names;
}

QString PageLibraryModel::membersText(const StoryGroup &group, int exceptPage) const
{
    return membersText(namesOf(group), exceptPage >= 0 && exceptPage < m_pages.size() ? pageName(exceptPage) : QString());
}

QString PageLibraryModel::membersText(const QList<std::pair<QString, bool>> &names, const QString &except) const
{
    // A wire story may have hundreds of printings: the first few are named, the rest
    // counted.
    constexpr int Named = 8;
    QStringList whole, continued;
    int more = 0;
    for (const auto &[name, isContinued] : names) {
        if (name == except)
            continue;
        if (whole.size() + continued.size() < Named)
            (isContinued ? continued : whole).append(name);
        else
            ++more;
    }
    QString text = whole.join(QStringLiteral(", "));
    if (!continued.isEmpty()) {
        const QString rest = tr("%1 (continuation)").arg(continued.join(QStringLiteral(", ")));
        text = text.isEmpty() ? rest : tr("%1 and %2").arg(text, rest);
    }
    if (more > 0)
        text = tr("%1 and %n other(s)", nullptr, more).arg(text);
    return text;
}

void PageLibraryModel::setStoryGroups(const QList<StoryGroup> &groups)
{
    // The Also in text of thousands of rows changes at once: announced as one change
    // of the layout (nothing moves). Per page, QTreeView looked each collapsed row up
    // among all its rows: 10,000 pages held the window 300 ms.
    emit layoutAboutToBeChanged();
    for (PageRow &row : m_rows)
        for (StoryRow &story : row.stories)
            story.alsoIn.clear();
    for (const StoryGroup &g : groups) {
        // Named once per group, not once per printing: 300 printings, 300 names.
        const QList<std::pair<QString, bool>> names = namesOf(g);
        for (const StoryGroup::Member &m : g.members)
            if (m.page >= 0 && m.page < m_rows.size() && m.story >= 0 && m.story < m_rows[m.page].stories.size())
                m_rows[m.page].stories[m.story].alsoIn = membersText(names, pageName(m.page));
    }
    emit layoutChanged();
}

QModelIndex PageLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_pages.size() ? createIndex(row, column, PageLevel) : QModelIndex();
    if (parent.internalId() != PageLevel || parent.column() != 0 || row >= m_pages.at(parent.row()).stories.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PageLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PageLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PageLevel);
}

int PageLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.internalId() == PageLevel && parent.column() == 0)
        return int(m_pages.at(parent.row()).stories.size());
    return 0;
}

int PageLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PageLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags PageLibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == PageLevel && index.column() == Title)
        flags |= Qt::ItemIsEditable;   // the user may name the page
    return flags;
}

QVariant PageLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == PageLevel)
        return pageData(index.row(), index.column(), role);
    return storyData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant PageLibraryModel::pageData(int p, int column, int role) const
{
    const ReflowedPage &page = m_pages.at(p);
    if (role == PageRole)
        return p;
    if (role == StoryRole)
        return -1;
    if (role == Qt::ToolTipRole)
        return column == Title ? QVariant(pageToolTip(page)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    const PageMetadata &m = page.source.metadata;
    switch (column) {
    case Title:
        return titleOf(page.source);
    case Lines:
        return role == SortRole ? QVariant(page.source.lineCount()) : QVariant(QString::number(page.source.lineCount()));
    case Characters:
        return role == SortRole ? QVariant(m_rows[p].characters) : QVariant(QString::number(m_rows[p].characters));
    case AlsoIn:
        return QString();
    case Paper:
        return m.paper;
    case Date:
        return m.date.left(10);
    case Page:
        return QStringList({m.section, m.sectionName}).join(u' ').trimmed();
    default:
        return {};
    }
}

QVariant PageLibraryModel::storyData(int p, int s, int column, int role) const
{
    const ReflowedPage &page = m_pages.at(p);
    const StoryRow &row = m_rows[p].stories[s];
    if (role == PageRole)
        return p;
    if (role == StoryRole)
        return s;
    if (role == Qt::ToolTipRole)
        return column == AlsoIn && !row.alsoIn.isEmpty() ? QVariant(tr("This story also appears in %1").arg(row.alsoIn))
                                                         : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Story &story = page.stories.at(s);
    switch (column) {
    case Title:
        return storyTitle(page, s);
    case Lines:
        return role == SortRole ? QVariant(story.firstLine.value)
                                : QVariant(tr("%1–%2").arg(story.firstLine.value).arg(story.lastLine.value));
    case Characters:
        return role == SortRole ? QVariant(row.characters) : QVariant(QString::number(row.characters));
    case AlsoIn:
        return row.alsoIn;
    default:
        return QString();
    }
}

bool PageLibraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Only a page's own name is edited in place; its stories' titles are its text's.
    if (role != Qt::EditRole || !index.isValid() || index.internalId() != PageLevel || index.column() != Title)
        return false;
    const int page = index.row();
    PageText &source = m_pages[page].source;
    // Emptied: the page goes back to the name its source gives it.
    QString label = value.toString().simplified();
    source.label.clear();
    // Left as the library shows it (a file's name) or as the page names itself: no name given.
    if (label == source.displayName() || label == titleOf(source))
        label.clear();
    source.label = label;
    countFirstWords();
    emit dataChanged(index, index);
    emit pageLabelChanged(page);
    return true;
}

} // namespace Jiaokan::App
