#pragma once

#include "match/passagefinder.h"

#include <QByteArray>

namespace Jiaokan::Core {

// The JSON of `jiaokan-cli match` and `diff` (shared/spec/cli.md).
// UTF-8 JSON documents, written directly (see JsonWriter).
QByteArray matchesToJson(const PassageFinder::Result &result);
QByteArray passagesToJson(const PassageFinder::Result &result);

} // namespace Jiaokan::Core
