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
    struct Handlers {
        std::function<void(int)> step;   // +1 next difference, -1 previous
        std::function<void()> compareChosen;
        std::function<void()> swap;
    };

    explicit CompareActions(Workspace *work, QObject *parent = nullptr);

    void addTo(QMenuBar *bar, QToolBar *toolbar, const Handlers &handlers);
    QAction *cancelAction() const { return m_cancel; }
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
    TranslatedTexts m_texts;
};

} // namespace Jiaokan::App
