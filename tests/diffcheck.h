#pragma once

// Checks shared by the diff engine tests: replay a script, and the brute-force LCS
// that a minimal script must agree with.
#include "diff/editscript.h"

#include <QRandomGenerator>
#include <QString>

#include <string_view>
#include <vector>

namespace DiffCheck {

using namespace Jiaokan::Core;

// Length of the longest common subsequence, by the textbook table.
inline qsizetype bruteForceLcs(std::u32string_view a, std::u32string_view b)
{
    std::vector<std::vector<qsizetype>> t(a.size() + 1, std::vector<qsizetype>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

// Replays the script: it must consume A and B in order and rebuild B from A.
inline bool replays(const EditScript &script, std::u32string_view a, std::u32string_view b, QString *why)
{
    qsizetype i = 0, j = 0;
    std::u32string rebuilt;
    for (const EditRun &r : script) {
        if (r.length <= 0 || r.aStart != i || r.bStart != j) {
            *why = QStringLiteral("run out of place at a=%1 b=%2").arg(i).arg(j);
            return false;
        }
        switch (r.kind) {
        case EditRun::Equal:
            if (a.substr(size_t(i), size_t(r.length)) != b.substr(size_t(j), size_t(r.length))) {
                *why = QStringLiteral("equal run differs at a=%1").arg(i);
                return false;
            }
            rebuilt += a.substr(size_t(i), size_t(r.length));
            i += r.length;
            j += r.length;
            break;
        case EditRun::Delete:
            i += r.length;
            break;
        case EditRun::Insert:
            rebuilt += b.substr(size_t(j), size_t(r.length));
            j += r.length;
            break;
        }
    }
    if (i != qsizetype(a.size()) || rebuilt != b) {
        *why = QStringLiteral("script does not rebuild B");
        return false;
    }
    return true;
}

inline qsizetype editCost(const EditScript &script)
{
    qsizetype cost = 0;
    for (const EditRun &r : script)
        cost += r.kind == EditRun::Equal ? 0 : r.length;
    return cost;
}

inline std::u32string randomText(QRandomGenerator &rng, int maxLength, int alphabet)
{
    std::u32string s(size_t(rng.bounded(maxLength + 1)), U'\0');
    for (char32_t &c : s)
        c = U'甲' + char32_t(rng.bounded(alphabet));
    return s;
}

} // namespace DiffCheck

using namespace DiffCheck;
