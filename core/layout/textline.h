#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Jiaokan::Core {

// A run of glyphs on one baseline with no column gutter inside it: a line of one
// column, a headline line, one item of a masthead row.
struct TextLine {
    QString text;
    QList<QRectF> glyphBoxes;  // one per UTF-16 unit of text
    QRectF box;                // the glyphs' union, as the PDF gives it
    double em = 0;             // type size, in points, from the glyphs' height
    double centerY = 0;

    // The box cut to the type's own height: PDF glyph boxes are the font's, often
    // twice the type size, so neighbouring lines' boxes overlap.
    QRectF tightBox() const { return QRectF(box.left(), centerY - 0.45 * em, box.width(), 0.9 * em); }
};

} // namespace Jiaokan::Core
