#pragma once

#include <QString>

namespace Jiaokan::Core {

enum class BlockKind { Paragraph, Heading, Credit, Caption, Furniture };

QString blockKindName(BlockKind kind);   // the CLI's names: paragraph, heading…

} // namespace Jiaokan::Core
