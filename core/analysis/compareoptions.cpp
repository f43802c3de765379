#include "analysis/compareoptions.h"

#include "text/tr.h"

#include <QStringList>

namespace Jiaokan::Core {

std::optional<CompareOptions> CompareOptions::withIgnoreList(const QString &list, QString *error)
{
    CompareOptions options;
    options.ignoreWidth = options.ignoreSpace = false;
    const QStringList items = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed().toLower();
        if (item == u"width")
            options.ignoreWidth = true;
        else if (item == u"space")
            options.ignoreSpace = true;
        else if (item == u"punctuation")
            options.ignorePunctuation = true;
        else if (item == u"script")
            options.ignoreScript = true;
        else if (item != u"none") {
            if (error)
                *error = Tr::tr("cannot ignore '%1': choose from width, punctuation, script, space").arg(raw);
            return std::nullopt;
        }
    }
    return options;
}

QString CompareOptions::ignoreList() const
{
    QStringList items;
    if (ignoreWidth)
        items.append(QStringLiteral("width"));
    if (ignorePunctuation)
        items.append(QStringLiteral("punctuation"));
    if (ignoreScript)
        items.append(QStringLiteral("script"));
    if (ignoreSpace)
        items.append(QStringLiteral("space"));
    return items.isEmpty() ? QStringLiteral("none") : items.join(u',');
}

KeyOptions CompareOptions::keyOptions() const
{
    KeyOptions k;
    k.foldWidth = ignoreWidth;
    k.keepSpace = !ignoreSpace;
    k.keepPunctuation = !ignorePunctuation;
    k.foldScript = ignoreScript;
    return k;
}

} // namespace Jiaokan::Core
