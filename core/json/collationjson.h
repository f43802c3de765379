#pragma once

#include "collate/collation.h"

#include <QByteArray>
#include <QStringList>

namespace Jiaokan::Core {

// The JSON of `jiaokan-cli collate --json` (documented in README, "Collation JSON").
// files are the pages as given; witness ids are "w" and the page's number from 1.
QByteArray collationsToJson(const QStringList &files, const QList<Collation> &collations);

} // namespace Jiaokan::Core
