#include "choicecontroller.h"

#include "compareactions.h"
#include "pagelibrarymodel.h"
#include "readerview.h"
#include "workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ChoiceController::ChoiceController(Workspace *work, QTreeView *library, ReaderView *reader, const CompareActions *actions,
                                   std::function<void(int)> show, QObject *parent)
    : QObject(parent)
    , m_work(work)
    , m_library(library)
    , m_reader(reader)
    , m_actions(actions)
    , m_show(std::move(show))
{
    QAction *compareSelection = actions->compareSelectionAction();
    compareSelection->setEnabled(false);
    connect(actions->compareChosenAction(), &QAction::triggered, this, &ChoiceController::compareChosenRows);
    connect(actions->chooseSelectionAction(), &QAction::triggered, this, &ChoiceController::chooseSelection);
    connect(compareSelection, &QAction::triggered, this, &ChoiceController::compareSelection);
    connect(actions->swapAction(), &QAction::triggered, this, &ChoiceController::swapSides);
    // A right click on the library offers to compare the two rows chosen in it.
    library->setContextMenuPolicy(Qt::ActionsContextMenu);
    library->addAction(actions->compareChosenAction());
    connect(reader, &ReaderView::contextMenuRequested, this, [this](QMenu *menu) {
        if (!m_reader->selectedText())
            return;
        menu->addSeparator();
        menu->addAction(m_actions->chooseSelectionAction());
        menu->addAction(m_actions->compareSelectionAction());
    });
    // Closed pages take the selection chosen with them.
    connect(work, &Workspace::cleared, this, [this] {
        m_chosen.reset();
        m_actions->compareSelectionAction()->setEnabled(false);
    });
}

int ChoiceController::shownPage() const
{
    const QModelIndex current = m_library->currentIndex().siblingAtColumn(0);
    return current.isValid() ? current.data(PageLibraryModel::PageRole).toInt() : -1;
}

void ChoiceController::compare(const ChosenComparisons::Choice &choice, int replacing)
{
    m_show(m_work->choose(choice, replacing));
}

void ChoiceController::compareChosenRows()
{
    QList<QModelIndex> rows = m_library->selectionModel()->selectedRows(0);
    if (rows.size() != 2) {
        emit message(tr("Choose two pages or stories in the library (Ctrl+click), then Compare the two chosen."));
        return;
    }
    // Side A is the one chosen first: the current row is the one clicked last.
    if (rows[0] == m_library->currentIndex().siblingAtColumn(0))
        std::swap(rows[0], rows[1]);
    ChosenComparisons::Choice choice;
    for (Side s : {SideA, SideB}) {
        const int page = rows[s].data(PageLibraryModel::PageRole).toInt();
        const auto analyzed = m_work->analyzedPage(page);
        if (!analyzed)
            return;
        choice[s] = ChosenComparisons::sideOf(page, *analyzed, rows[s].data(PageLibraryModel::StoryRole).toInt());
    }
    compare(choice);
}

void ChoiceController::swapSides()
{
    const int shown = m_work->shownPassage();
    if (shown < 0 || shown >= m_work->passages().size()) {
        emit message(tr("Open a comparison first."));
        return;
    }
    const PassageComparison p = m_work->passages().at(shown);
    const auto a = m_work->analyzedPage(p.page[SideA]), b = m_work->analyzedPage(p.page[SideB]);
    if (!a || !b)
        return;
    // A chosen comparison turns round in place, keeping what was chosen (a selection's
    // offsets too); one the matcher found is kept, and its swapped twin joins the chosen.
    const int chosen = shown >= m_work->chosenFrom() ? shown - m_work->chosenFrom() : -1;
    compare(chosen >= 0 ? ChosenComparisons::swapped(m_work->chosen().choices().at(chosen))
                        : ChosenComparisons::swapped(p, *a, *b),
            chosen);
}

std::optional<ChosenComparisons::Side> ChoiceController::selectedSide(QString *label) const
{
    const int page = shownPage();
    const auto selected = m_reader->selectedText();
    if (page < 0 || !selected)
        return std::nullopt;
    const auto analyzed = m_work->analyzedPage(page);
    if (!analyzed)
        return std::nullopt;
    const ComparisonKey &key = analyzed->diffKey;
    // Blocks the comparison leaves out (furniture shown for reading) are passed over.
    int firstAt = -1, lastAt = -1;
    for (int i = 0; i < selected->blocks.size(); ++i) {
        if (key.rankOfBlock(selected->blocks[i]) < 0)
            continue;
        if (firstAt < 0)
            firstAt = i;
        lastAt = i;
    }
    if (firstAt < 0)
        return std::nullopt;
    const int firstBlock = selected->blocks[firstAt], lastBlock = selected->blocks[lastAt];
    ChosenComparisons::Side side{page, key.rankOfBlock(firstBlock), key.rankOfBlock(lastBlock)};
    side.firstOffset = firstAt == 0 ? selected->firstOffset : 0;
    side.lastEnd = lastAt == selected->blocks.size() - 1 ? selected->lastEnd
                                                         : int(analyzed->page.blocks.at(lastBlock).text.size());
    // A headline set apart from its story is shown first but read later: whole blocks.
    if (side.firstRank > side.lastRank) {
        std::swap(side.firstRank, side.lastRank);
        side.firstOffset = side.lastEnd = -1;
    }
    const qsizetype start = side.firstOffset >= 0 ? key.positionOf(firstBlock, side.firstOffset) : key.rankStart(side.firstRank);
    const qsizetype end = side.lastEnd >= 0 ? key.positionOf(lastBlock, side.lastEnd) : key.rankEnd(side.lastRank);
    if (end <= start)
        return std::nullopt;   // marks and spaces only: nothing the comparison reads
    if (label)
        *label = tr("%1, lines %2").arg(QFileInfo(analyzed->page.source.path).fileName(),
                                        key.lines(analyzed->page, start, end).text());
    return side;
}

void ChoiceController::chooseSelection()
{
    QString label;
    const auto side = selectedSide(&label);
    if (!side) {
        emit message(tr("Select some text in the Reader first."));
        return;
    }
    m_chosen = side;
    m_chosenLabel = label;
    m_actions->compareSelectionAction()->setEnabled(true);
    emit message(tr("Chosen as A: %1. Select other text and Compare selection with A.").arg(label));
}

void ChoiceController::compareSelection()
{
    QString label;
    const auto side = selectedSide(&label);
    if (!m_chosen || !side) {
        emit message(m_chosen ? tr("Select the text to compare with A (%1) in the Reader.").arg(m_chosenLabel)
                              : tr("Choose a selection as A first."));
        return;
    }
    compare({*m_chosen, *side});
    emit message(tr("Compared %1 with %2.").arg(m_chosenLabel, label));
}

} // namespace Jiaokan::App
