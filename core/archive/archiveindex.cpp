#include "archive/archiveindex.h"

#include "archive/archiveformat.h"
#include "archive/analysisid.h"
#include "text/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace Jiaokan::Core {

namespace {

// Passage sets kept: the folder as it is now, and a few option changes ago.
constexpr int PassageSetsKept = 4;

QString nextConnectionName()
{
    static std::atomic<int> next{0};
    return QStringLiteral("jiaokan-archive-%1").arg(next++);
}

} // namespace

QString ArchiveIndex::fileFor(const QString &folder)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    const QFileInfo parent(info.absolutePath());
    if (!info.isRoot() && parent.isDir() && parent.isWritable())
        return info.absoluteFilePath() + u".jiaokan-index";
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray name = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return cache + u"/archives/" + QString::fromLatin1(name) + u".jiaokan-index";
}

ArchiveIndex::ArchiveIndex(const QString &folder, const QString &indexFile)
    : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
    , m_file(indexFile.isEmpty() ? fileFor(folder) : indexFile)
    , m_connection(nextConnectionName())
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    // Another window or thread writing waits its turn rather than failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    m_open = prepare();
    if (!m_open)
        db.close();
}

ArchiveIndex::~ArchiveIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ArchiveIndex::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    };
    // A damaged or foreign file is no index: said, and left as it is.
    if (!run(u"PRAGMA quick_check"_qs))
        return false;
    if (q.next() && q.value(0).toString() != u"ok") {
        m_error = Tr::tr("The index %1 is damaged: %2").arg(m_file, q.value(0).toString());
        return false;
    }
    // The write-ahead log: a reader never waits for a writer, and a crash loses at
    // most the transaction it was in.
    if (!run(u"PRAGMA journal_mode=WAL"_qs) || !run(u"PRAGMA synchronous=NORMAL"_qs))
        return false;
    if (!run(u"CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs)
        || !run(u"CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, digest BLOB NOT NULL, record BLOB NOT NULL)"_qs)
        || !run(u"CREATE TABLE IF NOT EXISTS passages (id INTEGER PRIMARY KEY, key BLOB UNIQUE NOT NULL, "
                "record BLOB NOT NULL)"_qs))
        return false;
    // Made by a build that reads or matches differently: what it kept is not this
    // build's answer.
    const QString made = QStringLiteral("%1/%2").arg(ArchiveFormat::Version).arg(QStringLiteral(JIAOKAN_ANALYSIS_ID));
    if (!run(u"SELECT value FROM meta WHERE name = 'made by'"_qs))
        return false;
    if (q.next() && q.value(0).toString() == made)
        return true;
    return inTransaction([&](QSqlQuery &reset) {
        if (!reset.exec(u"DELETE FROM files"_qs) || !reset.exec(u"DELETE FROM passages"_qs))
            return false;
        reset.prepare(u"INSERT OR REPLACE INTO meta (name, value) VALUES ('made by', ?)"_qs);
        reset.addBindValue(made);
        return reset.exec();
    });
}

QByteArray ArchiveIndex::digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

QString ArchiveIndex::relative(const QString &path) const
{
    return QDir(m_folder).relativeFilePath(QFileInfo(path).absoluteFilePath());
}

std::optional<QByteArray> ArchiveIndex::record(const QString &path, const QByteArray &digest)
{
    if (!m_open || digest.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT digest, record FROM files WHERE path = ?"_qs);
    q.addBindValue(relative(path));
    if (!q.exec() || !q.next() || q.value(0).toByteArray() != digest)
        return std::nullopt;
    return q.value(1).toByteArray();
}

QHash<QString, ArchiveIndex::Kept> ArchiveIndex::records()
{
    QHash<QString, Kept> kept;
    if (!m_open)
        return kept;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT path, digest, record FROM files"_qs))
        return kept;
    const QDir folder(m_folder);
    while (q.next())
        kept.insert(QDir::cleanPath(folder.absoluteFilePath(q.value(0).toString())),
                    {q.value(1).toByteArray(), q.value(2).toByteArray()});
    return kept;
}

std::optional<QList<ReflowedPage>> ArchiveIndex::pagesOf(const QByteArray &record, const QString &path)
{
    auto pages = ArchiveFormat::pagesFrom(record);
    if (!pages || pages->isEmpty())
        return std::nullopt;
    // Kept as what follows the file's path (a PDF's "#2"), so a moved folder still fits.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (ReflowedPage &page : *pages)
        page.source.path.prepend(absolute);
    return pages;
}

std::optional<QList<ReflowedPage>> ArchiveIndex::pages(const QString &path, const QByteArray &digest)
{
    const auto kept = record(path, digest);
    return kept ? pagesOf(*kept, path) : std::nullopt;
}

QByteArray ArchiveIndex::recordOf(const QList<ReflowedPage> &pages, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<ReflowedPage> kept = pages;
    for (ReflowedPage &page : kept)
        page.source.path = page.source.path.startsWith(absolute) ? page.source.path.mid(absolute.size()) : QString();
    return ArchiveFormat::pagesRecord(kept);
}

bool ArchiveIndex::store(const QList<Entry> &entries)
{
    return m_open && inTransaction([&](QSqlQuery &q) {
        q.prepare(u"INSERT OR REPLACE INTO files (path, digest, record) VALUES (?, ?, ?)"_qs);
        for (const Entry &entry : entries) {
            q.addBindValue(relative(entry.path));
            q.addBindValue(entry.digest);
            q.addBindValue(entry.record);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

bool ArchiveIndex::inTransaction(const std::function<bool(QSqlQuery &)> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return m_error = db.lastError().text(), false;
    QSqlQuery q(db);
    if (!work(q)) {
        m_error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit())
        return m_error = db.lastError().text(), false;
    return true;
}

int ArchiveIndex::pageFileCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return m_open && q.exec(u"SELECT count(*) FROM files"_qs) && q.next() ? q.value(0).toInt() : 0;
}

QByteArray ArchiveIndex::passagesKey(const QList<ReflowedPage> &pages, const CompareOptions &options, int reach)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1 %2 %3 %4").arg(options.ignoreList()).arg(int(options.granularity)).arg(reach)
                     .arg(pages.size()).toUtf8());
    for (const ReflowedPage &page : pages) {
        // The bytes read, and which page of them (a PDF's pages share their file's).
        hash.addData(page.source.digest.toLatin1());
        hash.addData(QByteArrayView("\n"));
        if (page.source.digest.isEmpty())
            for (const QString &line : page.source.lines)
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(line.constData()), line.size() * 2));
        const qsizetype hashMark = page.source.path.lastIndexOf(u'#');
        hash.addData(page.source.path.mid(hashMark < 0 ? page.source.path.size() : hashMark).toUtf8());
    }
    return hash.result();
}

std::optional<QList<PassageComparison>> ArchiveIndex::passages(const QByteArray &key)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT record FROM passages WHERE key = ?"_qs);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ArchiveFormat::passagesFrom(q.value(0).toByteArray());
}

bool ArchiveIndex::storePassages(const QByteArray &key, const QList<PassageComparison> &passages)
{
    if (!m_open)
        return false;
    const QByteArray record = ArchiveFormat::passagesRecord(passages);
    return inTransaction([&](QSqlQuery &q) {
        q.prepare(u"DELETE FROM passages WHERE key = ?"_qs);
        q.addBindValue(key);
        if (!q.exec())
            return false;
        q.prepare(u"INSERT INTO passages (key, record) VALUES (?, ?)"_qs);
        q.addBindValue(key);
        q.addBindValue(record);
        return q.exec()
            && q.exec(QStringLiteral("DELETE FROM passages WHERE id NOT IN (SELECT id FROM passages ORDER BY id DESC LIMIT %1)")
                          .arg(PassageSetsKept));
    });
}

} // namespace Jiaokan::Core
