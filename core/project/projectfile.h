#pragma once

#include "project/project.h"
#include "text/pagetext.h"

#include <QByteArray>
#include <QDir>

#include <optional>

namespace Jiaokan::Core {

// Reads and writes .jiaokan project files: JSON with a schema version, page paths
// relative to the file's folder with the SHA-256 of each page's bytes, options, the
// comparison and collation on screen, and every annotation (see the README for the
// fields). Saving is atomic; a damaged file, or one from a newer version, is refused
// with a message that says why, and is left as it is.
class ProjectFile final
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    static QByteArray toJson(const Project &project, const QDir &folder);
    static std::optional<Project> fromJson(const QByteArray &json, const QDir &folder, QString *error);

    // Writes through QSaveFile: the old file stays whole until the new one is complete.
    static bool save(const Project &project, const QString &path, QString *error);
    static std::optional<Project> load(const QString &path, QString *error);

    // A project's page read again, or why it could not be; changed: it was read, but
    // its bytes are not those the project was saved with.
    struct LoadedPage {
        std::optional<PageText> text;
        QString problem;
        bool changed = false;
    };
    // Opens the pages, except those in `refused`, which are reported as not opened.
    // Only regular files are read: a project naming a pipe or a device would hang.
    static QList<LoadedPage> loadPages(const Project &project, const QStringList &refused = {});
    // Why an existing path named by a project is not read: a folder, or not a regular
    // file (a pipe would hang the reader, a device never end). Empty: it may be read.
    static QString notAPageFile(const QString &path);

    // The pages (as Project::Page::path) that lie outside the folder of the project
    // file at projectPath, symbolic links followed: a project that came from elsewhere
    // must not read ~/.ssh or /etc on its own, so callers ask before opening these.
    static QStringList pagesOutsideFolder(const Project &project, const QString &projectPath);
};

} // namespace Jiaokan::Core
