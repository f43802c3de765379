#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Jiaokan::Core {

// The language of the interface: Jiaokan's own translations and Qt's (qtbase, so the
// standard dialogs match), installed on the running application. English is the
// source language; its file only holds the plural forms ("1 page", "2 pages").
class InterfaceLanguage final
{
public:
    // The languages there are translations for: "en", "zh_CN", "zh_TW".
    static QStringList available();
    // What a choice comes to: "" (follow the system) picks zh_TW for Chinese in
    // traditional script or from Taiwan, Hong Kong and Macao, zh_CN for other Chinese,
    // and English for everything else.
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());
    // Installs the translations for the choice, replacing those installed before, and
    // makes QLocale's default that language's (dates); Qt then sends every widget a
    // LanguageChange event. False, with why, when Jiaokan's
    // own file is not found (the interface stays in English).
    static bool apply(const QString &choice, QString *error = nullptr);
    // The language installed by the last apply() ("en" before any).
    static QString current();
    // Where the .qm files are: share/jiaokan/translations beside an installed binary,
    // translations/ in the build tree.
    static QString directory();
};

} // namespace Jiaokan::Core
