#include "compareactions.h"

#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
const QString WordsKey = QStringLiteral("compare/wholeWords");
} // namespace

CompareActions::CompareActions(Workspace *work, QObject *parent)
    : QObject(parent)
    , m_work(work)
{
}

void CompareActions::retranslate()
{
    m_texts.apply();
}

void CompareActions::addTo(QMenuBar *bar, QToolBar *toolbar, const std::function<void(int)> &step)
{

    QMenu *compare = bar->addMenu(QString());
    m_texts.add([=] { compare->setTitle(tr("&Compare")); });
    m_texts.add([=] { toolbar->setWindowTitle(tr("Compare")); });
    toolbar->setObjectName(QStringLiteral("compareToolBar"));
    // The keys of diff tools: F7 as in KDiff3 and Beyond Compare, Alt+arrows as in Meld.
    QAction *next = compare->addAction(QString(), this, [step] { step(+1); });
    m_texts.add([=] { next->setText(tr("&Next difference")); });
    next->setObjectName(QStringLiteral("nextDifferenceAction"));
    next->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_texts.add([=] { next->setToolTip(tr("Next difference (F7, Alt+Down)")); });
    QAction *previous = compare->addAction(QString(), this, [step] { step(-1); });
    m_texts.add([=] { previous->setText(tr("&Previous difference")); });
    previous->setObjectName(QStringLiteral("previousDifferenceAction"));
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_texts.add([=] { previous->setToolTip(tr("Previous difference (Shift+F7, Alt+Up)")); });
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    compare->addSeparator();
    // Comparisons of the user's choosing: two pages or stories picked in the library
    // (Ctrl+click), two selections of text, and the comparison in front swapped.
    m_compareChosen = compare->addAction(QString());
    m_texts.add([this] { m_compareChosen->setText(tr("Compare the two c&hosen")); });
    m_compareChosen->setObjectName(QStringLiteral("compareChosenAction"));
    m_compareChosen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_chooseSelection = compare->addAction(QString());
    m_texts.add([this] { m_chooseSelection->setText(tr("Choose se&lection as A")); });
    m_chooseSelection->setObjectName(QStringLiteral("chooseSelectionAction"));
    m_chooseSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_compareSelection = compare->addAction(QString());
    m_texts.add([this] { m_compareSelection->setText(tr("Compare s&election with A")); });
    m_compareSelection->setObjectName(QStringLiteral("compareSelectionAction"));
    m_compareSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_swap = compare->addAction(QString());
    m_texts.add([this] { m_swap->setText(tr("Swap &A and B")); });
    m_swap->setObjectName(QStringLiteral("swapSidesAction"));
    compare->addSeparator();
    struct Option {
        QString name;
        const char *text;   // translated when shown
        bool CompareOptions::*member;
    };
    static const Option ignoreOptions[] = {
        {QStringLiteral("ignoreWidthAction"), QT_TR_NOOP("Ignore punctuation &width (，/ ,)"), &CompareOptions::ignoreWidth},
        {QStringLiteral("ignorePunctuationAction"), QT_TR_NOOP("Ignore p&unctuation"), &CompareOptions::ignorePunctuation},
        {QStringLiteral("ignoreSpaceAction"), QT_TR_NOOP("Ignore white &space"), &CompareOptions::ignoreSpace},
        {QStringLiteral("ignoreScriptAction"), QT_TR_NOOP("Ignore simplified/&traditional"), &CompareOptions::ignoreScript},
    };
    for (const Option &o : ignoreOptions) {
        QAction *action = compare->addAction(QString());
        m_texts.add([action, text = o.text] { action->setText(tr(text)); });
        action->setObjectName(o.name);
        action->setCheckable(true);
        action->setChecked(m_work->options().*(o.member));
        connect(action, &QAction::toggled, this, [this, member = o.member](bool on) { m_work->setOption(member, on); });
        toolbar->addAction(action);
        m_optionActions.append({action, o.member});
    }
    compare->addSeparator();
    m_wordGranularity = compare->addAction(QString());
    m_texts.add([this] { m_wordGranularity->setText(tr("Mark whole wo&rds")); });
    m_wordGranularity->setObjectName(QStringLiteral("wordGranularityAction"));
    m_wordGranularity->setCheckable(true);
    connect(m_wordGranularity, &QAction::toggled, this, [this](bool on) {
        m_work->setGranularity(on ? CompareOptions::Granularity::Word : CompareOptions::Granularity::Character);
    });
    compare->addSeparator();
    m_cancel = compare->addAction(QString(), m_work, &Workspace::cancel);
    m_texts.add([this] { m_cancel->setText(tr("&Cancel opening or comparing")); });
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setEnabled(false);
}

void CompareActions::show(const CompareOptions &options)
{
    for (const auto &[action, member] : std::as_const(m_optionActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(options.*member);
    }
    const QSignalBlocker blocker(m_wordGranularity);
    m_wordGranularity->setChecked(options.granularity == CompareOptions::Granularity::Word);
}

void CompareActions::restore(const QSettings &settings)
{
    for (const auto &[action, member] : std::as_const(m_optionActions)) {
        const QString key = QStringLiteral("compare/") + action->objectName();
        action->setChecked(settings.value(key, m_work->options().*member).toBool());
    }
    m_wordGranularity->setChecked(settings.value(WordsKey, false).toBool());
}

void CompareActions::save(QSettings &settings) const
{
    for (const auto &[action, member] : m_optionActions)
        settings.setValue(QStringLiteral("compare/") + action->objectName(), m_work->options().*member);
    settings.setValue(WordsKey, m_work->options().granularity == CompareOptions::Granularity::Word);
}

} // namespace Jiaokan::App
