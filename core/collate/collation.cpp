#include "collate/collation.h"

#include <algorithm>

namespace Jiaokan::Core {

const Collation::Reading *Collation::readingOf(const Location &location, int witness) const
{
    for (const Reading &r : location.readings)
        if (r.witnesses.contains(witness))
            return &r;
    return nullptr;
}

bool Collation::Witness::prints(qsizetype start, qsizetype end) const
{
    return std::any_of(extent.cbegin(), extent.cend(), [&](const auto &e) { return e.first <= start && end <= e.second; });
}

QString Collation::sigla(const QList<int> &indexes) const
{
    QStringList names;
    for (int w : indexes)
        names.append(witnesses[w].siglum);
    return names.join(QStringLiteral(", "));
}

bool Collation::isPartial(const Witness &witness) const
{
    qsizetype covered = baseStart;
    for (const auto &[start, end] : witness.extent) {
        if (start > covered)
            return true;
        covered = std::max(covered, end);
    }
    return covered < baseEnd;
}

int Collation::Location::movedTo(int witness) const
{
    for (const Move &m : moved)
        if (m.witness == witness)
            return m.location;
    return -1;
}

} // namespace Jiaokan::Core
