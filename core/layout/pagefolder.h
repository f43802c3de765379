#pragma once

#include <QStringList>

namespace Jiaokan::Core {

// The pages in a folder and every folder under it, as a researcher's archive is kept:
// files named as page text, PDF, HTML or Markdown, in natural order (page2 before
// page10). What is not read is said, never dropped unseen.
class PageFolder final
{
public:
    struct Listing {
        QStringList pages;
        // Files whose names say they are no page (images, labels, notes), by path.
        QStringList skipped;
    };

    // The suffixes of pages, lower case: txt, pdf, html, htm, xhtml, md, markdown.
    static const QStringList &pageSuffixes();
    // Hidden files and folders (.git) are not looked into; links to folders are not
    // followed, so a link back up cannot loop.
    static Listing list(const QString &folder);
    // paths with each folder in it replaced by the pages it holds, in place.
    static Listing expand(const QStringList &paths);
};

} // namespace Jiaokan::Core
