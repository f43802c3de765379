#pragma once

#include "text/pageloader.h"

namespace Jiaokan::Core {

// Reads whatever page the user gives, by its content rather than its name: a PDF's
// text layer laid out by the layout step (every page of the PDF, in order, with
// where each line was printed), or page text through PageLoader.
class DocumentLoader final
{
public:
    // A whole issue of a paper as one PDF runs to hundreds of megabytes.
    static constexpr qint64 MaxPdfBytes = qint64(1) << 30;

    // path may name one page of a PDF as FILE#N.
    static std::optional<PageText> load(const QString &path, QString *error,
                                        PageLoader::Digest digest = PageLoader::Digest::Take);
    // The pages a file holds, as load() takes them: FILE#1, FILE#2… for a PDF of
    // several pages, the file itself otherwise (or when it cannot be read: load says why).
    static QStringList pagesOf(const QString &path);
    // FILE#N, where FILE is a PDF, as {FILE, N}; any other path as {path, 0}.
    static std::pair<QString, int> splitPageName(const QString &path);
    static std::optional<PageText> fromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                             PageLoader::Digest digest = PageLoader::Digest::Take);
};

} // namespace Jiaokan::Core
