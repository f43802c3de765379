#include "text/pagetext.h"

#include <QFileInfo>

namespace Jiaokan::Core {

QString LineRange::text(QChar dash) const
{
    return first == last ? QString::number(first.value)
                         : QString::number(first.value) + dash + QString::number(last.value);
}

QString PageText::fileName() const
{
    return QFileInfo(path).fileName();
}

QString PageText::displayName() const
{
    if (!label.isEmpty())
        return label;
    // Without the paper, a date or a page number alone tells no two papers apart.
    if (metadata.paper.isEmpty())
        return QFileInfo(path).completeBaseName();
    QStringList parts;
    for (const QString &part : {metadata.paper, metadata.date.left(10), metadata.section})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(u' ');
}

QStringList PageText::splitLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    // Line ends found with indexOf, which scans quickly; the next CR is remembered, so a
    // lone CR far down a page of LF lines is not searched for again on every line.
    qsizetype nextCr = text.indexOf(u'\r');
    while (start < n) {
        if (nextCr >= 0 && nextCr < start)
            nextCr = text.indexOf(u'\r', start);
        qsizetype end = text.indexOf(u'\n', start);
        if (nextCr >= 0 && (end < 0 || nextCr < end))
            end = nextCr;
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
