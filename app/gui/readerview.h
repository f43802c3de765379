#pragma once

#include "stories/reflowedpage.h"

#include <QTextBrowser>

#include <optional>

namespace Jiaokan::App {

// Shows a page, or one story of it, reflowed: headings styled as headings, credits and
// captions set apart, furniture hidden unless asked for (then greyed). Or the same
// text as the original lines, numbered, so an editor can check the reflow against the
// source: the block the cursor is in stays highlighted when switching between the two.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showPage(const Core::ReflowedPage *page, int story = -1);
    void setFurnitureVisible(bool visible);
    bool furnitureVisible() const { return m_showFurniture; }
    void setOriginalLines(bool original);
    bool showsOriginalLines() const { return m_original; }
    // The page's block the cursor is in (and that is highlighted), or -1.
    int currentBlock() const { return m_currentBlock; }
    void setCurrentBlock(int block);

    // The text selected in the reflowed text, in the page's terms; none when nothing is
    // selected or the original lines are shown.
    struct SelectedText {
        QList<int> blocks;     // the page's blocks it reaches, in the order shown
        int firstOffset = 0;   // where it starts in the first one's text
        int lastEnd = 0;       // and ends in the last one's (UTF-16)
    };
    std::optional<SelectedText> selectedText() const;
    // Selects [firstOffset in block first, lastEnd in block last) of the page shown.
    void select(int first, int firstOffset, int last, int lastEnd);

signals:
    // The user moved the cursor into another of the page's blocks.
    void currentBlockChanged(int block);
    // A right click: the standard menu, before it is shown, for others to add to.
    void contextMenuRequested(QMenu *menu);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showAccessibleName();   // what the view shows: reflowed text or original lines
    // A new document, and where in it the current block starts (or -1).
    using Rendered = std::pair<QTextDocument *, int>;
    void render();
    Rendered renderReflowed();
    Rendered renderOriginal();
    void followCursor();
    // A position of the reflowed document and the one in its block's text, both ways.
    int offsetInBlock(const QTextBlock &block, int position) const;
    int positionOf(int block, int offset) const;
    // The source lines the view shows: the story's, and its headline's when apart.
    QList<Core::LineRange> shownLines() const;

    std::optional<Core::ReflowedPage> m_page;
    int m_story = -1;
    bool m_showFurniture = false;
    bool m_original = false;
    int m_currentBlock = -1;
    QList<std::pair<int, int>> m_lineStarts;        // original: (source line, document position)
    bool m_rendering = false;
};

} // namespace Jiaokan::App
