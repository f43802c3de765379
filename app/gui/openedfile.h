#pragma once

#include "stories/reflowedpage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace Jiaokan::Core {
class TaskProgress;
}

namespace Jiaokan::App {

// One file read and reflowed (a PDF of several pages as one page each), or why it
// could not be; and the reading of many, through their folders' archive indexes.
struct OpenedFile {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::App::OpenedFile)

public:
    QString path;
    QList<Core::ReflowedPage> pages;
    QString error;

    static OpenedFile open(const QString &path);

    // Every path, on all cores. A page of a folder whose archive index knows its bytes
    // is taken from the index; the rest are read, and kept there for next time. What
    // goes wrong with an index is said in notes; the pages are then read as without.
    // The files go to deliver a batch at a time, in order, each batch eight times the
    // one before (the first firstBatch files): the first pages can be compared while
    // the rest are read, at a small cost to the comparison of all. beforeBatch, if
    // given, is called before each batch after the first.
    using Deliver = std::function<void(QList<OpenedFile>)>;
    static void openAll(const QStringList &paths, const QStringList &folders, Core::TaskProgress &progress,
                        QStringList *notes, qsizetype firstBatch, const Deliver &deliver,
                        const std::function<void()> &beforeBatch = {});

private:
    static void readBatch(qsizetype from, qsizetype to, const QStringList &paths, const std::vector<int> &indexOf,
                          const std::vector<QByteArray> &digests, std::vector<std::optional<QByteArray>> &records,
                          std::vector<QByteArray> &newRecords, QList<OpenedFile> &files, Core::TaskProgress &progress);
};

} // namespace Jiaokan::App
