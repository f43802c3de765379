#pragma once

#include "diff/passagecomparison.h"
#include "match/storygroups.h"

#include <QTreeWidget>

namespace Jiaokan::App {

class PageLibraryModel;

// The stories the open pages share, each with its printings counted and the pairs of
// printings under it, then the comparisons the user chose. Choosing a story asks for
// its collation, choosing a pair for its comparison.
class SharedStoriesList final : public QTreeWidget
{
    Q_OBJECT
public:
    // A story printed by more pairs than this shows them when opened: a wire story of
    // 900 printings has thousands, which took longer to list than to find.
    static constexpr qsizetype PairsListedAtOnce = 60;
    // Beyond this many pairs in all, every story's are listed when it is opened.
    static constexpr qsizetype PairsListedInAll = 600;

    explicit SharedStoriesList(QWidget *parent = nullptr);

    // passages[chosenFrom…] are the chosen comparisons.
    void fill(const PageLibraryModel &library, const QList<Core::PassageComparison> &passages,
              const QList<Core::StoryGroup> &groups, int chosenFrom);
    // Makes the row current without asking for what it shows.
    void markPassage(int passage);
    void markGroup(int group);
    void retranslate();

signals:
    void groupChosen(int group);
    void passageChosen(int passage);

private:
    static constexpr int GroupRole = Qt::UserRole + 1;   // a story group's index, on its row
    static constexpr int PassageRole = Qt::UserRole;      // a passage's index, on a pair's row
    static constexpr int PairsLaterRole = Qt::UserRole + 2;   // the row standing for a big story's pairs

    void mark(QTreeWidgetItem *item);
    QTreeWidgetItem *pairItem(QTreeWidgetItem *parent, const Core::PassageComparison &passage, int index);
    void listPairs(QTreeWidgetItem *groupItem);

    // What the list was filled from (shared, not copied), for pairs listed later.
    const PageLibraryModel *m_library = nullptr;
    QList<Core::PassageComparison> m_passages;
    QList<Core::StoryGroup> m_groups;
    QList<QTreeWidgetItem *> m_passageItems;
    QList<int> m_groupOfPassage;
};

} // namespace Jiaokan::App
