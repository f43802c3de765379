#pragma once

#include "collate/collation.h"
#include "match/passagefinder.h"

#include <QByteArray>

namespace Jiaokan::Core {

// `jiaokan-cli collate --html`: one self-contained HTML5 file (styles inline, no
// scripts) per set of collated stories: each story's versions, its base text with the
// variant locations marked and numbered, and the apparatus, every witness's reading
// at each number. All page text is escaped.
class CollationHtml final
{
public:
    static QByteArray write(const PassageFinder::Result &result, const QList<Collation> &collations);
};

} // namespace Jiaokan::Core
