#pragma once

// GUI tests keep their settings in a folder of their own, never the user's.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

inline void clearSettings();

inline void keepSettingsIn(const QTemporaryDir &dir, const QString &application)
{
    QCoreApplication::setOrganizationName(QStringLiteral("JiaokanTest"));
    QCoreApplication::setApplicationName(application);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    clearSettings();
}

// Every setting gone, as on a first start, except that no archive index is written
// beside the folders tests open (the samples' among them, in the source tree); the
// tests of the index turn it on.
inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("archive/indexFolders"), false);
}
