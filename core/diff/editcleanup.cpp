#include "diff/editcleanup.h"

#include "text/wordbreak.h"

#include <algorithm>

namespace Jiaokan::Core {

namespace {

QList<Hunk> mergeTouching(QList<Hunk> hunks)
{
    QList<Hunk> out;
    for (const Hunk &h : hunks) {
        if (!out.isEmpty() && h.start[SideA] <= out.last().end[SideA] && h.start[SideB] <= out.last().end[SideB]) {
            for (Side s : {SideA, SideB})
                out.last().end[s] = std::max(out.last().end[s], h.end[s]);
            continue;
        }
        out.append(h);
    }
    return out;
}

} // namespace

QList<Hunk> EditCleanup::hunks(const EditScript &script)
{
    QList<Hunk> out;
    bool open = false;
    for (const EditRun &r : script) {
        if (r.kind == EditRun::Equal) {
            open = false;
            continue;
        }
        if (!open) {
            out.append(Hunk{{r.aStart, r.bStart}, {r.aStart, r.bStart}});
            open = true;
        }
        Hunk &h = out.last();
        if (r.kind == EditRun::Delete)
            h.end[SideA] = r.aStart + r.length;
        else
            h.end[SideB] = r.bStart + r.length;
        h.end[SideA] = std::max(h.end[SideA], r.aStart);
        h.end[SideB] = std::max(h.end[SideB], r.bStart);
    }
    return out;
}

QList<Hunk> EditCleanup::mergeAcrossShortEqualities(const QList<Hunk> &hunks, qsizetype maxEqual)
{
    QList<Hunk> out;
    for (const Hunk &h : hunks) {
        if (!out.isEmpty()) {
            const qsizetype gap = h.start[SideA] - out.last().end[SideA];
            if (gap <= maxEqual && h.start[SideB] - out.last().end[SideB] == gap) {
                out.last().end = h.end;
                continue;
            }
        }
        out.append(h);
    }
    return out;
}

QList<Hunk> EditCleanup::mergeAcrossRelativelyShortEqualities(const QList<Hunk> &hunks)
{
    // The change on each side of an equality is the run of hunks up to the previous (or
    // next) equality kept; merging one equality can make its neighbours short too, so
    // passes repeat until none is merged.
    QList<Hunk> out = hunks;
    bool merged = true;
    while (merged && out.size() > 1) {
        merged = false;
        QList<Hunk> next;
        next.reserve(out.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            const Hunk &h = out[i];
            if (!next.isEmpty()) {
                Hunk &last = next.last();
                const qsizetype equal = h.start[SideA] - last.end[SideA];
                const qsizetype before = std::max(last.length(SideA), last.length(SideB));
                const qsizetype after = std::max(h.length(SideA), h.length(SideB));
                if (equal == h.start[SideB] - last.end[SideB] && 2 * equal <= std::min(before, after)) {
                    last.end = h.end;
                    merged = true;
                    continue;
                }
            }
            next.append(h);
        }
        out = std::move(next);
    }
    return out;
}

QList<Hunk> EditCleanup::extendToWords(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b)
{
    const std::array<std::u32string_view, SideCount> text{a, b};
    QList<Hunk> out;
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        Hunk h = hunks[i];
        // What lies before and after a hunk is equal on both sides up to the neighbours,
        // so a widening moves both sides by the same amount.
        const qsizetype roomBefore = std::min(h.start[SideA] - (out.isEmpty() ? 0 : out.last().end[SideA]),
                                              h.start[SideB] - (out.isEmpty() ? 0 : out.last().end[SideB]));
        const qsizetype roomAfter = i + 1 < hunks.size()
            ? std::min(hunks[i + 1].start[SideA] - h.end[SideA], hunks[i + 1].start[SideB] - h.end[SideB])
            : std::min(qsizetype(a.size()) - h.end[SideA], qsizetype(b.size()) - h.end[SideB]);
        qsizetype back = 0, forward = 0;
        for (int round = 0; round < 4; ++round) {
            qsizetype wantBack = 0, wantForward = 0;
            for (Side s : {SideA, SideB}) {
                const qsizetype before = WordBreak::wordAround(text[s], h.start[s] - back).first;
                wantBack = std::max(wantBack, h.start[s] - before);
                const qsizetype after = WordBreak::wordAround(text[s], h.end[s] + forward).second;
                wantForward = std::max(wantForward, after - h.end[s]);
            }
            wantBack = std::min(wantBack, roomBefore);
            wantForward = std::min(wantForward, roomAfter);
            if (wantBack == back && wantForward == forward)
                break;
            back = std::max(back, wantBack);
            forward = std::max(forward, wantForward);
        }
        for (Side s : {SideA, SideB}) {
            h.start[s] -= back;
            h.end[s] += forward;
        }
        out.append(h);
        out = mergeTouching(out);
    }
    return out;
}

QList<Hunk> EditCleanup::trimEqualEnds(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b)
{
    QList<Hunk> out;
    for (Hunk h : hunks) {
        while (h.length(SideA) > 0 && h.length(SideB) > 0 && a[size_t(h.start[SideA])] == b[size_t(h.start[SideB])]) {
            ++h.start[SideA];
            ++h.start[SideB];
        }
        while (h.length(SideA) > 0 && h.length(SideB) > 0 && a[size_t(h.end[SideA] - 1)] == b[size_t(h.end[SideB] - 1)]) {
            --h.end[SideA];
            --h.end[SideB];
        }
        if (h.length(SideA) > 0 || h.length(SideB) > 0)
            out.append(h);
    }
    return out;
}

QList<Hunk> EditCleanup::slideToBoundaries(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b,
                                           const std::function<bool(Side, qsizetype)> &isStart)
{
    const std::array<std::u32string_view, SideCount> text{a, b};
    QList<Hunk> out = hunks;
    for (qsizetype i = 0; i < out.size(); ++i) {
        Hunk &h = out[i];
        const bool inA = h.length(SideA) > 0, inB = h.length(SideB) > 0;
        if (inA == inB)
            continue;
        const Side s = inA ? SideA : SideB;
        const std::u32string_view t = text[s];
        if (isStart(s, h.start[s]))
            continue;
        // The equal text around the hunk reaches to its neighbours on both sides.
        const qsizetype floorAt = i > 0 ? std::min(h.start[SideA] - out[i - 1].end[SideA], h.start[SideB] - out[i - 1].end[SideB])
                                        : std::min(h.start[SideA], h.start[SideB]);
        const qsizetype ceilingAt = i + 1 < out.size()
            ? std::min(out[i + 1].start[SideA] - h.end[SideA], out[i + 1].start[SideB] - h.end[SideB])
            : std::min(qsizetype(a.size()) - h.end[SideA], qsizetype(b.size()) - h.end[SideB]);
        // Shifting by k keeps the diff while the characters that leave one end of the
        // hunk equal those that join it at the other.
        qsizetype shift = 0;
        bool found = false;
        for (qsizetype k = 1; k <= floorAt && t[size_t(h.start[s] - k)] == t[size_t(h.end[s] - k)]; ++k) {
            if (isStart(s, h.start[s] - k)) {
                shift = -k;
                found = true;
                break;
            }
        }
        for (qsizetype k = 1; !found && k <= ceilingAt && t[size_t(h.start[s] + k - 1)] == t[size_t(h.end[s] + k - 1)]; ++k) {
            if (isStart(s, h.start[s] + k)) {
                shift = k;
                found = true;
            }
        }
        if (!found)
            continue;
        for (Side side : {SideA, SideB}) {
            h.start[side] += shift;
            h.end[side] += shift;
        }
    }
    return out;
}

} // namespace Jiaokan::Core
