#include "diff/anchoreddiff.h"

#include "diff/myersdiff.h"
#include "util/radixsort.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace Jiaokan::Core {

namespace {

struct Anchor {
    qsizetype a = 0;
    qsizetype b = 0;
};

// One k-gram length and how many of the k-grams to consider, per level of recursion:
// long sampled k-grams first (cheap and reliable), then every short one.
struct AnchorLevel {
    qsizetype k;
    unsigned sampleShift;    // keep k-grams whose hash's top bits are zero: 1 in 2^shift
};
// One 12-gram in eight is still several anchors between two edits of a reprint, and
// the table of a long stretch (a cache miss a k-gram) half that of one in four: the
// diff of a 1,000,000-character pair took 14 ms instead of 11, and marked as many
// characters changed (at edit rates 0.005 and 0.02).
constexpr AnchorLevel Levels[] = {{12, 3}, {6, 0}};

class AnchoredDiffer
{
public:
    AnchoredDiffer(std::u32string_view a, std::u32string_view b, const AnchoredDiff::Limits &limits)
        : m_a(a), m_b(b), m_limits(limits)
    {
    }

    EditScript run()
    {
        compare(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()), 0);
        return m_script;
    }

private:
    void addRun(EditRun::Kind kind, qsizetype a, qsizetype b, qsizetype length)
    {
        appendRun(m_script, kind, a, b, length);
    }

    void compare(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int level)
    {
        qsizetype prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[size_t(a0 + prefix)] == m_b[size_t(b0 + prefix)])
            ++prefix;
        addRun(EditRun::Equal, a0, b0, prefix);
        a0 += prefix;
        b0 += prefix;
        qsizetype suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[size_t(a1 - suffix - 1)] == m_b[size_t(b1 - suffix - 1)])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        const qsizetype n = a1 - a0, m = b1 - b0;
        if (n == 0 || m == 0 || n + m <= m_limits.directLimit) {
            direct(a0, a1, b0, b1);
        } else {
            std::vector<Anchor> anchors;
            while (anchors.empty() && level < int(std::size(Levels)))
                anchors = findAnchors(a0, a1, b0, b1, Levels[level++]);
            if (!anchors.empty()) {
                qsizetype ca = a0, cb = b0;
                for (const Anchor &anchor : anchors) {
                    if (anchor.a < ca || anchor.b < cb)
                        continue;   // overlaps the equal run just emitted
                    // A stretch between anchors starts over: a k-gram repeated elsewhere
                    // may well be unique within it.
                    compare(ca, anchor.a, cb, anchor.b, 0);
                    qsizetype x = anchor.a, y = anchor.b;
                    while (x < a1 && y < b1 && m_a[size_t(x)] == m_b[size_t(y)]) {
                        ++x;
                        ++y;
                    }
                    addRun(EditRun::Equal, anchor.a, anchor.b, x - anchor.a);
                    ca = x;
                    cb = y;
                }
                compare(ca, a1, cb, b1, 0);
            } else if (n + m <= m_limits.giveUpLimit) {
                direct(a0, a1, b0, b1);
            } else {
                addRun(EditRun::Delete, a0, b0, n);
                addRun(EditRun::Insert, a1, b0, m);
            }
        }
        addRun(EditRun::Equal, a1, b1, suffix);
    }

    void direct(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        if (a0 == a1) {
            addRun(EditRun::Insert, a0, b0, b1 - b0);
            return;
        }
        if (b0 == b1) {
            addRun(EditRun::Delete, a0, b0, a1 - a0);
            return;
        }
        const EditScript part = MyersDiff::diff(m_a.substr(size_t(a0), size_t(a1 - a0)),
                                                m_b.substr(size_t(b0), size_t(b1 - b0)));
        for (const EditRun &r : part)
            addRun(r.kind, a0 + r.aStart, b0 + r.bStart, r.length);
    }

    // k-grams of the level that occur once in a[a0, a1) and once in b[b0, b1), in an
    // order both sides agree on.
    std::vector<Anchor> findAnchors(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, AnchorLevel level)
    {
        const qsizetype k = level.k;
        if (a1 - a0 < k || b1 - b0 < k)
            return {};
        // 16 bytes a slot: the table is the largest thing a long diff touches.
        constexpr qint32 None = -1, Repeated = -2;
        struct Slot {
            std::uint64_t hash = 0;
            qint32 a = None;   // offset from a0; a slot is in use once a is set
            qint32 b = None;   // offset from b0
        };
        const qsizetype expected = ((a1 - a0) >> level.sampleShift) + 16;
        const size_t capacity = std::bit_ceil(size_t(expected) * 2);
        std::vector<Slot> table(capacity);
        const size_t mask = capacity - 1;
        const unsigned shift = 64 - level.sampleShift;
        auto sampled = [&](std::uint64_t h) { return level.sampleShift == 0 || (h >> shift) == 0; };

        constexpr std::uint64_t Base = 0x100000001B3ULL;
        std::uint64_t power = 1;
        for (qsizetype i = 0; i < k; ++i)
            power *= Base;
        auto scan = [&](std::u32string_view s, qsizetype from, qsizetype to, auto &&visit) {
            std::uint64_t h = 0;
            for (qsizetype i = from; i < to; ++i) {
                h = h * Base + std::uint64_t(s[size_t(i)]) + 1;
                if (i - from >= k)
                    h -= (std::uint64_t(s[size_t(i - k)]) + 1) * power;
                if (i - from >= k - 1) {
                    const std::uint64_t mixed = h * 0x9E3779B97F4A7C15ULL;
                    if (sampled(mixed))
                        visit(mixed, qint32(i - k + 1 - from));
                }
            }
        };
        scan(m_a, a0, a1, [&](std::uint64_t h, qint32 pos) {
            size_t i = size_t(h ^ (h >> 29)) & mask;
            while (table[i].a != None && table[i].hash != h)
                i = (i + 1) & mask;
            Slot &s = table[i];
            if (s.a == None) {
                s.hash = h;
                s.a = pos;
            } else {
                s.a = Repeated;
            }
        });
        scan(m_b, b0, b1, [&](std::uint64_t h, qint32 pos) {
            for (size_t i = size_t(h ^ (h >> 29)) & mask; table[i].a != None; i = (i + 1) & mask) {
                if (table[i].hash == h) {
                    table[i].b = table[i].b == None ? pos : Repeated;
                    return;
                }
            }
        });
        std::vector<Anchor> byB;
        for (const Slot &s : table) {
            if (s.a >= 0 && s.b >= 0 && m_a.substr(size_t(a0 + s.a), size_t(k)) == m_b.substr(size_t(b0 + s.b), size_t(k)))
                byB.push_back(Anchor{a0 + s.a, b0 + s.b});
        }
        radixSort(byB, [](const Anchor &x) { return std::uint64_t(x.b); });
        return longestIncreasing(byB);
    }

    // The longest subsequence of anchors (sorted by b) whose a also increases.
    static std::vector<Anchor> longestIncreasing(const std::vector<Anchor> &anchors)
    {
        std::vector<qsizetype> tails;            // index of the anchor ending a run of each length
        std::vector<qsizetype> previous(anchors.size(), -1);
        for (qsizetype i = 0; i < qsizetype(anchors.size()); ++i) {
            const auto it = std::lower_bound(tails.begin(), tails.end(), anchors[size_t(i)].a,
                                             [&](qsizetype t, qsizetype a) { return anchors[size_t(t)].a < a; });
            if (it != tails.begin())
                previous[size_t(i)] = *(it - 1);
            if (it == tails.end())
                tails.push_back(i);
            else
                *it = i;
        }
        std::vector<Anchor> out(tails.size());
        qsizetype i = tails.empty() ? -1 : tails.back();
        for (size_t n = tails.size(); n-- > 0; i = previous[size_t(i)])
            out[n] = anchors[size_t(i)];
        return out;
    }

    std::u32string_view m_a;
    std::u32string_view m_b;
    AnchoredDiff::Limits m_limits;
    EditScript m_script;
};

} // namespace

EditScript AnchoredDiff::diff(std::u32string_view a, std::u32string_view b)
{
    return diff(a, b, Limits{});
}

EditScript AnchoredDiff::diff(std::u32string_view a, std::u32string_view b, const Limits &limits)
{
    return AnchoredDiffer(a, b, limits).run();
}

} // namespace Jiaokan::Core
