#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Jiaokan::Core {

// A date and time as the default locale writes them (QLocale::setDefault, set with the
// interface language): the date in the given format, the time to the minute, no time
// zone. Qt 6.4 prints CLDR's day period "B" (zh_TW: 下午3:45) as a literal "B"; it is
// written as AM/PM instead, which Qt does translate.
class DateTimeText final
{
public:
    static QString format(const QDateTime &when, QLocale::FormatType dateFormat = QLocale::ShortFormat,
                          const QLocale &locale = QLocale());
    static QString timeFormat(const QLocale &locale);
};

} // namespace Jiaokan::Core
