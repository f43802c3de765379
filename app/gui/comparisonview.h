#pragma once

#include "diff/passagecomparison.h"
#include "match/analyzedpage.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QSplitter;
class QTextBrowser;

namespace Jiaokan::App {

// Two printings of one passage side by side, reflowed, every difference marked in the
// text by colour and by line (struck out where only A has it, underlined where only B
// has it, wavy where the two differ, ‸ where the other side has text), panes scrolled
// together, and one difference current: selected in both panes.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showPassage(std::shared_ptr<const Core::AnalyzedPage> a, std::shared_ptr<const Core::AnalyzedPage> b,
                     const Core::PassageComparison &passage);
    void clear();

    const Core::PassageComparison &passage() const { return m_passage; }
    int differenceCount() const { return int(m_passage.differences.size()); }
    int currentDifference() const { return m_current; }
    void setCurrentDifference(int index);
    QTextBrowser *pane(Core::Side side) const { return m_panes[side]; }
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

signals:
    void currentDifferenceChanged(int index);

private:
    void render(Core::Side side);
    void syncScroll(Core::Side from);

    std::array<std::shared_ptr<const Core::AnalyzedPage>, Core::SideCount> m_pages;
    Core::PassageComparison m_passage;
    QSplitter *m_splitter = nullptr;
    std::array<QTextBrowser *, Core::SideCount> m_panes{};
    std::array<QLabel *, Core::SideCount> m_titles{};
    // Per side, per difference: where it is in the pane's document.
    std::array<QList<std::pair<int, int>>, Core::SideCount> m_ranges;
    int m_current = -1;
    bool m_syncing = false;
};

} // namespace Jiaokan::App
