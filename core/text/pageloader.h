#pragma once

#include "text/pagetext.h"

#include <QByteArray>
#include <optional>

namespace Jiaokan::Core {

// Reads a page's bytes, detects the encoding with ICU and decodes it strictly.
// Anything that is not page text (binary data, undecodable bytes, an empty or
// oversized file) is refused with a message that says what and where.
class PageLoader final
{
public:
    // A newspaper page is tens of kilobytes; 32 MiB leaves room for whole-issue dumps.
    static constexpr qint64 MaxPageBytes = 32 * 1024 * 1024;

    // PageText::digest, the SHA-256 of the bytes, tells a project that a file changed.
    // Where no project is made (the CLI) it is skipped: on a 3 MB page it is a tenth
    // of the time of reading, reflowing and indexing it.
    enum class Digest { Take, Skip };

    static std::optional<PageText> load(const QString &path, QString *error, Digest digest = Digest::Take);
    static std::optional<PageText> fromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                             Digest digest = Digest::Take);
    static std::optional<PageText> fromText(const QString &text, const QString &path, QString *error);
    // bytes decoded strictly as charset (an IANA name ICU knows: UTF-8, GBK, Big5…),
    // or nothing when they are not valid in it or ICU does not know it.
    static std::optional<QString> decodeAs(const QByteArray &bytes, const QByteArray &charset);

private:
    // fromText without the digest, which fromBytes takes of the bytes instead.
    static std::optional<PageText> textPage(const QString &text, const QString &path, QString *error);
};

} // namespace Jiaokan::Core
