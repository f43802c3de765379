#pragma once

#include "web/webdocument.h"

#include <QByteArray>
#include <optional>

namespace Jiaokan::Core {

// An article saved from a paper's website, read with a real HTML5 parser (gumbo, as
// browsers parse): its main text without navigation, scripts, styles, comments,
// advertisements and related-links blocks; h1-h6 as headings, p as paragraphs,
// figcaption as captions; its metadata from <title> and <meta> (og:title,
// og:site_name, article:published_time, article:section, author, the canonical URL).
class HtmlReader final
{
public:
    // Whether bytes are HTML: a doctype, an <html>, <head> or <body> tag near the start.
    static bool looksLikeHtml(const QByteArray &head);
    // The charset the document declares (<meta charset>, http-equiv), if any.
    static QByteArray declaredCharset(const QByteArray &bytes);
    static WebDocument read(const QString &html);
    static WebDocument read(const QByteArray &utf8);   // valid UTF-8, as gumbo reads it
};

} // namespace Jiaokan::Core
