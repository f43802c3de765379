#include "json/comparisonjson.h"

#include <QJsonArray>

#include <cmath>

namespace Jiaokan::Core {

namespace {

QJsonArray range(const LineRange &r)
{
    return QJsonArray{r.first.value, r.last.value};
}

QJsonObject side(const PassageFinder::Result &result, const PassageComparison &p, Side s)
{
    return QJsonObject{
        {QStringLiteral("file"), result.paths.value(p.page[s])},
        {QStringLiteral("lines"), range(p.lines[s])},
    };
}

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QJsonArray skipped(const PassageFinder::Result &result)
{
    QJsonArray out;
    for (const PassageFinder::Failure &f : result.failures)
        out.append(QJsonObject{{QStringLiteral("file"), f.path}, {QStringLiteral("reason"), f.reason}});
    return out;
}

} // namespace

QJsonObject matchesToJson(const PassageFinder::Result &result)
{
    QJsonArray matches;
    for (const PassageComparison &p : result.passages) {
        matches.append(QJsonObject{
            {QStringLiteral("a"), side(result, p, SideA)},
            {QStringLiteral("b"), side(result, p, SideB)},
            {QStringLiteral("similarity"), rounded(p.similarity)},
            {QStringLiteral("differences"), int(p.differences.size())},
        });
    }
    return QJsonObject{{QStringLiteral("matches"), matches}, {QStringLiteral("skipped"), skipped(result)}};
}

QJsonObject passagesToJson(const PassageFinder::Result &result)
{
    QJsonArray passages;
    for (const PassageComparison &p : result.passages) {
        QJsonArray differences;
        for (const Difference &d : p.differences) {
            differences.append(QJsonObject{
                {QStringLiteral("a"), d.text[SideA]},
                {QStringLiteral("b"), d.text[SideB]},
                {QStringLiteral("a_lines"), range(d.lines[SideA])},
                {QStringLiteral("b_lines"), range(d.lines[SideB])},
                {QStringLiteral("before"), d.before},
                {QStringLiteral("after"), d.after},
                {QStringLiteral("class"), differenceClassName(d.kind)},
            });
        }
        std::array<QJsonArray, SideCount> only;
        for (Side s : {SideA, SideB})
            for (const LineRange &r : p.only[s])
                only[s].append(range(r));
        passages.append(QJsonObject{
            {QStringLiteral("a"), side(result, p, SideA)},
            {QStringLiteral("b"), side(result, p, SideB)},
            {QStringLiteral("similarity"), rounded(p.similarity)},
            {QStringLiteral("differences"), differences},
            {QStringLiteral("a_only"), only[SideA]},
            {QStringLiteral("b_only"), only[SideB]},
        });
    }
    return QJsonObject{{QStringLiteral("passages"), passages}, {QStringLiteral("skipped"), skipped(result)}};
}

} // namespace Jiaokan::Core
