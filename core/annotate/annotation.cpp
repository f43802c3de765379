#include "annotate/annotation.h"

#include <QUuid>

#include <array>

namespace Jiaokan::Core {

namespace {
constexpr std::array<const char16_t *, ReviewStatusCount> StatusNames = {
    u"unreviewed", u"accepted", u"error-in-a", u"error-in-b", u"query",
};
}

QString reviewStatusName(ReviewStatus status)
{
    return QString::fromUtf16(StatusNames[size_t(status)]);
}

std::optional<ReviewStatus> reviewStatusFromName(QStringView name)
{
    for (int i = 0; i < ReviewStatusCount; ++i) {
        if (name == QStringView(StatusNames[size_t(i)]))
            return ReviewStatus(i);
    }
    return std::nullopt;
}

QString Annotation::readings() const
{
    QStringList texts;
    for (const Anchor &anchor : anchors) {
        const QString t = QString(anchor.text.text).remove(u'\n').trimmed();
        texts.append(t.isEmpty() ? QStringLiteral("∅") : t);
    }
    return texts.join(QStringLiteral(" → "));
}

QString Annotation::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Jiaokan::Core
