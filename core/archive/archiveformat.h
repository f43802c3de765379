#pragma once

#include "diff/passagecomparison.h"
#include "stories/reflowedpage.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Jiaokan::Core {

// How the archive index keeps what it saves: analysed pages, and the passages found
// among them, as binary records compressed with Zstandard. Reading checks every count
// and kind, and the checksum, so a damaged record is none rather than a wrong page.
class ArchiveFormat final
{
public:
    // Bumped whenever a record's layout changes; records of another version are not read.
    static constexpr int Version = 3;

    static QByteArray pagesRecord(const QList<ReflowedPage> &pages);
    static std::optional<QList<ReflowedPage>> pagesFrom(const QByteArray &record);
    static QByteArray passagesRecord(const QList<PassageComparison> &passages);
    static std::optional<QList<PassageComparison>> passagesFrom(const QByteArray &record);
    // The compression records use, and its undoing (empty for what is no record).
    static QByteArray pack(const QByteArray &bytes);
    static QByteArray unpack(const QByteArray &packed);
};

} // namespace Jiaokan::Core
