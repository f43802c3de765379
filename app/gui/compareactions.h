#pragma once

#include "analysis/compareoptions.h"

#include "translatedtexts.h"

#include <QObject>

#include <functional>

class QAction;
class QMenuBar;
class QSettings;
class QToolBar;

namespace Jiaokan::App {

class Workspace;

// The Compare menu and toolbar: moving through the differences, comparing what the user
// chose, the options of what is no difference (remembered across restarts), and
// cancelling what is opening or comparing.
class CompareActions final : public QObject
{
    Q_OBJECT
public:
    explicit CompareActions(Workspace *work, QObject *parent = nullptr);

    // step(+1) goes to the next difference, step(-1) to the previous.
    void addTo(QMenuBar *bar, QToolBar *toolbar, const std::function<void(int)> &step);
    QAction *cancelAction() const { return m_cancel; }
    // The comparisons of the user's choosing, which ChoiceController makes.
    QAction *compareChosenAction() const { return m_compareChosen; }
    QAction *chooseSelectionAction() const { return m_chooseSelection; }
    QAction *compareSelectionAction() const { return m_compareSelection; }
    QAction *swapAction() const { return m_swap; }
    // The actions checked as options are, without comparing again.
    void show(const Core::CompareOptions &options);
    void restore(const QSettings &settings);
    void save(QSettings &settings) const;
    void retranslate();

private:

    Workspace *m_work;
    QList<std::pair<QAction *, bool Core::CompareOptions::*>> m_optionActions;
    QAction *m_wordGranularity = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_compareChosen = nullptr;
    QAction *m_chooseSelection = nullptr;
    QAction *m_swap = nullptr;
    QAction *m_compareSelection = nullptr;
    TranslatedTexts m_texts;
};

} // namespace Jiaokan::App
