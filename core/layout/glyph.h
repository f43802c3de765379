#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "text/pagetext.h"

namespace Jiaokan::Core {

// One character as a PDF's text layer places it: what it is and where it is printed.
struct Glyph {
    QString text;              // one character (two UTF-16 units beyond the BMP)
    QRectF box;                // PDF points, origin at the page's top left
    bool spaceAfter = false;   // the PDF's word ends here with a space
};

// A page of a PDF as its glyphs, in the order the PDF gives them.
struct GlyphPage {
    int number = 1;            // 1-based
    QSizeF size;               // points
    QList<Glyph> glyphs;
    // What the PDF's document information says of it (title, author, date of making).
    PageMetadata information;
};

} // namespace Jiaokan::Core
