#include "stories/reflowedpage.h"

#include "reflow/reflower.h"
#include "stories/storysegmenter.h"
#include "text/charclass.h"
#include "text/pagegeometry.h"

namespace Jiaokan::Core {

namespace {

// A PDF page's blocks are the layout's: its lines joined as the reflower joins the
// pieces of a paragraph.
QList<Block> blocksOf(const PageText &source, const PageGeometry &geometry)
{
    QList<Block> blocks;
    blocks.reserve(geometry.blocks.size());
    for (const PrintedBlock &printed : geometry.blocks) {
        Block block;
        block.kind = printed.kind;
        block.firstLine = printed.first;
        block.lastLine = printed.last;
        for (int l = printed.first.value; l <= printed.last.value; ++l) {
            const QString &line = source.line(SourceLine{l});
            if (line.isEmpty())
                continue;
            if (!block.text.isEmpty()
                && Reflower::needsSpaceBetween(CharClass::lastCodePoint(block.text), CharClass::firstCodePoint(line))) {
                block.positions.append(SourcePos{block.positions.last().line, block.positions.last().column + 1}, 1);
                block.text += u' ';
            }
            block.positions.append(SourcePos{SourceLine{l}, 0}, line.size());
            block.text += line;
        }
        blocks.append(std::move(block));
    }
    return blocks;
}

QList<Story> storiesOf(const QList<Block> &blocks, const PageGeometry &geometry)
{
    QList<Story> stories;
    for (const PrintedStory &printed : geometry.stories) {
        Story story;
        story.firstBlock = printed.firstBlock;
        story.lastBlock = printed.lastBlock;
        story.headlineBlocks = printed.headlineBlocks;
        story.continued = printed.continued;
        story.firstLine = blocks[printed.firstBlock].firstLine;
        story.lastLine = blocks[printed.lastBlock].lastLine;
        // The headline is the largest of the story's heads: the main one, not the kicker.
        qsizetype longest = -1;
        for (int h : printed.headlineBlocks)
            if (blocks[h].text.size() > longest)
                longest = blocks[h].text.size(), story.headline = blocks[h].text;
        stories.append(std::move(story));
    }
    return stories;
}

} // namespace

ReflowedPage ReflowedPage::analyze(PageText source)
{
    ReflowedPage page;
    page.source = std::move(source);
    if (const std::shared_ptr<const PageGeometry> geometry = page.source.geometry) {
        page.blocks = blocksOf(page.source, *geometry);
        page.stories = storiesOf(page.blocks, *geometry);
        return page;
    }
    page.blocks = Reflower::reflow(page.source);
    page.stories = StorySegmenter::segment(page.blocks);
    return page;
}

QString ReflowedPage::readingText() const
{
    QStringList parts;
    for (const Block &b : blocks)
        if (b.kind != BlockKind::Furniture)
            parts.append(b.text);
    return parts.join(QStringLiteral("\n\n"));
}

QList<int> ReflowedPage::storyOfBlocks() const
{
    QList<int> story(blocks.size(), -1);
    for (int s = 0; s < stories.size(); ++s) {
        for (int b = stories[s].firstBlock; b <= stories[s].lastBlock && b < blocks.size(); ++b)
            story[b] = s;
    }
    for (int s = 0; s < stories.size(); ++s) {
        for (int h : stories[s].headlineBlocks)
            if (h >= 0 && h < blocks.size() && story[h] == -1)
                story[h] = s;
    }
    return story;
}

QList<int> ReflowedPage::readingOrder() const
{
    QList<bool> placed(blocks.size(), false);
    QList<int> order;
    order.reserve(blocks.size());
    auto place = [&](int b) {
        if (b < 0 || b >= blocks.size() || placed[b])
            return;
        placed[b] = true;
        if (blocks[b].kind != BlockKind::Furniture)
            order.append(b);
    };
    QList<int> storyStartingAt(blocks.size(), -1);
    for (int s = 0; s < stories.size(); ++s)
        if (stories[s].firstBlock >= 0 && stories[s].firstBlock < blocks.size())
            storyStartingAt[stories[s].firstBlock] = s;
    for (int b = 0; b < blocks.size(); ++b) {
        if (const int s = storyStartingAt[b]; s >= 0) {
            const Story &story = stories[s];
            for (int h : story.headlineBlocks)
                if (h < story.firstBlock || h > story.lastBlock)
                    place(h);
            for (int i = story.firstBlock; i <= story.lastBlock; ++i)
                place(i);
        }
        place(b);
    }
    return order;
}

} // namespace Jiaokan::Core
