#pragma once

#include "text/blockkind.h"
#include "text/pagetext.h"

#include <QList>
#include <QString>

namespace Jiaokan::Core {

// An article read from its markup (HTML, Markdown): its blocks, each already what the
// markup says it is, and what the source says of itself.
struct WebDocument {
    struct Block {
        BlockKind kind = BlockKind::Paragraph;
        QString text;   // white space inside collapsed, none at the ends
    };
    QList<Block> blocks;
    PageMetadata metadata;

    // As a page: a line per block, the blocks and one story (headed by the first
    // heading) taken as they are by the reflower.
    PageText toPage(const QString &path, const QString &encoding) const;
    // A line sites set around an article (来源：…, 发布时间：…, 责任编辑：…, a date
    // and time alone), furniture rather than its text.
    static bool isPageFurniture(QStringView text);
    // Collapses runs of white space to one space (none between CJK characters) and trims.
    static QString normalise(QStringView text);
};

} // namespace Jiaokan::Core
