#include "readerview.h"

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setAccessibleName(tr("Reflowed text"));
    setOpenLinks(false);
}

void ReaderView::showPage(const ReflowedPage *page, int story)
{
    m_page = page;
    m_story = story;
    render();
}

void ReaderView::setFurnitureVisible(bool visible)
{
    m_showFurniture = visible;
    render();
}

void ReaderView::render()
{
    if (!m_page) {
        clear();
        return;
    }
    int first = 0;
    int last = int(m_page->blocks.size()) - 1;
    QList<int> extraHeadlines;
    if (m_story >= 0 && m_story < m_page->stories.size()) {
        const Story &s = m_page->stories.at(m_story);
        first = s.firstBlock;
        last = s.lastBlock;
        for (int h : s.headlineBlocks)
            if (h < first || h > last)
                extraHeadlines.append(h);
    }
    // Qt's rich text knows px, not em: indent paragraphs by two characters of the font.
    const int indent = 2 * fontMetrics().horizontalAdvance(QChar(0x56FD));
    QString html = QStringLiteral("<html><body>");
    auto addBlock = [&](const Block &b) {
        const QString text = b.text.toHtmlEscaped();
        const QString where = tr("lines %1–%2").arg(b.firstLine.value).arg(b.lastLine.value);
        switch (b.kind) {
        case BlockKind::Heading:
            html += QStringLiteral("<h2 title='%1'>%2</h2>").arg(where, text);
            break;
        case BlockKind::Paragraph:
            html += QStringLiteral("<p title='%1' style='text-indent:%3px; line-height:150%; margin-bottom:8px'>%2</p>")
                        .arg(where, text).arg(indent);
            break;
        case BlockKind::Credit:
            html += QStringLiteral("<p title='%1' align='right'><i>%2</i></p>").arg(where, text);
            break;
        case BlockKind::Caption:
            html += QStringLiteral("<p title='%1' style='color:#666'><small>%2 %3</small></p>")
                        .arg(where, tr("[Caption]"), text);
            break;
        case BlockKind::Furniture:
            if (m_showFurniture)
                html += QStringLiteral("<p title='%1' style='color:gray'><small>%2 %3</small></p>")
                            .arg(where, tr("[Furniture]"), text);
            break;
        }
    };
    for (int h : extraHeadlines)
        addBlock(m_page->blocks.at(h));
    for (int i = first; i <= last; ++i)
        addBlock(m_page->blocks.at(i));
    html += QStringLiteral("</body></html>");
    setHtml(html);
}

} // namespace Jiaokan::App
