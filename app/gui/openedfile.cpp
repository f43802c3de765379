#include "openedfile.h"

#include "archive/archiveindex.h"
#include "layout/documentloader.h"
#include "util/parallelfor.h"
#include "util/taskprogress.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

OpenedFile OpenedFile::open(const QString &path)
{
    OpenedFile opened{QFileInfo(path).absoluteFilePath(), {}, {}};
    for (const QString &page : DocumentLoader::pagesOf(opened.path)) {
        auto source = DocumentLoader::load(page, &opened.error);
        if (!source) {
            opened.pages.clear();
            break;
        }
        opened.pages.append(ReflowedPage::analyze(std::move(*source)));
    }
    return opened;
}

void OpenedFile::openAll(const QStringList &paths, const QStringList &folders, TaskProgress &progress, QStringList *notes,
                          qsizetype firstBatch, const Deliver &deliver, const std::function<void()> &beforeBatch)
{
    QList<OpenedFile> files(paths.size());
    std::vector<std::unique_ptr<ArchiveIndex>> indexes;
    for (const QString &folder : folders) {
        indexes.push_back(std::make_unique<ArchiveIndex>(folder));
        if (!indexes.back()->isOpen())
            notes->append(tr("The index of %1 could not be used (%2); its pages were read again.")
                              .arg(QDir::toNativeSeparators(folder), indexes.back()->error()));
    }
    std::vector<int> indexOf(size_t(paths.size()), -1);
    for (qsizetype i = 0; i < paths.size(); ++i)
        for (size_t f = 0; f < indexes.size(); ++f)
            if (indexes[f]->isOpen() && paths[i].startsWith(folders[qsizetype(f)] + u'/'))
                indexOf[size_t(i)] = int(f);
    std::vector<QByteArray> digests(size_t(paths.size()));
    parallelFor(paths.size(), [&](qsizetype i) {
        if (indexOf[size_t(i)] >= 0 && !progress.isCancelled())
            digests[size_t(i)] = ArchiveIndex::digestOf(paths[i]);
    });
    // The records fetched on this thread (the connection's), read on all.
    std::vector<std::optional<QByteArray>> records(size_t(paths.size()));
    for (size_t f = 0; f < indexes.size(); ++f) {
        QHash<QString, ArchiveIndex::Kept> kept = indexes[f]->records();
        for (qsizetype i = 0; i < paths.size(); ++i)
            if (indexOf[size_t(i)] == int(f))
                if (auto it = kept.find(QFileInfo(paths[i]).absoluteFilePath());
                    it != kept.end() && it->digest == digests[size_t(i)] && !it->digest.isEmpty())
                    records[size_t(i)] = std::move(it->record);
    }
    // Read now: the file, and its record for the index.
    std::vector<QByteArray> newRecords(size_t(paths.size()));
    // Pages the index keeps all are there at once: comparing them first would only
    // hold up the passages the index keeps for all of them.
    if (std::all_of(records.begin(), records.end(), [](const auto &r) { return r.has_value(); }))
        firstBatch = paths.size();
    for (qsizetype from = 0, size = std::max<qsizetype>(1, firstBatch); from < paths.size(); from += size, size *= 8) {
        const qsizetype to = std::min(paths.size(), from + size);
        if (from > 0 && beforeBatch)
            beforeBatch();
        readBatch(from, to, paths, indexOf, digests, records, newRecords, files, progress);
        if (progress.isCancelled())
            return;
        for (size_t f = 0; f < indexes.size(); ++f) {
            QList<ArchiveIndex::Entry> entries;
            for (qsizetype i = from; i < to; ++i)
                if (indexOf[size_t(i)] == int(f) && !newRecords[size_t(i)].isEmpty())
                    entries.append({files[i].path, digests[size_t(i)], std::move(newRecords[size_t(i)])});
            if (!entries.isEmpty() && !indexes[f]->store(entries))
                notes->append(tr("The index of %1 could not be written (%2).")
                                  .arg(QDir::toNativeSeparators(folders[qsizetype(f)]), indexes[f]->error()));
        }
        deliver(files.mid(from, to - from));
    }
}

void OpenedFile::readBatch(qsizetype from, qsizetype to, const QStringList &paths, const std::vector<int> &indexOf,
                          const std::vector<QByteArray> &digests, std::vector<std::optional<QByteArray>> &records,
                          std::vector<QByteArray> &newRecords, QList<OpenedFile> &files, TaskProgress &progress)
{
    parallelFor(to - from, [&, from](qsizetype n) {
        const qsizetype i = from + n;
        if (progress.isCancelled())
            return;
        const QString absolute = QFileInfo(paths[i]).absoluteFilePath();
        if (records[size_t(i)])
            if (auto pages = ArchiveIndex::pagesOf(*records[size_t(i)], absolute)) {
                files[i] = {absolute, std::move(*pages), {}};
                records[size_t(i)].reset();
                progress.advance();
                return;
            }
        files[i] = open(paths[i]);
        if (indexOf[size_t(i)] >= 0 && !files[i].pages.isEmpty() && !digests[size_t(i)].isEmpty())
            newRecords[size_t(i)] = ArchiveIndex::recordOf(files[i].pages, absolute);
        progress.advance();
    });
}

} // namespace Jiaokan::App
