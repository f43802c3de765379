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

} // namespace Jiaokan::Core
