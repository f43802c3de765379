#include "web/webdocument.h"

#include "reflow/lineclassifier.h"
#include "reflow/reflower.h"
#include "text/charclass.h"
#include "text/pagegeometry.h"

#include <QRegularExpression>

namespace Jiaokan::Core {

QString WebDocument::normalise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Full-width spaces indent a paragraph in web text; they are not its words.
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            const char32_t before = CharClass::lastCodePoint(out), after = c.unicode();
            if (Reflower::needsSpaceBetween(before, after) || (CharClass::isDigit(before) && CharClass::isLatinLetter(after))
                || (CharClass::isLatinLetter(before) && CharClass::isDigit(after)) || (before < 0x80 && after < 0x80))
                out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

bool WebDocument::isPageFurniture(QStringView text)
{
    // What sites set around an article: where it came from, when, who edited it, the
    // font-size buttons; and the lines a printed page has too (责任编辑：…, dates).
    static const QRegularExpression meta(QStringLiteral(
        "^(?:(?:稿件)?来源|發布時間|发布时间|时间|時間|作者|编辑|編輯|责任编辑|責任編輯|本文来源|原标题|字号|分享到|打印|关闭窗口)\\s*[：:]"
        "|^\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    return LineClassifier::isFurnitureLine(text) || meta.match(text).hasMatch();
}

PageText WebDocument::toPage(const QString &path, const QString &encoding) const
{
    PageText page;
    page.path = path;
    page.encoding = encoding;
    page.metadata = metadata;
    auto structure = std::make_shared<PageGeometry>();
    int firstHeading = -1, firstBody = -1;
    for (const Block &b : blocks) {
        if (b.text.isEmpty())
            continue;
        const int index = int(structure->blocks.size());
        page.lines.append(b.text);
        structure->lines.append(PrintedLine{0, QRectF(), {}, 0, 0});
        const SourceLine line{int(page.lines.size())};
        const BlockKind kind = b.kind == BlockKind::Paragraph && isPageFurniture(b.text) ? BlockKind::Furniture : b.kind;
        structure->blocks.append(PrintedBlock{kind, line, line});
        if (kind == BlockKind::Heading && firstHeading < 0)
            firstHeading = index;
        if (kind == BlockKind::Paragraph && firstBody < 0)
            firstBody = index;
    }
    if (firstBody >= 0) {
        // One article: from its headline (or its first block) to its last block.
        PrintedStory story;
        story.firstBlock = firstHeading >= 0 && firstHeading < firstBody ? firstHeading : 0;
        story.lastBlock = int(structure->blocks.size()) - 1;
        while (story.firstBlock < story.lastBlock
               && structure->blocks[story.firstBlock].kind == BlockKind::Furniture)
            ++story.firstBlock;
        if (firstHeading >= 0)
            story.headlineBlocks.append(firstHeading);
        structure->stories.append(story);
    }
    page.geometry = std::move(structure);
    return page;
}

} // namespace Jiaokan::Core
