#pragma once

#include "diff/editscript.h"
#include "diff/hunk.h"

#include <functional>
#include <string_view>

namespace Jiaokan::Core {

// Turns a raw edit script into the differences an editor reads.
class EditCleanup final
{
public:
    // Consecutive deletions and insertions become one hunk: 天高云[阔→淡].
    static QList<Hunk> hunks(const EditScript &script);

    // Two hunks split by at most maxEqual shared characters are one change: a minimal
    // diff of 挺膺担当/挺身而出 may keep one chance character in common, which an editor
    // would not read as unchanged.
    static QList<Hunk> mergeAcrossShortEqualities(const QList<Hunk> &hunks, qsizetype maxEqual = 1);

    // A run of shared text at most half as long as the changes on both sides of it is
    // part of one change (diff-match-patch's semantic rule, halved so that edits a few
    // characters apart stay apart): a paragraph rewritten throughout is one change, not
    // a scatter of the 的 and 。 that happen to stay where they were.
    static QList<Hunk> mergeAcrossRelativelyShortEqualities(const QList<Hunk> &hunks);

    // Widens every hunk to ICU word boundaries on both sides, so that a changed
    // character shows as a changed word (阔/淡 inside 天高云阔 stays 阔 only when ICU
    // splits there); hunks that come to touch are merged. The texts are the two keys.
    static QList<Hunk> extendToWords(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b);

    // Drops characters that both sides of a hunk share at its ends, so a run of
    // equal text is never shown as changed; a hunk left with nothing is removed.
    static QList<Hunk> trimEqualEnds(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b);

    // Slides text that one side alone has along the equal text around it, where the
    // result is the same diff, to start where a paragraph does (isStart, on that side's
    // key): a paragraph left out is shown as that paragraph, not as the 。 before it
    // and all of it but its own 。. Hunks that no slide brings to a start stay put.
    static QList<Hunk> slideToBoundaries(const QList<Hunk> &hunks, std::u32string_view a, std::u32string_view b,
                                         const std::function<bool(Side, qsizetype)> &isStart);
};

} // namespace Jiaokan::Core
