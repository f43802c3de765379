#include "layout/textdirection.h"

#include <array>
#include <cmath>

namespace Jiaokan::Core {

TextDirection::Turn TextDirection::of(const QList<Glyph> &glyphs)
{
    // Each glyph votes for the way to the next one, when that is a neighbour.
    std::array<int, 4> votes{};
    for (qsizetype i = 0; i + 1 < glyphs.size(); ++i) {
        const QRectF a = glyphs[i].box, b = glyphs[i + 1].box;
        const double size = std::max({a.width(), a.height(), 1.0});
        const double dx = b.center().x() - a.center().x(), dy = b.center().y() - a.center().y();
        if (std::hypot(dx, dy) > 2 * size || (dx == 0 && dy == 0))
            continue;
        if (std::abs(dx) >= std::abs(dy))
            ++votes[dx > 0 ? Upright : UpsideDown];
        else
            ++votes[dy > 0 ? Down : Up];
    }
    Turn best = Upright;
    for (int t = 1; t < 4; ++t)
        if (votes[t] > 2 * votes[best])
            best = Turn(t);
    return best;
}

TextDirection::TextDirection(Turn turn, QSizeF displayed) : m_turn(turn), m_size(displayed) {}

QSizeF TextDirection::uprightSize() const
{
    return m_turn == Down || m_turn == Up ? m_size.transposed() : m_size;
}

QRectF TextDirection::toUpright(const QRectF &r) const
{
    const double w = m_size.width(), h = m_size.height();
    switch (m_turn) {
    case Upright: return r;
    case Down: return QRectF(r.top(), w - r.right(), r.height(), r.width());
    case Up: return QRectF(h - r.bottom(), r.left(), r.height(), r.width());
    case UpsideDown: return QRectF(w - r.right(), h - r.bottom(), r.width(), r.height());
    }
    return r;
}

QRectF TextDirection::toDisplayed(const QRectF &r) const
{
    const double w = m_size.width(), h = m_size.height();
    switch (m_turn) {
    case Upright: return r;
    case Down: return QRectF(w - r.bottom(), r.left(), r.height(), r.width());
    case Up: return QRectF(r.top(), h - r.right(), r.height(), r.width());
    case UpsideDown: return QRectF(w - r.right(), h - r.bottom(), r.width(), r.height());
    }
    return r;
}

} // namespace Jiaokan::Core
