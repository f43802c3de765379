#include "diff/difference.h"

namespace Jiaokan::Core {

QString differenceClassName(DifferenceClass c)
{
    switch (c) {
    case DifferenceClass::Text:
        return QStringLiteral("text");
    case DifferenceClass::Punctuation:
        return QStringLiteral("punctuation");
    case DifferenceClass::Width:
        return QStringLiteral("width");
    case DifferenceClass::Script:
        return QStringLiteral("script");
    case DifferenceClass::Space:
        return QStringLiteral("space");
    case DifferenceClass::Dateline:
        return QStringLiteral("dateline");
    case DifferenceClass::Heading:
        return QStringLiteral("heading");
    }
    return {};
}

} // namespace Jiaokan::Core
