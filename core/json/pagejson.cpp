#include "json/pagejson.h"

#include <QJsonArray>

namespace Jiaokan::Core {

namespace {
QJsonArray range(int first, int last)
{
    return QJsonArray{first, last};
}
} // namespace

QJsonObject pageToJson(const ReflowedPage &page)
{
    QJsonArray blocks;
    for (const Block &b : page.blocks) {
        blocks.append(QJsonObject{
            {QStringLiteral("kind"), blockKindName(b.kind)},
            {QStringLiteral("text"), b.text},
            {QStringLiteral("lines"), range(b.firstLine.value, b.lastLine.value)},
        });
    }
    QJsonArray stories;
    for (const Story &s : page.stories) {
        QJsonArray headlineBlocks;
        for (int h : s.headlineBlocks)
            headlineBlocks.append(h);
        stories.append(QJsonObject{
            {QStringLiteral("headline"), s.headline},
            {QStringLiteral("lines"), range(s.firstLine.value, s.lastLine.value)},
            {QStringLiteral("blocks"), range(s.firstBlock, s.lastBlock)},
            {QStringLiteral("headline_blocks"), headlineBlocks},
            {QStringLiteral("continued"), s.continued},
        });
    }
    return QJsonObject{
        {QStringLiteral("file"), page.source.fileName()},
        {QStringLiteral("encoding"), page.source.encoding},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("stories"), stories},
    };
}

} // namespace Jiaokan::Core
