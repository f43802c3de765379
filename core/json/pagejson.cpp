#include "json/pagejson.h"

#include "text/pagegeometry.h"

#include <QJsonArray>

#include <cmath>

namespace Jiaokan::Core {

namespace {
QJsonArray range(int first, int last)
{
    return QJsonArray{first, last};
}
} // namespace

QJsonObject pageToJson(const ReflowedPage &page)
{
    const PageGeometry *geometry = page.source.geometry.get();
    QJsonArray blocks;
    for (const Block &b : page.blocks) {
        QJsonObject block{
            {QStringLiteral("kind"), blockKindName(b.kind)},
            {QStringLiteral("text"), b.text},
            {QStringLiteral("lines"), range(b.firstLine.value, b.lastLine.value)},
        };
        if (geometry && !geometry->pageSizes.isEmpty()) {   // printed: a PDF
            // The box of the block's lines on the page it starts on.
            const int pageNumber = geometry->lines.at(b.firstLine.value - 1).page;
            QRectF box;
            for (int l = b.firstLine.value; l <= b.lastLine.value; ++l)
                if (const PrintedLine &line = geometry->lines.at(l - 1); line.page == pageNumber)
                    box = box.isNull() ? line.box : box.united(line.box);
            auto point = [](double v) { return std::round(v * 10) / 10; };
            block.insert(QStringLiteral("page"), pageNumber);
            block.insert(QStringLiteral("bbox"), QJsonArray{point(box.left()), point(box.top()),
                                                             point(box.right()), point(box.bottom())});
        }
        blocks.append(block);
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
    QJsonObject json{
        {QStringLiteral("file"), page.source.fileName()},
        {QStringLiteral("encoding"), page.source.encoding},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("stories"), stories},
    };
    if (const PageMetadata &m = page.source.metadata; !m.isEmpty()) {
        QJsonObject metadata;
        for (const auto &[name, value] : {std::pair(u"paper", m.paper), std::pair(u"date", m.date),
                                          std::pair(u"section", m.section), std::pair(u"section_name", m.sectionName),
                                          std::pair(u"title", m.title), std::pair(u"url", m.url),
                                          std::pair(u"author", m.author)})
            if (!value.isEmpty())
                metadata.insert(QString::fromUtf16(name), value);
        json.insert(QStringLiteral("metadata"), metadata);
    }
    return json;
}

} // namespace Jiaokan::Core
