#pragma once

#include "match/passagefinder.h"

#include <QJsonObject>

namespace Jiaokan::Core {

// The JSON of `jiaokan-cli match` and `diff` (shared/spec/cli.md).
QJsonObject matchesToJson(const PassageFinder::Result &result);
QJsonObject passagesToJson(const PassageFinder::Result &result);

} // namespace Jiaokan::Core
