#include "match/winnower.h"

#include <bit>
#include <vector>

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
    // About 2/(w + 1) of the k-grams are chosen in random text; repeated phrases add
    // some. Room for a little more than that saves a doubling of the whole vector.
    out.reserve(size_t(grams * 5 / (2 * (w + 1)) + 16));
    // Window minimum with a monotonic deque of k-gram indices; on ties the rightmost
    // k-gram wins, so a run of equal hashes yields one fingerprint per window step.
    // The deque lives in a ring of w slots: it never holds more than one window.
    struct Entry {
        std::uint64_t hash;
        qsizetype gram;
    };
    std::vector<Entry> ring(std::bit_ceil(size_t(w) + 1));
    const size_t mask = ring.size() - 1;
    size_t head = 0, count = 0;   // front at ring[head], back at ring[(head + count - 1) & mask]
    auto back = [&]() -> Entry & { return ring[(head + count - 1) & mask]; };
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
        while (count > 0 && back().hash >= mixed)
            --count;
        ++count;
        back() = Entry{mixed, gram};
        while (ring[head].gram <= gram - w) {
            head = (head + 1) & mask;
            --count;
        }
        if (gram >= w - 1 || gram == grams - 1) {
            if (ring[head].gram != lastChosen) {
                lastChosen = ring[head].gram;
                out.push_back(Fingerprint{ring[head].hash, qint32(lastChosen)});
            }
        }
    }
    return out;
}

} // namespace Jiaokan::Core
