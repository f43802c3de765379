#include "layout/pdfreader.h"

#include "text/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMutex>

namespace Jiaokan::Core {

namespace {

using ReadPdf = bool (*)(const QString *, const QByteArray *, int, const QString *, QString *, QList<GlyphPage> *,
                         int *);

// Poppler, and the Qt GUI it links, are loaded the first time a PDF is read: a
// process that reads page text starts without them (11-15 ms less a process here).
QFunctionPointer resolve(const char *name, QString *where)
{
    static QMutex mutex;
    static QLibrary *module = nullptr;
    QMutexLocker lock(&mutex);
    QStringList candidates;
    if (const QByteArray env = qgetenv("JIAOKAN_PDF_MODULE"); !env.isEmpty())
        candidates.append(QString::fromLocal8Bit(env));
    if (QCoreApplication::instance())
        candidates.append(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(JIAOKAN_PDF_MODULE_RELATIVE)));
    candidates.append(QStringLiteral(JIAOKAN_PDF_MODULE_INSTALLED));
    candidates.append(QStringLiteral(JIAOKAN_PDF_MODULE_BUILT));
    for (qsizetype i = 0; !module && i < candidates.size(); ++i) {
        auto *library = new QLibrary(candidates[i]);
        if (library->load())
            module = library;   // stays loaded for the process's life
        else
            delete library;
    }
    if (QFunctionPointer f = module ? module->resolve(name) : nullptr)
        return f;
    *where = candidates.join(QStringLiteral(", "));
    return nullptr;
}

ReadPdf readPdfFunction(QString *where)
{
    return reinterpret_cast<ReadPdf>(resolve("jiaokanReadPdf", where));
}

} // namespace

QFunctionPointer PdfReader::moduleFunction(const char *name, QString *where)
{
    return resolve(name, where);
}

bool PdfReader::looksLikePdf(const QByteArray &head)
{
    return head.left(1024).contains("%PDF-");
}

namespace {

std::optional<QList<GlyphPage>> readThroughModule(const QString *path, const QByteArray *bytes, int page,
                                                  const QString &name, QString *error, int *count)
{
    QString where;
    const ReadPdf readPdf = readPdfFunction(&where);
    if (!readPdf) {
        *error = Tr::tr("%1: is a PDF, and Jiaokan's PDF reader is not installed (looked in %2)").arg(name, where);
        return std::nullopt;
    }
    QList<GlyphPage> pages;
    if (!readPdf(path, bytes, page, &name, error, &pages, count))
        return std::nullopt;
    return pages;
}

} // namespace

std::optional<QList<GlyphPage>> PdfReader::read(const QByteArray &bytes, const QString &name, QString *error)
{
    int count = 0;
    return readThroughModule(nullptr, &bytes, 0, name, error, &count);
}

std::optional<QList<GlyphPage>> PdfReader::readFile(const QString &path, int page, QString *error)
{
    int count = 0;
    const QString name = page > 0 ? QStringLiteral("%1#%2").arg(path).arg(page) : path;
    return readThroughModule(&path, nullptr, page, name, error, &count);
}

std::optional<int> PdfReader::pageCount(const QString &path, QString *error)
{
    int count = 0;
    if (!readThroughModule(&path, nullptr, -1, path, error, &count))
        return std::nullopt;
    return count;
}

} // namespace Jiaokan::Core
