#include "languagemenu.h"

#include "i18n/interfacelanguage.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace Jiaokan::App {

using Core::InterfaceLanguage;

namespace {
const QString LanguageKey = QStringLiteral("view/language");
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    m_system = addAction(QString());
    m_system->setData(QString());
    addSeparator();
    // Each language by its own name, as language menus do: found whatever is shown now.
    const std::pair<QString, QString> languages[] = {{QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                     {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")}};
    QList<QAction *> choices{m_system};
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setData(code);
        choices.append(action);
    }
    for (QAction *action : std::as_const(choices)) {
        const QString code = action->data().toString();
        action->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    showChoice();
    retranslate();
}

QString LanguageMenu::savedChoice()
{
    return QSettings().value(LanguageKey).toString();
}

void LanguageMenu::applySaved()
{
    InterfaceLanguage::apply(savedChoice());
}

bool LanguageMenu::choose(const QString &choice)
{
    QSettings().setValue(LanguageKey, choice);
    QString error;
    const bool applied = InterfaceLanguage::apply(choice, &error);
    showChoice();
    if (!applied)
        emit problem(tr("The interface stays in English: %1").arg(error));
    return applied;
}

void LanguageMenu::showChoice()
{
    const QString chosen = savedChoice();
    for (QAction *action : actions())
        if (action->isCheckable())
            action->setChecked(action->data().toString() == chosen);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("Lan&guage"));
    m_system->setText(tr("&System language"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    // Also how the other windows' menus learn of a choice made in one of them.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showChoice();
    }
    QMenu::changeEvent(event);
}

} // namespace Jiaokan::App
