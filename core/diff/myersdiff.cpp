#include "diff/myersdiff.h"

#include <optional>
#include <utility>
#include <vector>

namespace Jiaokan::Core {

namespace {

class Differ
{
public:
    Differ(std::u32string_view a, std::u32string_view b) : m_a(a), m_b(b) {}

    EditScript run()
    {
        compare(0, m_a.size(), 0, m_b.size());
        return m_script;
    }

private:
    void addRun(EditRun::Kind kind, qsizetype a, qsizetype b, qsizetype length)
    {
        appendRun(m_script, kind, a, b, length);
    }

    // Compares m_a[a0, a1) with m_b[b0, b1), appending runs in order.
    void compare(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        qsizetype prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
            ++prefix;
        addRun(EditRun::Equal, a0, b0, prefix);
        a0 += prefix;
        b0 += prefix;
        qsizetype suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        if (a0 == a1) {
            addRun(EditRun::Insert, a0, b0, b1 - b0);
        } else if (b0 == b1) {
            addRun(EditRun::Delete, a0, b0, a1 - a0);
        } else if (const auto split = middleSnake(a0, a1, b0, b1)) {
            compare(a0, a0 + split->first, b0, b0 + split->second);
            compare(a0 + split->first, a1, b0 + split->second, b1);
        } else {
            addRun(EditRun::Delete, a0, b0, a1 - a0);
            addRun(EditRun::Insert, a1, b0, b1 - b0);
        }
        addRun(EditRun::Equal, a1, b1, suffix);
    }

    // Where the forward and backward searches meet, relative to (a0, b0); nothing
    // when the two ranges share no element.
    std::optional<std::pair<qsizetype, qsizetype>> middleSnake(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        const qsizetype n = a1 - a0, m = b1 - b0;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        m_forward.assign(size_t(length), -1);
        m_backward.assign(size_t(length), -1);
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        // With an odd delta the forward path meets the backward one; with even, the reverse.
        const bool front = (delta % 2) != 0;
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const char32_t *a = m_a.data() + a0;
        const char32_t *b = m_b.data() + b0;
        for (qsizetype d = 0; d < maxD; ++d) {
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1o = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && m_forward[size_t(k1o - 1)] < m_forward[size_t(k1o + 1)]))
                    ? m_forward[size_t(k1o + 1)]
                    : m_forward[size_t(k1o - 1)] + 1;
                qsizetype y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                m_forward[size_t(k1o)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const qsizetype k2o = offset + delta - k1;
                    if (k2o >= 0 && k2o < length && m_backward[size_t(k2o)] != -1
                        && x1 >= n - m_backward[size_t(k2o)])
                        return std::pair{x1, y1};
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2o = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && m_backward[size_t(k2o - 1)] < m_backward[size_t(k2o + 1)]))
                    ? m_backward[size_t(k2o + 1)]
                    : m_backward[size_t(k2o - 1)] + 1;
                qsizetype y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_backward[size_t(k2o)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1o = offset + delta - k2;
                    if (k1o >= 0 && k1o < length && m_forward[size_t(k1o)] != -1) {
                        const qsizetype x1 = m_forward[size_t(k1o)];
                        const qsizetype y1 = offset + x1 - k1o;
                        if (x1 >= n - x2)
                            return std::pair{x1, y1};
                    }
                }
            }
        }
        return std::nullopt;
    }

    std::u32string_view m_a;
    std::u32string_view m_b;
    EditScript m_script;
    std::vector<qsizetype> m_forward;
    std::vector<qsizetype> m_backward;
};

} // namespace

EditScript MyersDiff::diff(std::u32string_view a, std::u32string_view b)
{
    return Differ(a, b).run();
}

} // namespace Jiaokan::Core
