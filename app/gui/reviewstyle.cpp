#include "reviewstyle.h"

#include <QCoreApplication>

namespace Jiaokan::App {

using Core::ReviewStatus;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::App::ReviewStyle)
};
} // namespace

QString ReviewStyle::name(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return Tr::tr("Unreviewed");
    case ReviewStatus::Accepted: return Tr::tr("Accepted");
    case ReviewStatus::ErrorInA: return Tr::tr("Error in A");
    case ReviewStatus::ErrorInB: return Tr::tr("Error in B");
    case ReviewStatus::Query: return Tr::tr("Query");
    }
    return {};
}

QColor ReviewStyle::colour(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QColor(0xD8, 0xD8, 0xE8);
    case ReviewStatus::Accepted: return QColor(0xB8, 0xE6, 0xB8);
    case ReviewStatus::ErrorInA:
    case ReviewStatus::ErrorInB: return QColor(0xF2, 0x9C, 0x9C);
    case ReviewStatus::Query: return QColor(0xFF, 0xD8, 0x6A);
    }
    return {};
}

QString ReviewStyle::sign(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QStringLiteral("•");
    case ReviewStatus::Accepted: return QStringLiteral("✓");
    case ReviewStatus::ErrorInA: return QStringLiteral("✗A");
    case ReviewStatus::ErrorInB: return QStringLiteral("✗B");
    case ReviewStatus::Query: return QStringLiteral("?");
    }
    return {};
}

QString ReviewStyle::describe(const Core::Annotation &annotation)
{
    QString text = sign(annotation.status) + u' ' + name(annotation.status);
    if (!annotation.comment.isEmpty())
        text += QStringLiteral(" — ") + annotation.comment;
    return text;
}

} // namespace Jiaokan::App
