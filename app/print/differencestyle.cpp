#include "differencestyle.h"

namespace Jiaokan::App {

DifferenceStyle::Kind DifferenceStyle::kindOf(const Core::Difference &d)
{
    return kindOf(!d.text[Core::SideA].isEmpty(), !d.text[Core::SideB].isEmpty());
}

DifferenceStyle::Kind DifferenceStyle::kindOf(bool textInA, bool textInB)
{
    if (!textInB)
        return Kind::OnlyA;
    if (!textInA)
        return Kind::OnlyB;
    return Kind::Changed;
}

QColor DifferenceStyle::colour(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return QColor(0xFF, 0xE0, 0x8A);
    case Kind::OnlyA: return QColor(0xF8, 0xB4, 0xB4);
    case Kind::OnlyB: return QColor(0xB7, 0xE4, 0xB7);
    }
    return {};
}

Qt::PenStyle DifferenceStyle::outline(Kind kind, Core::Side side)
{
    if (kind == Kind::Changed)
        return Qt::SolidLine;
    const bool has = (kind == Kind::OnlyA) == (side == Core::SideA);
    return has ? Qt::DashLine : Qt::DotLine;
}

QColor DifferenceStyle::outlineColour(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return QColor(0xB0, 0x60, 0x00);
    case Kind::OnlyA: return QColor(0xC0, 0x00, 0x00);
    case Kind::OnlyB: return QColor(0x00, 0x80, 0x00);
    }
    return {};
}

} // namespace Jiaokan::App
