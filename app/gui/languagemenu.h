#pragma once

#include <QMenu>

namespace Jiaokan::App {

// View ▸ Language: the system's language or one of InterfaceLanguage::available(),
// each by its own name. A choice takes effect at once in every window (Qt sends them
// LanguageChange) and is remembered; every window's menu shows the one in force.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "" follows the system. False when the translations could not be installed.
    bool choose(const QString &choice);
    static QString savedChoice();
    // The saved choice, installed before the first window is made.
    static void applySaved();

signals:
    // The choice could not be applied: why, for the status bar.
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChoice();

    QAction *m_system = nullptr;
};

} // namespace Jiaokan::App
