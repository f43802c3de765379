#pragma once

// GUI tests keep their settings in a folder of their own, never the user's.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

inline void keepSettingsIn(const QTemporaryDir &dir, const QString &application)
{
    QCoreApplication::setOrganizationName(QStringLiteral("JiaokanTest"));
    QCoreApplication::setApplicationName(application);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    // No archive index beside the folders tests open (the samples' among them); the
    // tests of the index turn it on.
    QSettings().setValue(QStringLiteral("archive/indexFolders"), false);
}
