#pragma once

#include "reflow/sourcemap.h"
#include "text/blockkind.h"
#include "text/pagetext.h"

#include <QList>
#include <QString>

namespace Jiaokan::Core {

// One reflowed block: a paragraph, a headline, a credit line, a caption or furniture.
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    SourceLine firstLine;
    SourceLine lastLine;
    // Where each UTF-16 unit of text came from; a space inserted between two Latin
    // words points just past the end of the line it follows.
    SourceMap positions;

    bool isBody() const { return kind == BlockKind::Paragraph; }
};

} // namespace Jiaokan::Core
