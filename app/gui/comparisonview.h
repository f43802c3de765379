#pragma once

#include "annotate/annotation.h"
#include "diff/passagecomparison.h"
#include "differencegutter.h"
#include "analysis/analyzedpage.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QMenu;
class QTextDocument;
class QSplitter;
class QTextBrowser;

namespace Jiaokan::App {

class DifferenceLegend;

class OverviewRuler;

// Two printings of one passage side by side, reflowed, every difference marked in the
// text by colour and by line (struck out where only A has it, underlined where only B
// has it, wavy where the two differ, ‸ where the other side has text). Paragraphs that
// correspond start level (space is added above the one that would start higher), a
// gutter joins each difference to its counterpart, an overview ruler shows where the
// differences are in the whole passage, the panes scroll together, and one difference
// is current: selected in both panes.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    // Above this many characters on a side, paragraphs are not aligned (it needs the
    // whole layout at once); the panes then scroll proportionally.
    static constexpr qsizetype MaxAlignedCharacters = 300'000;

    explicit ComparisonView(QWidget *parent = nullptr);

    void showPassage(std::shared_ptr<const Core::AnalyzedPage> a, std::shared_ptr<const Core::AnalyzedPage> b,
                     const Core::PassageComparison &passage);
    void clear();

    const Core::PassageComparison &passage() const { return m_passage; }
    const std::shared_ptr<const Core::AnalyzedPage> &page(Core::Side side) const { return m_pages[side]; }
    int differenceCount() const { return int(m_passage.differences.size()); }
    int currentDifference() const { return m_current; }
    void setCurrentDifference(int index);
    // Per difference, its annotation if it has one: marked in its status's colour with a
    // line above, its comment as the tooltip, and on the overview ruler.
    void setAnnotations(const QList<std::optional<Core::Annotation>> &annotations);
    // The difference whose mark holds document position on side, or -1.
    int differenceAt(Core::Side side, int position) const;
    QTextBrowser *pane(Core::Side side) const { return m_panes[side]; }
    // Both panes' text larger (steps > 0) or smaller, together, the paragraphs level
    // again; 0 sets it back. Ctrl+wheel over a pane does the same.
    void zoom(int steps);
    int zoomSteps() const { return m_zoom; }
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    // Where the index-th block in reading order of the passage starts, in the pane's
    // document coordinates (for tests of the alignment).
    qreal blockTop(Core::Side side, int rank) const;
    // The top of the line that holds document position, in document coordinates; -1 if none.
    qreal lineTop(Core::Side side, int position) const;
    // Where the text both print starts in the side's pane (after what the other printed
    // elsewhere, shown greyed).
    int sharedStart(Core::Side side) const { return m_sharedStart[side]; }
    // The pairs of blocks (reading ranks A, B) that start level.
    const QList<std::pair<int, int>> &alignedBlocks() const { return m_aligned; }

signals:
    void currentDifferenceChanged(int index);
    // A passage was shown, or the view cleared.
    void passageShown();
    // A right click on a difference's mark, which is now current: add to menu what can
    // be done with it, before it shows.
    void contextMenuRequested(int difference, QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTitles();
    // A stretch of a pane's document: top and bottom in document coordinates.
    struct Extent {
        qreal top = 0;
        qreal bottom = 0;
    };

    void render(Core::Side side);
    void decorate(Core::Side side, int index, QTextDocument *doc);
    // For a move's half: where the other side prints it. Empty for any other difference.
    QString movedTip(int index) const;
    QColor annotationColour(int index) const;
    void align();
    void scheduleAlign();
    QList<DifferenceGutter::Band> visibleBands() const;
    void syncScroll(Core::Side from);
    void updateRuler();
    Extent extentOf(Core::Side side, int start, int end) const;

    std::array<std::shared_ptr<const Core::AnalyzedPage>, Core::SideCount> m_pages;
    Core::PassageComparison m_passage;
    QList<std::optional<Core::Annotation>> m_annotations;   // per difference
    QSplitter *m_splitter = nullptr;
    DifferenceGutter *m_gutter = nullptr;
    OverviewRuler *m_ruler = nullptr;
    std::array<QTextBrowser *, Core::SideCount> m_panes{};
    std::array<QLabel *, Core::SideCount> m_titles{};
    DifferenceLegend *m_legend = nullptr;
    // Per side, per difference: where it is in the pane's document.
    std::array<QList<std::pair<int, int>>, Core::SideCount> m_ranges;
    // Per side: the first and last reading rank shown; document block i is rank first + i.
    std::array<int, Core::SideCount> m_firstRank{};
    std::array<int, Core::SideCount> m_lastRank{};
    std::array<int, Core::SideCount> m_sharedStart{};
    QList<std::pair<int, int>> m_aligned;
    bool m_alignable = false;
    bool m_alignScheduled = false;
    int m_current = -1;
    bool m_syncing = false;
    int m_zoom = 0;   // points added to both panes' type
    QPoint m_pressedAt;   // where the left button went down in a pane, to tell a click from a drag
    bool m_clicked = false;   // the current difference is changing because its mark was clicked
};

} // namespace Jiaokan::App
