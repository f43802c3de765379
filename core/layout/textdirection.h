#pragma once

#include "layout/glyph.h"

namespace Jiaokan::Core {

// Which way a page's text runs as the PDF displays it: a page turned a quarter (its
// /Rotate, or content drawn turned) runs its lines down or up the page. The layout
// works on the page turned upright and maps its boxes back.
class TextDirection final
{
public:
    enum Turn { Upright, Down, Up, UpsideDown };   // lines run right, down, up, left

    static Turn of(const QList<Glyph> &glyphs);

    TextDirection(Turn turn, QSizeF displayed);
    QSizeF uprightSize() const;
    QRectF toUpright(const QRectF &displayed) const;
    QRectF toDisplayed(const QRectF &upright) const;

private:
    Turn m_turn;
    QSizeF m_size;   // as displayed
};

} // namespace Jiaokan::Core
