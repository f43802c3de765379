#include "i18n/datetimetext.h"

namespace Jiaokan::Core {

QString DateTimeText::timeFormat(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    QString result;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && c == u'B') {
            while (i + 1 < format.size() && format[i + 1] == u'B')
                ++i;
            result += QStringLiteral("AP");
            continue;
        }
        result += c;
    }
    return result;
}

QString DateTimeText::format(const QDateTime &when, QLocale::FormatType dateFormat, const QLocale &locale)
{
    return locale.toString(when.date(), dateFormat) + u' ' + locale.toString(when.time(), timeFormat(locale));
}

} // namespace Jiaokan::Core
