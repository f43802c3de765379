// Writes an archive index without end, for tst_archiveindex to kill mid-write: each
// round stores every page of FOLDER again under a new digest, in one transaction, and
// then says "round N" on stdout.
#include "archive/archiveindex.h"
#include "layout/documentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Jiaokan::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const QString folder = args[1];
    ArchiveIndex index(folder, args[2]);
    if (!index.isOpen())
        return 1;
    QList<ArchiveIndex::Entry> entries;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const QString path = QDir(folder).filePath(name);
        QString error;
        auto source = DocumentLoader::load(path, &error);
        if (!source)
            return 1;
        entries.append({path, {}, ArchiveIndex::recordOf({ReflowedPage::analyze(std::move(*source))}, path)});
    }
    QTextStream out(stdout);
    for (int round = 1;; ++round) {
        // Many copies per transaction, so that a kill lands inside one.
        QList<ArchiveIndex::Entry> batch;
        for (int copy = 0; copy < 50; ++copy)
            for (ArchiveIndex::Entry e : entries) {
                e.path = e.path + QStringLiteral(".%1").arg(copy);
                e.digest = QByteArray::number(round);
                batch.append(e);
            }
        if (!index.store(batch))
            return 1;
        out << "round " << round << Qt::endl;
    }
}
