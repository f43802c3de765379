#pragma once

#include "stories/reflowedpage.h"

#include <QJsonObject>

namespace Jiaokan::Core {

// The reflow document of shared/spec/cli.md: file, encoding, blocks and stories.
QJsonObject pageToJson(const ReflowedPage &page);

} // namespace Jiaokan::Core
