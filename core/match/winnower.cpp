#include "match/winnower.h"

#include <deque>

namespace Jiaokan::Core {

std::vector<Fingerprint> Winnower::fingerprints(std::u32string_view text, int k, int w)
{
    std::vector<Fingerprint> out;
    const qsizetype n = qsizetype(text.size());
    if (k <= 0 || w <= 0 || n < k)
        return out;
    constexpr std::uint64_t Base = 0x100000001B3ULL;
    std::uint64_t power = 1;
    for (int i = 0; i < k; ++i)
        power *= Base;
    const qsizetype grams = n - k + 1;
    out.reserve(size_t(grams * 2 / (w + 1) + 2));
    // Window minimum with a monotonic deque of k-gram indices; on ties the rightmost
    // k-gram wins, so a run of equal hashes yields one fingerprint per window step.
    std::deque<std::pair<std::uint64_t, qsizetype>> window;
    std::uint64_t h = 0;
    qsizetype lastChosen = -1;
    for (qsizetype i = 0; i < n; ++i) {
        h = h * Base + std::uint64_t(text[size_t(i)]) + 1;
        if (i >= k)
            h -= (std::uint64_t(text[size_t(i - k)]) + 1) * power;
        if (i < k - 1)
            continue;
        const qsizetype gram = i - k + 1;
        const std::uint64_t mixed = (h ^ (h >> 31)) * 0x9E3779B97F4A7C15ULL;
        while (!window.empty() && window.back().first >= mixed)
            window.pop_back();
        window.emplace_back(mixed, gram);
        while (window.front().second <= gram - w)
            window.pop_front();
        if (gram >= w - 1 || gram == grams - 1) {
            if (window.front().second != lastChosen) {
                lastChosen = window.front().second;
                out.push_back(Fingerprint{window.front().first, qint32(lastChosen)});
            }
        }
    }
    return out;
}

} // namespace Jiaokan::Core
