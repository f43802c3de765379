#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Jiaokan::Core {

// A hashed k-gram chosen to stand for a stretch of text.
struct Fingerprint {
    std::uint64_t hash = 0;
    qint32 position = 0;   // where the k-gram starts in the text
};

// Winnowing (Schleimer, Wilkerson and Aiken 2003): of every window of w consecutive
// k-gram hashes the smallest is kept. Two texts that share a run of at least k + w - 1
// characters are guaranteed to share a fingerprint, yet only about 2/(w + 1) of the
// positions are kept, whatever the text.
class Winnower final
{
public:
    static constexpr int DefaultK = 8;
    static constexpr int DefaultW = 8;

    static std::vector<Fingerprint> fingerprints(std::u32string_view text, int k = DefaultK, int w = DefaultW);
};

} // namespace Jiaokan::Core
