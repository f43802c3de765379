#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Jiaokan::Core {

class SourceText;

// A stretch of a page's source text held by what it says and what surrounds it as
// well as by where it was, so that it is found again when the page has been edited
// elsewhere, re-extracted with other line breaks, or compared with other options.
struct TextAnchor {
    static constexpr qsizetype ContextLength = 16;

    qsizetype offset = 0;   // in SourceText, when the anchor was made
    QString text;           // the stretch itself; empty: a point between before and after
    QString before;         // up to ContextLength characters either side
    QString after;

    static TextAnchor of(const SourceText &source, qsizetype start, qsizetype end);
    // Where the anchor is in source now: the occurrence of its text with the most of its
    // context around it, the nearest to where it was among equals; nothing when its
    // text is gone or stands nowhere near its context any more.
    // White space, line breaks included, is not compared.
    std::optional<std::pair<qsizetype, qsizetype>> find(const SourceText &source) const;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace Jiaokan::Core
