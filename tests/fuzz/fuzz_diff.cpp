// libFuzzer: two inputs (split at the first 0xFF byte) diffed by AnchoredDiff with
// small limits (so that anchors, Myers and the give-up path all run); the script must
// replay B from A.
#include "diff/anchoreddiff.h"

#include "../diffcheck.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    std::u32string sides[2];
    int side = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF && side == 0) {
            side = 1;
            continue;
        }
        // A small alphabet, so that the sides share runs and anchors.
        sides[side] += char32_t(u'一' + data[i] % 24);
    }
    for (const AnchoredDiff::Limits limits : {AnchoredDiff::Limits{}, AnchoredDiff::Limits{16, 48}}) {
        const EditScript script = AnchoredDiff::diff(sides[0], sides[1], limits);
        QString why;
        if (!DiffCheck::replays(script, sides[0], sides[1], &why))
            __builtin_trap();
    }
    return 0;
}
