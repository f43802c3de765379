#include "layout/pdfreader.h"

#include "text/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMutex>

namespace Jiaokan::Core {

namespace {

using ReadPdf = bool (*)(const QByteArray *, const QString *, QString *, QList<GlyphPage> *);

// Poppler, and the Qt GUI it links, are loaded the first time a PDF is read: a
// process that reads page text starts without them (11-15 ms less a process here).
ReadPdf readPdfFunction(QString *where)
{
    static QMutex mutex;
    static ReadPdf function = nullptr;
    static QString tried;
    QMutexLocker lock(&mutex);
    if (function)
        return function;
    QStringList candidates;
    if (const QByteArray env = qgetenv("JIAOKAN_PDF_MODULE"); !env.isEmpty())
        candidates.append(QString::fromLocal8Bit(env));
    if (QCoreApplication::instance())
        candidates.append(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(JIAOKAN_PDF_MODULE_RELATIVE)));
    candidates.append(QStringLiteral(JIAOKAN_PDF_MODULE_INSTALLED));
    candidates.append(QStringLiteral(JIAOKAN_PDF_MODULE_BUILT));
    for (const QString &path : std::as_const(candidates)) {
        QLibrary library(path);
        if (auto f = reinterpret_cast<ReadPdf>(library.resolve("jiaokanReadPdf"))) {
            function = f;   // the library stays loaded for the process's life
            return function;
        }
    }
    *where = candidates.join(QStringLiteral(", "));
    return nullptr;
}

} // namespace

bool PdfReader::looksLikePdf(const QByteArray &head)
{
    return head.left(1024).contains("%PDF-");
}

std::optional<QList<GlyphPage>> PdfReader::read(const QByteArray &bytes, const QString &name, QString *error)
{
    QString where;
    const ReadPdf readPdf = readPdfFunction(&where);
    if (!readPdf) {
        *error = Tr::tr("%1: is a PDF, and Jiaokan's PDF reader is not installed (looked in %2)").arg(name, where);
        return std::nullopt;
    }
    QList<GlyphPage> pages;
    if (!readPdf(&bytes, &name, error, &pages))
        return std::nullopt;
    return pages;
}

} // namespace Jiaokan::Core
