#include "i18n/datetimetext.h"

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace Jiaokan::Core {

QString DateTimeText::format(const QDateTime &when, QLocale::FormatType dateFormat, const QLocale &locale)
{
    const auto dateStyle = dateFormat == QLocale::LongFormat ? icu::DateFormat::kLong : icu::DateFormat::kShort;
    const std::unique_ptr<icu::DateFormat> formatter(icu::DateFormat::createDateTimeInstance(
        dateStyle, icu::DateFormat::kShort, icu::Locale(locale.name().toLatin1().constData())));
    if (!formatter)
        return locale.toString(when, dateFormat);
    icu::UnicodeString text;
    formatter->format(UDate(when.toMSecsSinceEpoch()), text);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace Jiaokan::Core
