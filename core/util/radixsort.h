#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Jiaokan::Core {

// Sorts items by an unsigned 64-bit key, stably, in linear time: least significant
// 16 bits first, skipping the digits every key shares; short inputs get a stable
// comparison sort. The passage index sorts millions of fingerprints, where a
// comparison sort was the largest cost of matching.
template<typename T, typename KeyOf>
void radixSort(std::vector<T> &items, KeyOf keyOf)
{
    constexpr int DigitBits = 16;
    constexpr size_t Buckets = size_t(1) << DigitBits;
    if (items.size() < 2)
        return;
    if (items.size() < 4096) {   // the buckets would cost more than they save
        std::stable_sort(items.begin(), items.end(), [&](const T &x, const T &y) { return keyOf(x) < keyOf(y); });
        return;
    }
    std::uint64_t all = 0;   // the bits any key sets: digits above them are all zero
    for (const T &x : items)
        all |= keyOf(x);
    std::vector<T> sorted(items.size());
    std::vector<size_t> start(Buckets);
    for (int shift = 0; shift < 64 && (all >> shift) != 0; shift += DigitBits) {
        std::fill(start.begin(), start.end(), 0);
        for (const T &x : items)
            ++start[(keyOf(x) >> shift) & (Buckets - 1)];
        bool oneBucket = false;
        size_t sum = 0;
        for (size_t &s : start) {
            oneBucket |= s == items.size();
            const size_t c = s;
            s = sum;
            sum += c;
        }
        if (oneBucket)
            continue;   // every key has this digit: the order stands
        for (const T &x : items)
            sorted[start[(keyOf(x) >> shift) & (Buckets - 1)]++] = x;
        items.swap(sorted);
    }
}

} // namespace Jiaokan::Core
