#include "stories/reflowedpage.h"

#include "reflow/reflower.h"
#include "stories/storysegmenter.h"

namespace Jiaokan::Core {

ReflowedPage ReflowedPage::analyze(PageText source)
{
    ReflowedPage page;
    page.source = std::move(source);
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
