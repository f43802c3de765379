#include "layout/pagefolder.h"

#include <QDirIterator>
#include <QFileInfo>

#include <unicode/ucol.h>

#include <algorithm>
#include <memory>

namespace Jiaokan::Core {

const QStringList &PageFolder::pageSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("txt"),   QStringLiteral("pdf"), QStringLiteral("html"),
                                         QStringLiteral("htm"),   QStringLiteral("xhtml"), QStringLiteral("md"),
                                         QStringLiteral("markdown")};
    return suffixes;
}

PageFolder::Listing PageFolder::list(const QString &folder)
{
    Listing listing;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (pageSuffixes().contains(info.suffix().toLower()))
            listing.pages.append(info.absoluteFilePath());
        else
            listing.skipped.append(info.absoluteFilePath());
    }
    // ICU's root collation with digits compared as numbers: Qt's QCollator has no
    // numeric mode without ICU behind it, and which backend it has varies.
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCollator, decltype(&ucol_close)> natural(ucol_open("", &status), &ucol_close);
    if (U_SUCCESS(status))
        ucol_setAttribute(natural.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    const auto byPath = [&](const QString &a, const QString &b) {
        if (U_FAILURE(status))
            return a < b;
        return ucol_strcoll(natural.get(), reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
                            reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()))
            == UCOL_LESS;
    };
    std::sort(listing.pages.begin(), listing.pages.end(), byPath);
    std::sort(listing.skipped.begin(), listing.skipped.end(), byPath);
    return listing;
}

PageFolder::Listing PageFolder::expand(const QStringList &paths)
{
    Listing listing;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            listing.pages.append(path);
            continue;
        }
        Listing inside = list(path);
        listing.pages += std::move(inside.pages);
        listing.skipped += std::move(inside.skipped);
    }
    return listing;
}

} // namespace Jiaokan::Core
