#include "annotate/textanchor.h"

#include "annotate/sourcetext.h"

#include <algorithm>
#include <limits>

namespace Jiaokan::Core {

namespace {

QString withoutSpace(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// Characters of context that agree: how much of before ends at p, of after starts at q.
qsizetype contextScore(QStringView text, qsizetype p, qsizetype q, QStringView before, QStringView after)
{
    qsizetype score = 0;
    while (score < before.size() && score < p && text[p - 1 - score] == before[before.size() - 1 - score])
        ++score;
    qsizetype ahead = 0;
    while (ahead < after.size() && q + ahead < text.size() && text[q + ahead] == after[ahead])
        ++ahead;
    return score + ahead;
}

} // namespace

TextAnchor TextAnchor::of(const SourceText &source, qsizetype start, qsizetype end)
{
    const QString &text = source.text();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    TextAnchor anchor;
    anchor.offset = start;
    anchor.text = text.sliced(start, end - start);
    // Context counted in characters that are not space, so that a line break in it does
    // not shorten what is kept.
    qsizetype from = start;
    for (qsizetype kept = 0; from > 0 && kept < ContextLength; --from)
        kept += !text[from - 1].isSpace();
    qsizetype to = end;
    for (qsizetype kept = 0; to < text.size() && kept < ContextLength; ++to)
        kept += !text[to].isSpace();
    anchor.before = text.sliced(from, start - from);
    anchor.after = text.sliced(end, to - end);
    return anchor;
}

std::optional<std::pair<qsizetype, qsizetype>> TextAnchor::find(const SourceText &source) const
{
    const QString &compact = source.compact();
    const QString t = withoutSpace(text), b = withoutSpace(before), a = withoutSpace(after);
    // Where the anchor's text starts (or, for a point, where the point is) in compact.
    QList<qsizetype> candidates;
    const auto collect = [&](const QString &needle, qsizetype shift) {
        for (qsizetype at = compact.indexOf(needle); at >= 0; at = compact.indexOf(needle, at + 1))
            candidates.append(at + shift);
    };
    const QString whole = b + t + a;
    if (!whole.isEmpty())
        collect(whole, b.size());
    const bool exact = !candidates.isEmpty();
    if (!exact) {
        if (!t.isEmpty()) {
            collect(t, 0);
        } else {
            const qsizetype k = 4;
            if (!b.isEmpty())
                collect(b.right(k), std::min(k, b.size()));
            if (!a.isEmpty())
                collect(a.left(k), 0);
        }
    }
    if (candidates.isEmpty())
        return std::nullopt;

    const qsizetype oldCompact = source.compactOffset(offset);
    // Without its whole context, the text must still stand by enough of it (a long
    // reading is its own anchor).
    const qsizetype needed = exact || t.size() >= 8 ? 0 : std::min<qsizetype>(6, b.size() + a.size());
    qsizetype best = -1, bestScore = -1, bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype p : candidates) {
        const qsizetype score = exact ? 0 : contextScore(compact, p, p + t.size(), b, a);
        const qsizetype distance = std::abs(p - oldCompact);
        if (score < needed)
            continue;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = p;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    if (!t.isEmpty())
        return std::pair{source.sourceOffset(best), source.sourceOffset(best + t.size() - 1) + 1};
    const qsizetype at = best > 0 ? source.sourceOffset(best - 1) + 1 : 0;
    return std::pair{at, at};
}

} // namespace Jiaokan::Core
