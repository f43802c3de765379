#pragma once

#include "collate/collation.h"

#include <QByteArray>
#include <QStringList>

namespace Jiaokan::Core {

// The variant locations as a table for a spreadsheet: one row per location, one column
// per page with its reading. An empty cell is a reading that leaves the text out;
// "(lacking)" marks a page that does not print that part of the story (or the story).
// CSV quotes as RFC 4180 says; TSV escapes tab, newline, carriage return and
// backslash as \t \n \r \\, so that a row is always one line.
class VariantTable final
{
public:
    enum class Format { Csv, Tsv };
    static QByteArray write(const QStringList &files, const QList<Collation> &collations, Format format);
    static constexpr QStringView Lacking = u"(lacking)";
};

} // namespace Jiaokan::Core
