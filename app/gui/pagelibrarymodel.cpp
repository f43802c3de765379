#include "pagelibrarymodel.h"

namespace Jiaokan::App {

using namespace Jiaokan::Core;

PageLibraryModel::PageLibraryModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Page or story"), tr("Lines"), tr("Characters")});
}

int PageLibraryModel::addPage(ReflowedPage page)
{
    const int index = int(m_pages.size());
    auto *pageItem = new QStandardItem(page.source.fileName());
    pageItem->setData(index, PageRole);
    pageItem->setData(-1, StoryRole);
    pageItem->setToolTip(tr("%1\nEncoding: %2").arg(page.source.path, page.source.encoding));
    pageItem->setEditable(false);
    auto *pageLines = new QStandardItem(QString::number(page.source.lineCount()));
    pageLines->setEditable(false);
    auto *pageChars = new QStandardItem(QString::number(page.readingText().size()));
    pageChars->setEditable(false);

    for (int s = 0; s < page.stories.size(); ++s) {
        const Story &story = page.stories.at(s);
        int chars = 0;
        for (int b = story.firstBlock; b <= story.lastBlock; ++b)
            if (page.blocks.at(b).kind == BlockKind::Paragraph)
                chars += int(page.blocks.at(b).text.size());
        QString title = story.headline;
        if (title.isEmpty()) {
            int first = story.firstBlock;
            while (first < story.lastBlock && page.blocks.at(first).kind != BlockKind::Paragraph)
                ++first;
            title = tr("(no headline) %1…").arg(page.blocks.at(first).text.left(16));
        }
        auto *item = new QStandardItem(title);
        item->setData(index, PageRole);
        item->setData(s, StoryRole);
        item->setEditable(false);
        auto *lines = new QStandardItem(tr("%1–%2").arg(story.firstLine.value).arg(story.lastLine.value));
        lines->setEditable(false);
        auto *count = new QStandardItem(QString::number(chars));
        count->setEditable(false);
        pageItem->appendRow({item, lines, count});
    }
    appendRow({pageItem, pageLines, pageChars});
    m_pages.append(std::move(page));
    return index;
}

} // namespace Jiaokan::App
