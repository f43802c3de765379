#include "layout/linebuilder.h"

#include "reflow/reflower.h"
#include "text/charclass.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Jiaokan::Core {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

char32_t codePoint(const QString &text)
{
    return text.isEmpty() ? 0 : CharClass::firstCodePoint(text);
}

// A glyph's box height is the font's ascent to descent, the same multiple of the type
// size for every glyph of a font; an ideograph's width is one em. Their ratio, taken
// over the page's ideographs, turns any glyph's height into its type size.
double heightPerEm(const QList<Glyph> &glyphs)
{
    QList<double> ratios;
    for (const Glyph &g : glyphs)
        if (g.box.width() > 0 && CharClass::isHan(codePoint(g.text)))
            ratios.append(g.box.height() / g.box.width());
    return ratios.size() >= 5 ? median(ratios) : 1.0;
}

struct Row {
    double centerY = 0;
    double em = 0;
    QList<int> glyphs;
};

bool sameSize(double a, double b)
{
    return std::max(a, b) <= 1.12 * std::min(a, b);
}

// Glyphs of one size whose centres are within a third of an em share a row.
QList<Row> rowsOf(const QList<Glyph> &glyphs, const QList<double> &em)
{
    QList<int> byCenter(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i)
        byCenter[i] = i;
    std::sort(byCenter.begin(), byCenter.end(), [&](int a, int b) {
        return glyphs[a].box.center().y() < glyphs[b].box.center().y();
    });
    QList<Row> rows;
    int open = 0;   // rows before this one lie well above the current glyph
    for (int g : byCenter) {
        const double cy = glyphs[g].box.center().y();
        while (open < rows.size() && rows[open].centerY < cy - 2 * rows[open].em)
            ++open;
        int found = -1;
        for (int r = int(rows.size()) - 1; r >= open; --r) {
            if (std::abs(rows[r].centerY - cy) < 0.3 * std::min(rows[r].em, em[g]) && sameSize(rows[r].em, em[g])) {
                found = r;
                break;
            }
        }
        if (found < 0) {
            rows.append(Row{cy, em[g], {}});
            found = int(rows.size()) - 1;
        }
        rows[found].glyphs.append(g);
    }
    return rows;
}

TextLine lineOf(const QList<Glyph> &glyphs, const QList<double> &em, const QList<int> &members)
{
    TextLine line;
    QList<double> sizes, centers;
    for (int i = 0; i < members.size(); ++i) {
        const Glyph &g = glyphs[members[i]];
        if (i > 0) {
            const Glyph &prev = glyphs[members[i - 1]];
            const double gap = g.box.left() - prev.box.right();
            const bool spaced = prev.spaceAfter || gap > 0.25 * em[members[i]];
            if (spaced && Reflower::needsSpaceBetween(CharClass::lastCodePoint(line.text), codePoint(g.text))) {
                line.text += u' ';
                line.glyphBoxes.append(QRectF(prev.box.right(), prev.box.top(), std::max(0.0, gap), prev.box.height()));
            }
        }
        line.text += g.text;
        for (qsizetype u = 0; u < g.text.size(); ++u)
            line.glyphBoxes.append(g.box);
        line.box = line.box.isNull() ? g.box : line.box.united(g.box);
        sizes.append(em[members[i]]);
        centers.append(g.box.center().y());
    }
    line.em = median(sizes);
    line.centerY = median(centers);
    return line;
}

int visibleLength(const QList<int> &piece) { return int(piece.size()); }

} // namespace

LineBuilder::Result LineBuilder::build(const QList<Glyph> &input)
{
    // Spaces carry no position worth keeping; the layout finds its own gaps.
    QList<Glyph> glyphs;
    glyphs.reserve(input.size());
    for (const Glyph &g : input)
        if (!g.text.isEmpty() && !CharClass::isSpace(codePoint(g.text)) && g.box.width() >= 0 && g.box.height() > 0)
            glyphs.append(g);
    Result result;
    if (glyphs.isEmpty())
        return result;
    const double k = heightPerEm(glyphs);
    QList<double> em(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i)
        em[i] = glyphs[i].box.height() / k;

    // The body size: the size most glyphs have, to a twentieth of a point.
    QHash<int, int> sizeCount;
    for (double e : em)
        ++sizeCount[int(std::lround(e * 20))];
    int bodyKey = 0, bodyCount = 0;
    for (auto it = sizeCount.cbegin(); it != sizeCount.cend(); ++it)
        if (it.value() > bodyCount || (it.value() == bodyCount && it.key() < bodyKey))
            bodyKey = it.key(), bodyCount = it.value();
    result.bodyEm = bodyKey / 20.0;

    for (Row &row : rowsOf(glyphs, em)) {
        std::sort(row.glyphs.begin(), row.glyphs.end(),
                  [&](int a, int b) { return glyphs[a].box.left() < glyphs[b].box.left(); });
        // Pieces split at gutters, with the gaps between them.
        QList<QList<int>> pieces{{row.glyphs.first()}};
        QList<double> gaps;
        for (int i = 1; i < row.glyphs.size(); ++i) {
            const Glyph &prev = glyphs[row.glyphs[i - 1]];
            const Glyph &g = glyphs[row.glyphs[i]];
            const double gap = g.box.left() - prev.box.right();
            if (gap > GutterEm * std::max(em[row.glyphs[i]], em[row.glyphs[i - 1]])) {
                pieces.append(QList<int>());
                gaps.append(gap);
            }
            pieces.last().append(row.glyphs[i]);
        }
        // Letter spacing: three or more pieces of one or two glyphs each, evenly spaced
        // and no wider apart than three em, are one line set wide (中 国 海 油).
        bool letterSpaced = pieces.size() >= 3;
        for (const QList<int> &p : pieces)
            letterSpaced = letterSpaced && visibleLength(p) <= 2;
        if (letterSpaced) {
            const auto [lo, hi] = std::minmax_element(gaps.cbegin(), gaps.cend());
            letterSpaced = *hi <= 1.5 * *lo + 0.2 * row.em && *hi <= 3 * row.em;
        }
        if (letterSpaced)
            pieces = {row.glyphs};
        for (const QList<int> &p : pieces)
            result.lines.append(lineOf(glyphs, em, p));
    }
    return result;
}

} // namespace Jiaokan::Core
