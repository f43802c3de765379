#include "pagelibrarymodel.h"

#include <QFileInfo>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

PageLibraryModel::PageLibraryModel(QObject *parent)
    : QStandardItemModel(parent)
{
    retranslate();
    connect(this, &QStandardItemModel::itemChanged, this, &PageLibraryModel::nameEdited);
}

void PageLibraryModel::nameEdited(QStandardItem *item)
{
    // Only a page's own name is edited in place; its stories' titles are its text's.
    if (m_naming || item->parent() || item->column() != Title)
        return;
    const int page = item->data(PageRole).toInt();
    if (page < 0 || page >= m_pages.size())
        return;
    PageText &source = m_pages[page].source;
    const QString typed = item->text().simplified();
    // Emptied: the page goes back to the name its source gives it.
    QString label = typed;
    source.label.clear();
    if (label == source.displayName())
        label.clear();
    source.label = label;
    m_naming = true;   // the item's own change comes back here
    item->setText(titleOf(source));
    item->setData(item->text(), SortRole);
    m_naming = false;
    emit pageLabelChanged(page);
}

QString PageLibraryModel::titleOf(const PageText &source)
{
    return source.label.isEmpty() && source.metadata.isEmpty() ? source.fileName() : source.displayName();
}

void PageLibraryModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Page or story"), tr("Lines"), tr("Characters"), tr("Also in"), tr("Paper"), tr("Date"),
                               tr("Page")});
    for (int p = 0; p < rowCount() && p < m_pages.size(); ++p) {
        QStandardItem *pageItem = item(p, Title);
        pageItem->setToolTip(pageToolTip(m_pages[p]));
        for (int s = 0; s < pageItem->rowCount() && s < m_pages[p].stories.size(); ++s) {
            pageItem->child(s, Title)->setText(storyTitle(m_pages[p], s));
            pageItem->child(s, Title)->setData(storyTitle(m_pages[p], s), SortRole);
        }
    }
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

int PageLibraryModel::addPage(ReflowedPage page)
{
    const int index = int(m_pages.size());
    auto *pageItem = new QStandardItem(titleOf(page.source));
    pageItem->setData(index, PageRole);
    pageItem->setData(-1, StoryRole);
    pageItem->setData(pageItem->text(), SortRole);
    pageItem->setToolTip(pageToolTip(page));
    pageItem->setEditable(true);   // the user may name the page
    auto *pageLines = new QStandardItem(QString::number(page.source.lineCount()));
    pageLines->setData(page.source.lineCount(), SortRole);
    pageLines->setEditable(false);
    auto *pageChars = new QStandardItem(QString::number(page.readingText().size()));
    pageChars->setData(page.readingText().size(), SortRole);
    pageChars->setEditable(false);

    for (int s = 0; s < page.stories.size(); ++s) {
        const Story &story = page.stories.at(s);
        int chars = 0;
        for (int b = story.firstBlock; b <= story.lastBlock; ++b)
            if (page.blocks.at(b).kind == BlockKind::Paragraph)
                chars += int(page.blocks.at(b).text.size());
        auto *item = new QStandardItem(storyTitle(page, s));
        item->setData(index, PageRole);
        item->setData(s, StoryRole);
        item->setData(item->text(), SortRole);
        item->setEditable(false);
        auto *lines = new QStandardItem(tr("%1–%2").arg(story.firstLine.value).arg(story.lastLine.value));
        lines->setData(story.firstLine.value, SortRole);
        lines->setEditable(false);
        auto *count = new QStandardItem(QString::number(chars));
        count->setData(chars, SortRole);
        count->setEditable(false);
        auto *alsoIn = new QStandardItem;
        alsoIn->setEditable(false);
        pageItem->appendRow({item, lines, count, alsoIn});
    }
    auto *pageAlsoIn = new QStandardItem;
    pageAlsoIn->setEditable(false);
    const PageMetadata &m = page.source.metadata;
    const QString section = QStringList({m.section, m.sectionName}).join(u' ').trimmed();
    QList<QStandardItem *> row{pageItem, pageLines, pageChars, pageAlsoIn};
    for (const QString &text : {m.paper, m.date.left(10), section}) {
        auto *cell = new QStandardItem(text);
        cell->setData(text, SortRole);
        cell->setEditable(false);
        row.append(cell);
    }
    appendRow(row);
    m_pages.append(std::move(page));
    return index;
}

void PageLibraryModel::clearPages()
{
    removeRows(0, rowCount());
    m_pages.clear();
}

QString PageLibraryModel::pageName(int index) const
{
    // The name up to its first underscore when no other open page's name starts the
    // same way: 000 for 000_800ada7c4181dbc5.txt beside 001_….txt.
    const auto baseName = [this](int i) { return m_pages.at(i).source.displayName(); };
    if (!m_pages.at(index).source.label.isEmpty())
        return m_pages.at(index).source.label;   // as the user named it
    const auto firstWord = [](const QString &name) {
        const qsizetype cut = name.indexOf(u'_');
        return cut > 0 ? name.left(cut) : name;
    };
    const QString name = baseName(index);
    const QString word = firstWord(name);
    if (word == name)
        return name;
    for (int i = 0; i < m_pages.size(); ++i)
        if (i != index && firstWord(baseName(i)) == word)
            return name;
    return word;
}

QString PageLibraryModel::membersText(const StoryGroup &group, int exceptPage) const
{
    QStringList whole, continued;
    for (const StoryGroup::Member &m : group.members) {
        if (m.page == exceptPage)
            continue;
        QStringList &list = m.continued ? continued : whole;
        if (!list.contains(pageName(m.page)))
            list.append(pageName(m.page));
    }
    QString text = whole.join(QStringLiteral(", "));
    if (!continued.isEmpty()) {
        const QString rest = tr("%1 (continuation)").arg(continued.join(QStringLiteral(", ")));
        text = text.isEmpty() ? rest : tr("%1 and %2").arg(text, rest);
    }
    return text;
}

void PageLibraryModel::setStoryGroups(const QList<StoryGroup> &groups)
{
    // Per page, per story: the other pages. Set with the model quiet and announced once
    // per page, or a view that sizes its columns to their contents measures every row
    // again at each story.
    QList<QStringList> alsoIn(m_pages.size());
    for (int p = 0; p < m_pages.size(); ++p)
        alsoIn[p] = QStringList(m_pages[p].stories.size());
    for (const StoryGroup &g : groups)
        for (const StoryGroup::Member &m : g.members)
            if (m.page >= 0 && m.page < m_pages.size() && m.story >= 0 && m.story < alsoIn[m.page].size())
                alsoIn[m.page][m.story] = membersText(g, m.page);
    for (int p = 0; p < rowCount() && p < alsoIn.size(); ++p) {
        const QModelIndex page = index(p, 0);
        const int stories = std::min<int>(rowCount(page), int(alsoIn[p].size()));
        {
            const QSignalBlocker quiet(this);
            for (int s = 0; s < stories; ++s) {
                QStandardItem *item = itemFromIndex(index(s, AlsoIn, page));
                item->setText(alsoIn[p][s]);
                item->setToolTip(alsoIn[p][s].isEmpty() ? QString()
                                                        : tr("This story also appears in %1").arg(alsoIn[p][s]));
            }
        }
        if (stories > 0)
            emit dataChanged(index(0, AlsoIn, page), index(stories - 1, AlsoIn, page));
    }
}

} // namespace Jiaokan::App
