#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Jiaokan::Core {

// A date and time as a locale writes them (by default QLocale's default, which follows
// the interface language), to the minute, in local time, formatted by ICU: Qt 6.4
// prints CLDR's flexible day period as a literal "B" (zh_TW "B3:45"), ICU writes 下午3:45.
class DateTimeText final
{
public:
    static QString format(const QDateTime &when, QLocale::FormatType dateFormat = QLocale::ShortFormat,
                          const QLocale &locale = QLocale());
};

} // namespace Jiaokan::Core
