#pragma once

#include "chosencomparisons.h"

#include <QObject>

#include <functional>
#include <optional>

class QTreeView;

namespace Jiaokan::App {

class CompareActions;
class ReaderView;
class Workspace;

// The comparisons the user chooses rather than the matcher, from the Compare menu:
// two pages or stories chosen in the library; two stretches of text (select text in
// the reader, Choose selection as A, select other text on this page or another,
// Compare selection with A); and the comparison in front with its sides swapped. Each
// is compared whole and kept by blocks and offsets, so that an option change compares
// the same text again.
class ChoiceController final : public QObject
{
    Q_OBJECT
public:
    // show(passage) shows the comparison, whose passage has joined the chosen ones.
    ChoiceController(Workspace *work, QTreeView *library, ReaderView *reader, const CompareActions *actions,
                     std::function<void(int)> show, QObject *parent = nullptr);

    const std::optional<ChosenComparisons::Side> &chosenSelection() const { return m_chosen; }
    // The reader's selection as a side of a comparison, and what to call it.
    std::optional<ChosenComparisons::Side> selectedSide(QString *label = nullptr) const;

signals:
    void message(const QString &text);

private:
    void compareChosenRows();
    void chooseSelection();
    void compareSelection();
    void swapSides();
    void compare(const ChosenComparisons::Choice &choice, int replacing = -1);
    int shownPage() const;   // the library's current page, which the reader shows

    Workspace *m_work;
    QTreeView *m_library;
    ReaderView *m_reader;
    const CompareActions *m_actions;
    std::function<void(int)> m_show;
    std::optional<ChosenComparisons::Side> m_chosen;
    QString m_chosenLabel;
};

} // namespace Jiaokan::App
