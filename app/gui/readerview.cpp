#include "readerview.h"

#include "panestyle.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScopeGuard>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
const QColor CurrentBlockColour(0xFF, 0xF0, 0xA8);
// Readable on light and dark palettes alike: the text keeps its own colour.
const QColor FurnitureColour(0x80, 0x80, 0x80);
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    PaneStyle::showFocus(this);
    showAccessibleName();
    setOpenLinks(false);
    connect(this, &QTextEdit::cursorPositionChanged, this, &ReaderView::followCursor);
}

void ReaderView::showPage(const ReflowedPage *page, int story)
{
    // A copy (its text is shared, not copied): the library's list may move.
    m_page = page ? std::optional<ReflowedPage>(*page) : std::nullopt;
    m_story = story;
    m_currentBlock = -1;
    render();
}

void ReaderView::setFurnitureVisible(bool visible)
{
    m_showFurniture = visible;
    render();
}

void ReaderView::setOriginalLines(bool original)
{
    m_original = original;
    showAccessibleName();
    render();
}

void ReaderView::changeEvent(QEvent *event)
{
    // The captions' and furniture's labels are in the text.
    if (event->type() == QEvent::LanguageChange) {
        showAccessibleName();
        render();
    }
    QTextBrowser::changeEvent(event);
}

void ReaderView::showAccessibleName()
{
    setAccessibleName(m_original ? tr("Original lines") : tr("Reflowed text"));
    setPlaceholderText(tr("Open newspaper pages (File ▸ Open, or drop them here), then choose a page or a story in "
                          "the library."));
}

void ReaderView::setCurrentBlock(int block)
{
    m_currentBlock = block;
    render();
}

void ReaderView::render()
{
    m_rendering = true;
    m_lineStarts.clear();
    if (!m_page) {
        clear();
    } else {
        const auto [doc, currentStart] = m_original ? renderOriginal() : renderReflowed();
        setDocument(doc);
        if (currentStart >= 0) {
            QTextCursor c(doc);
            c.setPosition(currentStart);
            setTextCursor(c);
            ensureCursorVisible();
        }
    }
    m_rendering = false;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    emit contextMenuRequested(menu.get());
    menu->exec(event->globalPos());
}

int ReaderView::offsetInBlock(const QTextBlock &block, int position) const
{
    const int index = block.userState();
    if (!m_page || index < 0 || index >= m_page->blocks.size())
        return 0;
    // A caption's or furniture's label comes before its text.
    const int text = int(m_page->blocks.at(index).text.size());
    const int label = block.length() - 1 - text;
    return std::clamp(position - block.position() - label, 0, text);
}

int ReaderView::positionOf(int block, int offset) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.userState() == block) {
            const int label = b.length() - 1 - int(m_page->blocks.at(block).text.size());
            return b.position() + label + std::clamp(offset, 0, b.length() - 1 - label);
        }
    }
    return -1;
}

std::optional<ReaderView::SelectedText> ReaderView::selectedText() const
{
    const QTextCursor cursor = textCursor();
    if (m_original || !m_page || !cursor.hasSelection())
        return std::nullopt;
    const int start = cursor.selectionStart(), end = cursor.selectionEnd();
    const QTextBlock first = document()->findBlock(start);
    // A selection that ends where a block starts ends in the block before it.
    QTextBlock last = document()->findBlock(end);
    if (last.position() == end && last != first)
        last = last.previous();
    SelectedText selected;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (b.userState() >= 0)
            selected.blocks.append(b.userState());
        if (b == last)
            break;
    }
    if (selected.blocks.isEmpty())
        return std::nullopt;
    selected.firstOffset = first.userState() >= 0 ? offsetInBlock(first, start) : 0;
    const int lastText = int(m_page->blocks.at(selected.blocks.last()).text.size());
    selected.lastEnd = last.userState() >= 0 ? offsetInBlock(last, std::min(end, last.position() + last.length() - 1))
                                             : lastText;
    return selected;
}

void ReaderView::select(int first, int firstOffset, int last, int lastEnd)
{
    const int start = positionOf(first, firstOffset), end = positionOf(last, lastEnd);
    if (start < 0 || end < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

ReaderView::Rendered ReaderView::renderReflowed()
{
    int first = 0;
    int last = int(m_page->blocks.size()) - 1;
    QList<int> order;
    if (m_story >= 0 && m_story < m_page->stories.size()) {
        const Story &s = m_page->stories.at(m_story);
        first = s.firstBlock;
        last = s.lastBlock;
        for (int h : s.headlineBlocks)
            if (h < first || h > last)
                order.append(h);
    }
    for (int i = first; i <= last; ++i)
        order.append(i);

    auto *doc = new QTextDocument(this);
    doc->setDefaultFont(font());
    QTextCursor cursor(doc);
    // Indent paragraphs by two characters of the font.
    const int indent = 2 * fontMetrics().horizontalAdvance(QChar(0x56FD));
    int currentStart = -1;
    bool firstShown = true;
    for (int i : std::as_const(order)) {
        const Block &b = m_page->blocks.at(i);
        if (b.kind == BlockKind::Furniture && !m_showFurniture)
            continue;
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(8);
        QTextCharFormat charFormat;
        QString prefix;
        switch (b.kind) {
        case BlockKind::Heading:
            blockFormat.setTopMargin(6);
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(font().pointSizeF() * 1.4);
            blockFormat.setHeadingLevel(2);
            break;
        case BlockKind::Paragraph:
            blockFormat.setTextIndent(indent);
            blockFormat.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            break;
        case BlockKind::Credit:
            blockFormat.setAlignment(Qt::AlignRight);
            charFormat.setFontItalic(true);
            break;
        case BlockKind::Caption:
            charFormat.setForeground(FurnitureColour);
            charFormat.setFontPointSize(font().pointSizeF() * 0.9);
            prefix = tr("[Caption] ");
            break;
        case BlockKind::Furniture:
            charFormat.setForeground(FurnitureColour);
            charFormat.setFontPointSize(font().pointSizeF() * 0.9);
            prefix = tr("[Furniture] ");
            break;
        }
        if (i == m_currentBlock) {
            blockFormat.setBackground(CurrentBlockColour);
            charFormat.setForeground(Qt::black);
        }
        if (firstShown) {
            firstShown = false;
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        if (i == m_currentBlock)
            currentStart = cursor.position();
        cursor.insertText(prefix + b.text, charFormat);
        cursor.block().setUserState(i);   // the page's block, for followCursor
    }
    return {doc, currentStart};
}

QList<LineRange> ReaderView::shownLines() const
{
    QList<LineRange> ranges;
    if (m_story >= 0 && m_story < m_page->stories.size()) {
        const Story &s = m_page->stories.at(m_story);
        ranges.append({s.firstLine, s.lastLine});
        for (int h : s.headlineBlocks)
            ranges.append({m_page->blocks.at(h).firstLine, m_page->blocks.at(h).lastLine});
    } else if (m_page->source.lineCount() > 0) {
        ranges.append({SourceLine{1}, SourceLine{m_page->source.lineCount()}});
    }
    std::sort(ranges.begin(), ranges.end(), [](const LineRange &x, const LineRange &y) { return x.first < y.first; });
    QList<LineRange> merged;
    for (const LineRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first.value <= merged.last().last.value + 1)
            merged.last().last = std::max(merged.last().last, r.last);
        else
            merged.append(r);
    }
    return merged;
}

ReaderView::Rendered ReaderView::renderOriginal()
{
    auto *doc = new QTextDocument(this);
    QFont mono = font();
    doc->setDefaultFont(mono);
    QTextCursor cursor(doc);
    QTextCharFormat numberFormat;
    numberFormat.setForeground(FurnitureColour);
    numberFormat.setFontFixedPitch(true);
    const int digits = int(QString::number(m_page->source.lineCount()).size());
    bool firstBlock = true;
    for (const LineRange &range : shownLines()) {
        if (!firstBlock) {
            cursor.insertBlock();
            cursor.insertText(QStringLiteral("⋯"), numberFormat);
        }
        for (int line = range.first.value; line <= range.last.value; ++line) {
            if (!firstBlock)
                cursor.insertBlock();
            firstBlock = false;
            cursor.insertText(QStringLiteral("%1  ").arg(line, digits, 10, QChar(0x2007)), numberFormat);
            m_lineStarts.append({line, cursor.position()});
            cursor.insertText(m_page->source.line(SourceLine{line}), QTextCharFormat());
        }
    }
    // Where a source position is in this document, if shown.
    auto docPos = [&](SourcePos p) -> int {
        auto it = std::lower_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), p.line.value,
                                   [](const std::pair<int, int> &s, int line) { return s.first < line; });
        if (it == m_lineStarts.cend() || it->first != p.line.value)
            return -1;
        return it->second + std::min<int>(p.column, int(m_page->source.line(p.line).size()));
    };
    auto paint = [&](const Block &b, const QTextCharFormat &format) {
        if (b.positions.isEmpty())
            return -1;
        const int start = docPos(b.positions.at(0));
        const SourcePos lastPos = b.positions.last();
        const int end = docPos(lastPos);
        if (start < 0 || end < 0)
            return -1;
        QTextCursor c(doc);
        c.setPosition(start);
        c.setPosition(std::min(end + 1, doc->characterCount() - 1), QTextCursor::KeepAnchor);
        c.mergeCharFormat(format);
        return start;
    };
    QTextCharFormat furniture;
    furniture.setForeground(FurnitureColour);
    for (const Block &b : m_page->blocks)
        if (b.kind == BlockKind::Furniture)
            paint(b, furniture);
    int currentStart = -1;
    if (m_currentBlock >= 0 && m_currentBlock < m_page->blocks.size()) {
        QTextCharFormat highlight;
        highlight.setBackground(CurrentBlockColour);
        highlight.setForeground(Qt::black);
        currentStart = paint(m_page->blocks.at(m_currentBlock), highlight);
    }
    return {doc, currentStart};
}

void ReaderView::followCursor()
{
    if (m_rendering || !m_page)
        return;
    const int before = m_currentBlock;
    const auto announce = qScopeGuard([&] {
        if (m_currentBlock != before)
            emit currentBlockChanged(m_currentBlock);
    });
    const QTextCursor c = textCursor();
    if (!m_original) {
        const int state = c.block().userState();
        if (state >= 0)
            m_currentBlock = state;
        return;
    }
    // The source position under the cursor, then the block that came from it.
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), c.position(),
                               [](int pos, const std::pair<int, int> &s) { return pos < s.second; });
    if (it == m_lineStarts.cbegin())
        return;
    --it;
    const SourcePos at{SourceLine{it->first}, c.position() - it->second};
    for (int i = 0; i < m_page->blocks.size(); ++i) {
        const Block &b = m_page->blocks.at(i);
        if (b.positions.isEmpty() || at.line < b.firstLine || at.line > b.lastLine)
            continue;
        const SourcePos first = b.positions.at(0), last = b.positions.last();
        const bool afterFirst = at.line > first.line || (at.line == first.line && at.column >= first.column);
        const bool beforeLast = at.line < last.line || (at.line == last.line && at.column <= last.column);
        if (afterFirst && beforeLast) {
            m_currentBlock = i;
            return;
        }
    }
}

} // namespace Jiaokan::App
