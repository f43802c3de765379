#pragma once

#include "analysis/compareoptions.h"
#include "diff/passagecomparison.h"
#include "stories/reflowedpage.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Jiaokan::Core {

// What was read of a folder of pages, kept so that it reopens at once: each file's
// analysed pages under its content's SHA-256, and the passages found among a set of
// pages under that set's key. An SQLite file (through Qt SQL) beside the folder, written
// in transactions, so a crash mid-write leaves the last whole state. Nothing in it is
// trusted beyond what made it: a file whose bytes changed, or an index written by a
// build that analyses differently, is read again.
//
// One ArchiveIndex is one connection, to be used on the thread that made it.
class ArchiveIndex final
{
public:
    // FOLDER.jiaokan-index beside the folder, or in the user's cache when the folder's
    // parent cannot be written.
    static QString fileFor(const QString &folder);

    // Opens the index of folder at indexFile (fileFor(folder) when empty), making it if
    // need be; isOpen() says whether it could.
    explicit ArchiveIndex(const QString &folder, const QString &indexFile = {});
    ~ArchiveIndex();
    ArchiveIndex(const ArchiveIndex &) = delete;
    ArchiveIndex &operator=(const ArchiveIndex &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    const QString &file() const { return m_file; }

    // SHA-256 of the file's bytes; empty when it cannot be read.
    static QByteArray digestOf(const QString &path);

    // The record kept for path (a file in the folder) if it was read from bytes with
    // this digest; pagesOf() reads it (on any thread).
    std::optional<QByteArray> record(const QString &path, const QByteArray &digest);
    // Every file's record, by its absolute path, with the digest it was made from: one
    // pass over the index rather than a query per file.
    struct Kept {
        QByteArray digest;
        QByteArray record;
    };
    QHash<QString, Kept> records();
    // The pages of a record of path, their paths path's; none when it is damaged.
    static std::optional<QList<ReflowedPage>> pagesOf(const QByteArray &record, const QString &path);
    std::optional<QList<ReflowedPage>> pages(const QString &path, const QByteArray &digest);
    struct Entry {
        QString path;
        QByteArray digest;
        QByteArray record;   // recordOf() the file's pages
    };
    // The record of a file's pages, to store (on any thread: it is most of the work).
    static QByteArray recordOf(const QList<ReflowedPage> &pages, const QString &path);
    // All or nothing.
    bool store(const QList<Entry> &entries);
    int pageFileCount();

    // What the passages found among pages, in this order, with these options, depend on.
    static QByteArray passagesKey(const QList<ReflowedPage> &pages, const CompareOptions &options, int reach);
    std::optional<QList<PassageComparison>> passages(const QByteArray &key);
    // Keeps the few most recent sets only.
    bool storePassages(const QByteArray &key, const QList<PassageComparison> &passages);

private:
    bool prepare();
    // work done in one transaction, rolled back when it fails.
    bool inTransaction(const std::function<bool(QSqlQuery &)> &work);
    QString relative(const QString &path) const;

    QString m_folder;
    QString m_file;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace Jiaokan::Core
