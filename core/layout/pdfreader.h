#pragma once

#include "layout/glyph.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Jiaokan::Core {

// Reads a PDF's text layer through Poppler: every glyph of every page with its box.
// A PDF that cannot be read as text (damaged, encrypted, a scan with no text layer,
// fonts with no Unicode map) is refused with a message that says which and where.
class PdfReader final
{
public:
    // A PDF opens with %PDF- within its first kilobyte (ISO 32000-1, 7.5.2 and Annex H).
    static bool looksLikePdf(const QByteArray &head);

    static std::optional<QList<GlyphPage>> read(const QByteArray &bytes, const QString &name, QString *error);
    // Page page (1-based) of the PDF at path, or every page when page is 0; Poppler
    // reads only what it needs of the file.
    static std::optional<QList<GlyphPage>> readFile(const QString &path, int page, QString *error);
    static std::optional<int> pageCount(const QString &path, QString *error);
    // Another function of the module (the app renders pages through it), or null with
    // where the module was looked for.
    static QFunctionPointer moduleFunction(const char *name, QString *where);
};

} // namespace Jiaokan::Core
