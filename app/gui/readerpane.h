#pragma once

#include "stories/reflowedpage.h"

#include <QSplitter>

#include <optional>

namespace Jiaokan::App {

class PageImageView;
class PdfPageRenderer;
class ReaderView;

// The Reader tab: the reflowed text, and beside it, for a page read from a PDF, the
// printed page. Choosing a paragraph outlines its boxes on the page; clicking the page
// chooses the paragraph printed there.
class ReaderPane final : public QSplitter
{
    Q_OBJECT
public:
    ReaderPane(PdfPageRenderer *renderer, QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    PageImageView *printedPage() const { return m_image; }
    void showPage(const Core::ReflowedPage *page, int story = -1);

    // The PDF file and page a page's block was printed on, and that page's size;
    // an empty file for page text.
    struct Printed {
        QString file;
        int page = 0;
        QSizeF size;
    };
    static Printed printedOf(const Core::ReflowedPage &page, int block);

private:
    void outlineBlock(int block);
    void chooseAt(QPointF point);

    ReaderView *m_reader;
    PageImageView *m_image;
    std::optional<Core::ReflowedPage> m_page;
};

} // namespace Jiaokan::App
