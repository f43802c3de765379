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
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            lines.append(text.sliced(start, i - start).toString());
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(text.sliced(start).toString());
    return lines;
}

} // namespace Jiaokan::Core
