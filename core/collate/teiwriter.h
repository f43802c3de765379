#pragma once

#include "collate/collation.h"
#include "match/passagefinder.h"

#include <QByteArray>

namespace Jiaokan::Core {

// TEI P5 parallel segmentation of collated stories: one <div> per story, its base text
// in an <ab>, and an <app> wherever witnesses differ or some lack the text, with the
// base's reading as <lem> and the others as <rdg wit="#w2 #w3">. A witness that lacks a
// part has an empty <rdg type="lacking">. Each witness's text (without layout) is the
// <ab>'s text outside <app> plus, inside each <app>, the reading that names it.
class TeiWriter final
{
public:
    static QByteArray write(const PassageFinder::Result &result, const QList<Collation> &collations);
};

} // namespace Jiaokan::Core
