#pragma once

#include "analysis/side.h"
#include "text/pagetext.h"

#include <QString>

#include <array>

namespace Jiaokan::Core {

enum class DifferenceClass {
    Text,          // wording: 天高云阔 / 天高云淡
    Punctuation,   // ，/ 。
    Width,         // ，/ , (only when width is not ignored)
    Script,        // 發展 / 发展 (simplified and traditional)
    Space,         // white space inside a line (only when space is not ignored)
    Dateline,      // 据新华社电 / 新华社莫斯科5月8日电
    Heading,       // a headline or sub-head worded differently
};

QString differenceClassName(DifferenceClass c);   // the CLI's names: text, punctuation…

// One difference as an editor reads it, in the original text of both sides.
struct Difference {
    DifferenceClass kind = DifferenceClass::Text;
    std::array<QString, SideCount> text;          // empty on the side that lacks it
    std::array<LineRange, SideCount> lines;       // an empty side: where it would go
    std::array<qsizetype, SideCount> keyStart{};  // in the passage's comparison keys
    std::array<qsizetype, SideCount> keyEnd{};
    // The other half of a move (MoveFinder): the index, among the passage's differences,
    // of where this text is on the other side; -1 when it is not a move.
    qsizetype movedWith = -1;
    QString before;                               // context from side A
    QString after;
};

} // namespace Jiaokan::Core
