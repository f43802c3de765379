#include "comparisonview.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {

// Colours light enough for black text, and each paired with a line style, so that the
// marks survive a grey printer and colour-blind eyes.
const QColor ChangedColour(0xFF, 0xE0, 0x8A);
const QColor OnlyAColour(0xF8, 0xB4, 0xB4);
const QColor OnlyBColour(0xB7, 0xE4, 0xB7);
constexpr QChar InsertionMark(0x2038);   // ‸

QTextCharFormat markFormat(const Difference &d, Side side)
{
    QTextCharFormat f;
    const Side other = side == SideA ? SideB : SideA;
    if (d.text[other].isEmpty()) {
        f.setBackground(side == SideA ? OnlyAColour : OnlyBColour);
        if (side == SideA)
            f.setFontStrikeOut(true);
        else
            f.setFontUnderline(true);
    } else {
        f.setBackground(ChangedColour);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xB0, 0x60, 0x00));
    }
    return f;
}

QString legendHtml()
{
    auto sample = [](const QColor &c, const QString &style, const QString &text) {
        return QStringLiteral("<span style='background:%1; %2'>&nbsp;%3&nbsp;</span>").arg(c.name(), style, text);
    };
    return ComparisonView::tr("%1 %2 %3 %4")
        .arg(sample(ChangedColour, QStringLiteral("text-decoration: underline"), ComparisonView::tr("differs")),
             sample(OnlyAColour, QStringLiteral("text-decoration: line-through"), ComparisonView::tr("only in A")),
             sample(OnlyBColour, QStringLiteral("text-decoration: underline"), ComparisonView::tr("only in B")),
             ComparisonView::tr("<b style='color:#C00000'>%1</b> the other side has text here").arg(InsertionMark));
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *legend = new QLabel(legendHtml(), this);
    legend->setObjectName(QStringLiteral("comparisonLegend"));
    legend->setAccessibleName(tr("Legend of the difference marks"));
    layout->addWidget(legend);
    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    for (Side s : {SideA, SideB}) {
        auto *column = new QWidget(splitter);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        m_titles[s] = new QLabel(column);
        m_titles[s]->setTextFormat(Qt::PlainText);
        m_panes[s] = new QTextBrowser(column);
        m_panes[s]->setObjectName(s == SideA ? QStringLiteral("comparisonPaneA") : QStringLiteral("comparisonPaneB"));
        m_panes[s]->setAccessibleName(s == SideA ? tr("Version A") : tr("Version B"));
        m_panes[s]->setOpenLinks(false);
        columnLayout->addWidget(m_titles[s]);
        columnLayout->addWidget(m_panes[s]);
        splitter->addWidget(column);
        connect(m_panes[s]->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, s] { syncScroll(s); });
    }
    layout->addWidget(splitter, 1);
}

QByteArray ComparisonView::splitterState() const
{
    return m_splitter->saveState();
}

void ComparisonView::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void ComparisonView::clear()
{
    m_pages = {};
    m_passage = {};
    m_current = -1;
    for (Side s : {SideA, SideB}) {
        m_panes[s]->clear();
        m_titles[s]->clear();
        m_ranges[s].clear();
    }
}

void ComparisonView::showPassage(std::shared_ptr<const AnalyzedPage> a, std::shared_ptr<const AnalyzedPage> b,
                                 const PassageComparison &passage)
{
    m_pages = {std::move(a), std::move(b)};
    m_passage = passage;
    m_current = -1;
    for (Side s : {SideA, SideB}) {
        const LineRange lines = passage.lines[s];
        m_titles[s]->setText(tr("%1: %2, lines %3–%4")
                                 .arg(s == SideA ? QStringLiteral("A") : QStringLiteral("B"),
                                      QFileInfo(m_pages[s]->page.source.path).fileName())
                                 .arg(lines.first.value).arg(lines.last.value));
        render(s);
    }
}

void ComparisonView::render(Side side)
{
    const AnalyzedPage &page = *m_pages[side];
    const ComparisonKey &key = page.diffKey;
    QTextBrowser *pane = m_panes[side];
    m_ranges[side].clear();
    if (key.size() == 0) {
        pane->clear();
        return;
    }
    auto rankOf = [&](qsizetype pos) { return key.rankAt(std::clamp<qsizetype>(pos, 0, key.size() - 1)); };
    // Whole blocks, from the passage's first to its last, and any block a difference
    // reaches outside them (a headline set apart from its story).
    int firstRank = rankOf(m_passage.keyStart[side]);
    int lastRank = rankOf(std::max(m_passage.keyStart[side], m_passage.keyEnd[side] - 1));
    for (const Difference &d : std::as_const(m_passage.differences)) {
        firstRank = std::min(firstRank, rankOf(d.keyStart[side]));
        lastRank = std::max(lastRank, rankOf(std::max(d.keyStart[side], d.keyEnd[side] - 1)));
    }

    auto *doc = new QTextDocument(pane);
    doc->setDefaultFont(pane->font());
    QTextCursor cursor(doc);
    QList<int> blockStart(lastRank - firstRank + 1, 0);
    const int indent = 2 * pane->fontMetrics().horizontalAdvance(QChar(0x56FD));
    for (int rank = firstRank; rank <= lastRank; ++rank) {
        const Block &b = page.page.blocks.at(key.readingOrder().at(rank));
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(8);
        blockFormat.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat charFormat;
        if (b.kind == BlockKind::Heading) {
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(pane->font().pointSizeF() * 1.3);
        } else if (b.kind == BlockKind::Paragraph) {
            blockFormat.setTextIndent(indent);
        }
        if (rank == firstRank) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        blockStart[rank - firstRank] = cursor.position();
        cursor.insertText(b.text, charFormat);
    }
    auto docPos = [&](qsizetype keyPos, bool end) {
        const ComparisonKey::Origin o = key.origin(keyPos);
        return blockStart[key.rankAt(keyPos) - firstRank] + o.offset + (end ? o.length : 0);
    };

    QList<int> insertions;   // differences this side lacks: a mark goes where the text would be
    for (qsizetype i = 0; i < m_passage.differences.size(); ++i) {
        const Difference &d = m_passage.differences.at(i);
        if (d.keyEnd[side] > d.keyStart[side]) {
            const int start = docPos(d.keyStart[side], false);
            const int end = docPos(d.keyEnd[side] - 1, true);
            QTextCursor mark(doc);
            mark.setPosition(start);
            mark.setPosition(end, QTextCursor::KeepAnchor);
            mark.mergeCharFormat(markFormat(d, side));
            m_ranges[side].append({start, end});
        } else {
            const int at = d.keyStart[side] < key.size() ? docPos(d.keyStart[side], false)
                                                         : docPos(key.size() - 1, true);
            m_ranges[side].append({at, at});
            insertions.append(int(i));
        }
    }
    // Marks go in from the last, and every range after one moves on by a character.
    std::sort(insertions.begin(), insertions.end(),
              [&](int x, int y) { return m_ranges[side][x].first > m_ranges[side][y].first; });
    for (int i : std::as_const(insertions)) {
        const int at = m_ranges[side][i].first;
        QTextCursor mark(doc);
        mark.setPosition(at);
        QTextCharFormat f = mark.charFormat();
        f.setForeground(QColor(0xC0, 0x00, 0x00));
        f.setFontWeight(QFont::Bold);
        f.setBackground(Qt::transparent);
        f.setFontStrikeOut(false);
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
        mark.insertText(QString(InsertionMark), f);
        for (auto &r : m_ranges[side]) {
            if (r.first > at)
                r = {r.first + 1, r.second + 1};
            else if (r.second > at)
                r.second += 1;
        }
        m_ranges[side][i] = {at, at + 1};
    }
    pane->setDocument(doc);
}

void ComparisonView::setCurrentDifference(int index)
{
    if (index < 0 || index >= differenceCount())
        return;
    m_current = index;
    for (Side s : {SideA, SideB}) {
        if (index >= m_ranges[s].size())
            continue;
        const auto [start, end] = m_ranges[s].at(index);
        QTextCursor c(m_panes[s]->document());
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        m_syncing = true;   // each pane scrolls to its own copy of the difference
        m_panes[s]->setTextCursor(c);
        m_panes[s]->ensureCursorVisible();
        m_syncing = false;
    }
    emit currentDifferenceChanged(index);
}

void ComparisonView::syncScroll(Side from)
{
    if (m_syncing)
        return;
    const QScrollBar *source = m_panes[from]->verticalScrollBar();
    QScrollBar *target = m_panes[from == SideA ? SideB : SideA]->verticalScrollBar();
    if (source->maximum() <= 0)
        return;
    m_syncing = true;
    target->setValue(int(double(source->value()) / source->maximum() * target->maximum()));
    m_syncing = false;
}

} // namespace Jiaokan::App
