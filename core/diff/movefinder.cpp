#include "diff/movefinder.h"

#include "analysis/comparisonkey.h"
#include "diff/anchoreddiff.h"

#include <algorithm>
#include <optional>
#include <array>
#include <unordered_map>

namespace Jiaokan::Core {

namespace {

// A difference that is, all but a mark or two, text on one side only.
struct Candidate {
    qsizetype index = 0;
    std::u32string_view text;
};

std::u32string_view slice(const ComparisonKey &key, qsizetype start, qsizetype end)
{
    return std::u32string_view(key.text()).substr(size_t(start), size_t(std::max<qsizetype>(0, end - start)));
}

// How many elements the two have in common counted as multisets: an upper bound of
// their longest common subsequence, cheap enough to try every pair of like length.
qsizetype commonCharacters(std::u32string_view a, std::u32string_view b)
{
    std::unordered_map<char32_t, qsizetype> counts;
    for (char32_t c : a)
        ++counts[c];
    qsizetype common = 0;
    for (char32_t c : b) {
        auto it = counts.find(c);
        if (it != counts.end() && it->second > 0) {
            --it->second;
            ++common;
        }
    }
    return common;
}

// The similarity of two stretches if it is at least floor, else -1: the bounds that
// lengths and shared characters set are tried before the diff that measures it.
double similarityFrom(std::u32string_view x, std::u32string_view y, double floor)
{
    const double lx = double(x.size()), ly = double(y.size());
    if (lx + ly == 0 || 2.0 * std::min(lx, ly) / (lx + ly) < floor)
        return -1;
    if (2.0 * double(commonCharacters(x, y)) / (lx + ly) < floor)
        return -1;
    const double s = MoveFinder::similarity(x, y);
    return s >= floor ? s : -1;
}

} // namespace

QList<Hunk> MoveFinder::splitForMoves(const QList<Hunk> &hunks, const ComparisonKey &a, const ComparisonKey &b,
                                      const std::function<bool(Side, qsizetype)> &isStart)
{
    const std::array<const ComparisonKey *, SideCount> keys{&a, &b};
    auto sideOf = [](const Hunk &h) -> std::optional<Side> {
        if (h.length(SideA) > 0 && h.length(SideB) == 0)
            return SideA;
        if (h.length(SideB) > 0 && h.length(SideA) == 0)
            return SideB;
        return std::nullopt;
    };
    std::array<QList<std::u32string_view>, SideCount> wholes;   // one-sided hunks long enough to move
    for (const Hunk &h : hunks)
        if (const auto s = sideOf(h); s && h.length(*s) >= MinLength)
            wholes[*s].append(slice(*keys[*s], h.start[*s], h.end[*s]));
    if (wholes[SideA].isEmpty() || wholes[SideB].isEmpty())
        return hunks;
    qsizetype budget = 20'000'000;   // as in link(): pages that share little stay quick
    QList<Hunk> out;
    for (const Hunk &h : hunks) {
        const auto s = sideOf(h);
        QList<qsizetype> cuts;
        if (s && budget > 0)
            for (qsizetype at = h.start[*s] + 1; at < h.end[*s]; ++at)
                if (isStart(*s, at))
                    cuts.append(at);
        if (cuts.isEmpty()) {
            out.append(h);
            continue;
        }
        const Side side = *s, other = side == SideA ? SideB : SideA;
        QList<std::pair<qsizetype, qsizetype>> pieces;
        qsizetype from = h.start[side];
        for (qsizetype cut : std::as_const(cuts)) {
            pieces.append({from, cut});
            from = cut;
        }
        pieces.append({from, h.end[side]});
        bool moved = false;
        for (const auto &[start, end] : std::as_const(pieces)) {
            if (end - start < MinLength)
                continue;
            const std::u32string_view piece = slice(*keys[side], start, end);
            for (std::u32string_view whole : std::as_const(wholes[other])) {
                budget -= qsizetype(piece.size() + whole.size());
                if ((moved = similarityFrom(piece, whole, MinSimilarity) >= 0))
                    break;
            }
            if (moved)
                break;
        }
        if (!moved) {
            out.append(h);
            continue;
        }
        for (const auto &[start, end] : std::as_const(pieces)) {
            Hunk piece = h;
            piece.start[side] = start;
            piece.end[side] = end;
            piece.start[other] = piece.end[other] = h.start[other];
            out.append(piece);
        }
    }
    return out;
}

double MoveFinder::similarity(std::u32string_view a, std::u32string_view b)
{
    if (a.empty() && b.empty())
        return 1.0;
    qsizetype equal = 0;
    for (const EditRun &r : AnchoredDiff::diff(a, b))
        if (r.kind == EditRun::Equal)
            equal += r.length;
    return 2.0 * double(equal) / double(a.size() + b.size());
}

void MoveFinder::link(QList<Difference> &differences, const ComparisonKey &a, const ComparisonKey &b)
{
    std::array<QList<Candidate>, SideCount> candidates;
    for (qsizetype i = 0; i < differences.size(); ++i) {
        Difference &d = differences[i];
        d.movedWith = -1;
        for (Side s : {SideA, SideB}) {
            const Side other = s == SideA ? SideB : SideA;
            const qsizetype length = d.keyEnd[s] - d.keyStart[s];
            const qsizetype otherLength = d.keyEnd[other] - d.keyStart[other];
            if (length >= MinLength && otherLength <= std::max<qsizetype>(2, length / 10))
                candidates[s].append(Candidate{i, slice(s == SideA ? a : b, d.keyStart[s], d.keyEnd[s])});
        }
    }
    if (candidates[SideA].isEmpty() || candidates[SideB].isEmpty())
        return;
    // Longest first, each paired with its most alike counterpart, each used once.
    auto longestFirst = [](const Candidate &x, const Candidate &y) { return x.text.size() > y.text.size(); };
    for (QList<Candidate> &list : candidates)
        std::stable_sort(list.begin(), list.end(), longestFirst);
    QList<bool> used(differences.size(), false);
    // Two pages that share little have many omissions and insertions; the pairs of like
    // length are tried only up to this many elements read, so that no pair of texts
    // takes more than a fraction of a second here.
    qsizetype budget = 50'000'000;
    for (const Candidate &left : std::as_const(candidates[SideA])) {
        if (used[left.index])
            continue;
        if (budget <= 0)
            break;
        qsizetype best = -1;
        double bestSimilarity = MinSimilarity;
        for (const Candidate &right : std::as_const(candidates[SideB])) {
            if (used[right.index])
                continue;
            budget -= qsizetype(left.text.size() + right.text.size());
            if (const double s = similarityFrom(left.text, right.text, bestSimilarity); s >= 0) {
                bestSimilarity = s;
                best = right.index;
            }
        }
        if (best < 0)
            continue;
        used[left.index] = used[best] = true;
        differences[left.index].movedWith = best;
        differences[best].movedWith = left.index;
    }
}

} // namespace Jiaokan::Core
