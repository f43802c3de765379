#include "sharedstorieslist.h"

#include "pagelibrarymodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTimer>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

SharedStoriesList::SharedStoriesList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("matchList"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Sized from their headings and widest numbers, not from every row: a story of
    // 900 printings has thousands, and measuring them all held the window 200 ms.
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    header()->setSectionResizeMode(2, QHeaderView::Fixed);
    setUniformRowHeights(true);
    retranslate();
    connect(this, &QTreeWidget::itemExpanded, this, &SharedStoriesList::listPairs);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        // A story group shows all its versions collated; a pair, the two side by side.
        if (item->childCount() > 0 && item->data(0, GroupRole).isValid()) {
            emit groupChosen(item->data(0, GroupRole).toInt());
            return;
        }
        if (item->data(0, PairsLaterRole).toBool()) {   // the row that stands for the pairs
            // Once the click is done with the row, which listing the pairs deletes.
            const int group = item->parent()->data(0, GroupRole).toInt();
            QTimer::singleShot(0, this, [this, group] {
                if (QTreeWidgetItem *story = topLevelItem(group))
                    story->setExpanded(true);
            });
            return;
        }
        bool ok = false;
        const int index = item->data(0, PassageRole).toInt(&ok);
        if (ok)
            emit passageChosen(index);
    });
}

void SharedStoriesList::retranslate()
{
    setAccessibleName(tr("Stories the open pages share, and each pair of printings"));
    setHeaderLabels({tr("Shared story / pair of pages"), tr("Similarity"), tr("Differences")});
    const int padding = 3 * style()->pixelMetric(QStyle::PM_HeaderMargin) + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    for (const auto &[column, widest] : {std::pair{1, QStringLiteral("100.0%")}, std::pair{2, QStringLiteral("00000")}}) {
        const QFontMetrics bold(header()->font());
        header()->resizeSection(column, std::max(bold.horizontalAdvance(headerItem()->text(column)),
                                                 fontMetrics().horizontalAdvance(widest)) + padding);
    }
}

QTreeWidgetItem *SharedStoriesList::pairItem(QTreeWidgetItem *parent, const PassageComparison &p, int index)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, tr("%1 ↔ %2").arg(m_library->pageName(p.page[SideA]), m_library->pageName(p.page[SideB])));
    item->setText(1, QStringLiteral("%1%").arg(p.similarity * 100, 0, 'f', 1));
    item->setText(2, QString::number(p.differences.size()));
    item->setData(0, PassageRole, index);
    m_passageItems[index] = item;
    return item;
}

void SharedStoriesList::listPairs(QTreeWidgetItem *groupItem)
{
    bool isGroup = false;
    const int gi = groupItem->data(0, GroupRole).toInt(&isGroup);
    if (!isGroup || gi < 0 || gi >= m_groups.size())
        return;
    // Listed once: a big story holds only the row that says how many pairs it has.
    if (groupItem->childCount() > 0 && !groupItem->child(0)->data(0, PairsLaterRole).toBool())
        return;
    const QSignalBlocker blocker(this);
    delete groupItem->takeChild(0);
    for (int i : m_groups[gi].passages) {
        const PassageComparison &p = m_passages.at(i);
        QTreeWidgetItem *item = pairItem(groupItem, p, i);
        item->setToolTip(0, tr("%1, lines %2–%3\n%4, lines %5–%6")
                                .arg(m_library->page(p.page[SideA]).source.fileName())
                                .arg(p.lines[SideA].first.value).arg(p.lines[SideA].last.value)
                                .arg(m_library->page(p.page[SideB]).source.fileName())
                                .arg(p.lines[SideB].first.value).arg(p.lines[SideB].last.value));
    }
}

void SharedStoriesList::fill(const PageLibraryModel &library, const QList<PassageComparison> &passages,
                             const QList<StoryGroup> &groups, int chosenFrom)
{
    const QSignalBlocker blocker(this);
    clear();
    m_library = &library;
    m_passages = passages;
    m_groups = groups;
    m_passageItems = QList<QTreeWidgetItem *>(passages.size(), nullptr);
    m_groupOfPassage = QList<int>(passages.size(), -1);
    QFont bold = font();
    bold.setBold(true);
    // A folder of thousands of pages shares a thousand stories: each story's pairs are
    // listed when it is opened, or the list would hold the window making rows no one
    // looks at (thousands of pairs took 100 ms).
    qsizetype pairs = 0;
    for (const StoryGroup &g : groups)
        pairs += g.passages.size();
    const bool listAllLater = pairs > PairsListedInAll;
    QList<QTreeWidgetItem *> listedLater;
    for (int gi = 0; gi < groups.size(); ++gi) {
        const StoryGroup &g = groups[gi];
        auto *groupItem = new QTreeWidgetItem(this);
        groupItem->setData(0, GroupRole, gi);
        // A story printed without a headline goes by its first words, as in the library.
        QString title = g.headline;
        for (qsizetype m = 0; title.isEmpty() && m < g.members.size(); ++m)
            if (g.members[m].story >= 0)
                title = PageLibraryModel::storyTitle(library.page(g.members[m].page), g.members[m].story);
        if (title.isEmpty())
            title = tr("(no headline)");
        // How many printings the story has, then which: a wire story may have hundreds.
        const QString members = library.membersText(g);
        groupItem->setText(0, tr("%1 — %n printing(s): %2", nullptr, int(g.members.size())).arg(title, members));
        groupItem->setToolTip(0, tr("%1\nappears in %2\n(continuation: printed from （上接…） on, its start elsewhere)")
                                     .arg(title, members));
        groupItem->setFont(0, bold);
        for (int i : g.passages)
            m_groupOfPassage[i] = gi;
        if (listAllLater || g.passages.size() > PairsListedAtOnce) {
            auto *later = new QTreeWidgetItem(groupItem);
            later->setText(0, tr("%n pair(s) of printings: open the story to list them", nullptr, int(g.passages.size())));
            later->setData(0, PairsLaterRole, true);
            later->setForeground(0, palette().brush(QPalette::PlaceholderText));
            listedLater.append(groupItem);
        } else {
            listPairs(groupItem);
        }
    }
    if (chosenFrom >= 0 && chosenFrom < passages.size()) {
        auto *chosen = new QTreeWidgetItem(this);
        chosen->setText(0, tr("Compared by your choice"));
        chosen->setFont(0, bold);
        for (int i = chosenFrom; i < passages.size(); ++i)
            pairItem(chosen, passages.at(i), i);
    }
    if (!listAllLater) {
        expandAll();
        for (QTreeWidgetItem *item : std::as_const(listedLater))
            item->setExpanded(false);
    } else if (chosenFrom >= 0 && chosenFrom < passages.size()) {
        topLevelItem(topLevelItemCount() - 1)->setExpanded(true);
    }
    // A group's whole row for its title: which pages print the story matters more than
    // aligned columns (and a sum of the pairs' differences would count a variant several
    // times). Set once the tree is laid out, since each call lays out a changed tree anew.
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setFirstColumnSpanned(true);
}

void SharedStoriesList::mark(QTreeWidgetItem *item)
{
    if (item && currentItem() != item) {
        const QSignalBlocker blocker(this);
        setCurrentItem(item);
    }
}

void SharedStoriesList::markPassage(int passage)
{
    // A pair of a story whose pairs are not listed yet is listed, and its story opened.
    if (!m_passageItems.value(passage) && m_groupOfPassage.value(passage, -1) >= 0) {
        QTreeWidgetItem *groupItem = topLevelItem(m_groupOfPassage[passage]);
        listPairs(groupItem);
        const QSignalBlocker blocker(this);
        groupItem->setExpanded(true);
    }
    mark(m_passageItems.value(passage));
}

void SharedStoriesList::markGroup(int group)
{
    QTreeWidgetItem *item = topLevelItem(group);
    if (item && item->data(0, GroupRole).isValid())
        mark(item);
}

} // namespace Jiaokan::App
