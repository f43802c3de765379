#pragma once

#include "web/webdocument.h"

namespace Jiaokan::Core {

// An article exported as Markdown by an archive, read with a CommonMark parser (cmark):
// its YAML front matter (title, date, section 第01版, section_name 要闻, source_url,
// paper, author) is metadata, never text; heading marks, emphasis, block quotes and
// lists are structure, not characters; HTML set inside it is read as HTML.
class MarkdownReader final
{
public:
    // Whether text opens with front matter (--- on the first line, closed by ---).
    static bool hasFrontMatter(QStringView text);
    // What the front matter says; a front matter left open is no front matter, and
    // the text is read whole.
    static WebDocument read(const QString &text);
};

} // namespace Jiaokan::Core
