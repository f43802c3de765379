#include "readerpane.h"

#include "pageimageview.h"
#include "readerview.h"

#include "layout/documentloader.h"
#include "layout/printedboxes.h"
#include "text/pagegeometry.h"

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ReaderPane::ReaderPane(PdfPageRenderer *renderer, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_reader(new ReaderView(this)), m_image(new PageImageView(renderer, this))
{
    setObjectName(QStringLiteral("readerPane"));
    m_image->setObjectName(QStringLiteral("readerPrintedPage"));
    addWidget(m_reader);
    addWidget(m_image);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    m_image->hide();
    connect(m_reader, &ReaderView::currentBlockChanged, this, &ReaderPane::outlineBlock);
    connect(m_image, &PageImageView::clicked, this, &ReaderPane::chooseAt);
}

ReaderPane::Printed ReaderPane::printedOf(const ReflowedPage &page, int block)
{
    const PageGeometry *geometry = page.source.geometry.get();
    if (!geometry || geometry->lines.isEmpty() || geometry->pageSizes.isEmpty())   // not printed: web text
        return {};
    const auto [file, named] = DocumentLoader::splitPageName(page.source.path);
    int line = 1;
    if (block >= 0 && block < page.blocks.size())
        line = std::clamp(page.blocks.at(block).firstLine.value, 1, int(geometry->lines.size()));
    const int printedPage = geometry->lines.at(line - 1).page;
    return {file, printedPage, geometry->sizeOf(printedPage)};
}

void ReaderPane::showPage(const ReflowedPage *page, int story)
{
    // A copy (its text is shared, not copied): the library's list may move.
    m_page = page ? std::optional<ReflowedPage>(*page) : std::nullopt;
    m_reader->showPage(page, story);
    int block = -1;
    if (page && story >= 0 && story < page->stories.size())
        block = page->stories.at(story).firstBlock;
    const Printed printed = page ? printedOf(*page, block) : Printed{};
    const bool wasHidden = m_image->isHidden();
    m_image->setVisible(!printed.file.isEmpty());
    if (wasHidden && !printed.file.isEmpty() && sizes().value(1) == 0)
        setSizes({1, 1});   // a child shown again keeps the nothing it had: halve the width
    if (printed.file.isEmpty()) {
        m_image->clearPage();
        return;
    }
    m_image->setPage(printed.file, printed.page, printed.size);
    if (block >= 0)
        outlineBlock(block);
}

void ReaderPane::outlineBlock(int block)
{
    if (!m_page || !m_image->hasPage())
        return;
    const Printed printed = printedOf(*m_page, block);
    if (printed.page != m_image->pageNumber())
        m_image->setPage(printed.file, printed.page, printed.size);
    QList<QRectF> boxes;
    for (const PrintedBox &b : PrintedBoxes::ofBlock(*m_page, block))
        if (b.page == printed.page)
            boxes.append(b.box);
    m_image->setOutlines(boxes);
    if (!boxes.isEmpty())
        m_image->centreOn(boxes.first());
}

void ReaderPane::chooseAt(QPointF point)
{
    if (!m_page)
        return;
    const int block = PrintedBoxes::blockAt(*m_page, m_image->pageNumber(), point);
    if (block < 0)
        return;
    m_reader->setCurrentBlock(block);
    outlineBlock(block);
}

} // namespace Jiaokan::App
