#include "diff/differencelook.h"

#include "text/tr.h"

namespace Jiaokan::Core {

DifferenceLook::Kind DifferenceLook::kindOf(const Difference &d)
{
    if (d.movedWith >= 0)
        return Kind::Moved;
    return kindOf(!d.text[SideA].isEmpty(), !d.text[SideB].isEmpty());
}

DifferenceLook::Kind DifferenceLook::kindOf(bool textInA, bool textInB)
{
    if (!textInB)
        return Kind::OnlyA;
    if (!textInA)
        return Kind::OnlyB;
    return Kind::Changed;
}

DifferenceLook::Line DifferenceLook::line(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return Line::Wavy;
    case Kind::OnlyA: return Line::Struck;
    case Kind::OnlyB: return Line::Underlined;
    case Kind::Moved: return Line::Dashed;
    }
    return Line::Underlined;
}

QString DifferenceLook::fill(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return QStringLiteral("#ffe08a");
    case Kind::OnlyA: return QStringLiteral("#f8b4b4");
    case Kind::OnlyB: return QStringLiteral("#b7e4b7");
    case Kind::Moved: return QStringLiteral("#c4dbf6");
    }
    return {};
}

QString DifferenceLook::lineColour(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return QStringLiteral("#b06000");
    case Kind::OnlyA: return QStringLiteral("#c00000");
    case Kind::OnlyB: return QStringLiteral("#008000");
    case Kind::Moved: return QStringLiteral("#1f57b0");
    }
    return {};
}

QString DifferenceLook::name(Kind kind)
{
    switch (kind) {
    case Kind::Changed: return Tr::tr("differs");
    case Kind::OnlyA: return Tr::tr("only in A");
    case Kind::OnlyB: return Tr::tr("only in B");
    case Kind::Moved: return Tr::tr("moved");
    }
    return {};
}

QString DifferenceLook::css(Kind kind, bool annotated)
{
    const Line l = line(kind);
    QString lines = l == Line::Struck ? QStringLiteral("line-through") : QStringLiteral("underline");
    if (annotated)
        lines += QStringLiteral(" overline");
    return QStringLiteral("background-color: %1; color: #000; text-decoration: %2 %3 %4;")
        .arg(fill(kind), lines,
             l == Line::Wavy ? QStringLiteral("wavy") : l == Line::Dashed ? QStringLiteral("dashed") : QStringLiteral("solid"),
             lineColour(kind));
}

QString DifferenceLook::printCss(Kind kind, bool annotated)
{
    QString lines = line(kind) == Line::Struck ? QStringLiteral("line-through") : QStringLiteral("underline");
    if (annotated)
        lines += QStringLiteral(" overline");
    return QStringLiteral("background-color:%1; text-decoration:%2;").arg(fill(kind), lines);
}

} // namespace Jiaokan::Core
