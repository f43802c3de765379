#include "analysis/winnower.h"

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
    // The window's minimum is kept, and looked for again only when it leaves the window
    // (Schleimer et al.'s own way: about 2/(w + 1) of the steps, w hashes each); on ties
    // the rightmost k-gram wins, so a run of equal hashes yields one fingerprint per
    // window step. The last w hashes are kept in a ring.
    std::vector<std::uint64_t> ring(std::bit_ceil(size_t(w)));
    const size_t mask = ring.size() - 1;
    std::uint64_t h = 0;
    std::uint64_t minHash = 0;
    qsizetype minGram = -1;
    qsizetype lastChosen = -1;
    for (qsizetype i = 0; i < n; ++i) {
        h = h * Base + std::uint64_t(text[size_t(i)]) + 1;
        if (i >= k)
            h -= (std::uint64_t(text[size_t(i - k)]) + 1) * power;
        if (i < k - 1)
            continue;
        const qsizetype gram = i - k + 1;
        const std::uint64_t mixed = (h ^ (h >> 31)) * 0x9E3779B97F4A7C15ULL;
        ring[size_t(gram) & mask] = mixed;
        if (minGram < 0 || mixed <= minHash) {
            minHash = mixed;
            minGram = gram;
        } else if (minGram <= gram - w) {
            minHash = mixed;
            minGram = gram;
            for (qsizetype g = gram - 1; g > gram - w && g >= 0; --g) {
                if (ring[size_t(g) & mask] < minHash) {
                    minHash = ring[size_t(g) & mask];
                    minGram = g;
                }
            }
        }
        if ((gram >= w - 1 || gram == grams - 1) && minGram != lastChosen) {
            lastChosen = minGram;
            out.push_back(Fingerprint{minHash, qint32(minGram)});
        }
    }
    return out;
}

} // namespace Jiaokan::Core
