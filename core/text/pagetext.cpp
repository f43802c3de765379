#include "text/pagetext.h"

#include <QFileInfo>

namespace Jiaokan::Core {

QString PageText::fileName() const
{
    return QFileInfo(path).fileName();
}

QStringList PageText::splitLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    const bool hasCarriageReturn = text.contains(u'\r');
    while (start < n) {
        // Line feeds alone are the common case, and indexOf scans for one quickly.
        qsizetype end = text.indexOf(u'\n', start);
        if (hasCarriageReturn) {
            const qsizetype cr = text.indexOf(u'\r', start);
            if (cr >= 0 && (end < 0 || cr < end))
                end = cr;
        }
        if (end < 0) {
            lines.append(text.sliced(start).toString());
            break;
        }
        lines.append(text.sliced(start, end - start).toString());
        if (text.at(end) == u'\r' && end + 1 < n && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
    }
    return lines;
}

} // namespace Jiaokan::Core
