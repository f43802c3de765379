#include "differencestyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Jiaokan::App {

using Core::DifferenceLook;

QColor DifferenceStyle::colour(Kind kind)
{
    return QColor(DifferenceLook::fill(kind));
}

QColor DifferenceStyle::lineColour(Kind kind)
{
    return QColor(DifferenceLook::lineColour(kind));
}

QColor DifferenceStyle::gapColour()
{
    return QColor(DifferenceLook::gapColour());
}

QTextCharFormat DifferenceStyle::format(Kind kind, bool annotated)
{
    QTextCharFormat f;
    f.setBackground(colour(kind));
    // The marks are light: their text is black whatever the palette (dark themes too).
    f.setForeground(Qt::black);
    switch (DifferenceLook::line(kind)) {
    case DifferenceLook::Line::Wavy:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(lineColour(kind));
        break;
    case DifferenceLook::Line::Struck:
        f.setFontStrikeOut(true);
        break;
    case DifferenceLook::Line::Underlined:
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(lineColour(kind));
        break;
    case DifferenceLook::Line::Dashed:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(lineColour(kind));
        break;
    }
    f.setFontOverline(annotated);
    return f;
}

void DifferenceStyle::drawLines(QTextDocument *document)
{
    const QList<Kind> kinds = DifferenceLook::kinds();
    struct Mark {
        int start, end;
        Kind kind;
        bool annotated;
    };
    QList<Mark> marks;   // found first: formatting splits the fragments being walked
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat f = fragment.charFormat();
            if (!f.hasProperty(QTextFormat::BackgroundBrush))
                continue;
            for (const Kind kind : kinds) {
                if (f.background().color() == colour(kind)) {
                    marks.append({fragment.position(), fragment.position() + fragment.length(), kind, f.fontOverline()});
                    break;
                }
            }
        }
    }
    QTextCursor cursor(document);
    for (const Mark &mark : std::as_const(marks)) {
        cursor.setPosition(mark.start);
        cursor.setPosition(mark.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format(mark.kind, mark.annotated));
    }
}

Qt::PenStyle DifferenceStyle::outline(Kind kind, Core::Side side)
{
    if (kind == Kind::Changed)
        return Qt::SolidLine;
    if (kind == Kind::Moved)
        return Qt::DashDotLine;
    const bool has = (kind == Kind::OnlyA) == (side == Core::SideA);
    return has ? Qt::DashLine : Qt::DotLine;
}

} // namespace Jiaokan::App
