#include "reflow/block.h"

namespace Jiaokan::Core {

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph: return QStringLiteral("paragraph");
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::Credit: return QStringLiteral("credit");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::Furniture: return QStringLiteral("furniture");
    }
    return {};
}

} // namespace Jiaokan::Core
