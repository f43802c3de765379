#include "layout/pagefolder.h"

#include <QDirIterator>
#include <QFileInfo>

#include <unicode/ucol.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

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
    // Each path's sort key made once, then compared as bytes: a folder of 10,000 pages
    // is 10,000 keys, not 140,000 collations (most of the time of listing it).
    const auto sortByPath = [&](QStringList &paths) {
        if (U_FAILURE(status)) {
            std::sort(paths.begin(), paths.end());
            return;
        }
        std::vector<std::pair<std::string, QString>> keyed;
        keyed.reserve(size_t(paths.size()));
        for (QString &path : paths) {
            const auto *text = reinterpret_cast<const UChar *>(path.utf16());
            std::string key(size_t(ucol_getSortKey(natural.get(), text, int32_t(path.size()), nullptr, 0)), '\0');
            ucol_getSortKey(natural.get(), text, int32_t(path.size()), reinterpret_cast<uint8_t *>(key.data()),
                            int32_t(key.size()));
            keyed.emplace_back(std::move(key), std::move(path));
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype i = 0; i < paths.size(); ++i)
            paths[i] = std::move(keyed[size_t(i)].second);
    };
    sortByPath(listing.pages);
    sortByPath(listing.skipped);
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
