#include "comparisonview.h"

#include "differencelegend.h"
#include "paneleveller.h"
#include "panestyle.h"
#include "differencestyle.h"
#include "reflowedtextdocument.h"

#include "overviewruler.h"
#include "reviewstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>
#include <QTextFrame>
#include <QWheelEvent>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {

const QChar InsertionMark = Core::DifferenceLook::gapSign();

QColor colourOf(const Difference &d)
{
    return DifferenceStyle::colour(d);
}

QTextCharFormat markFormat(const Difference &d)
{
    return DifferenceStyle::format(DifferenceStyle::kindOf(d));
}

// The ‸ put where this side lacks the other's text.
QTextCharFormat insertionFormat(QTextCharFormat f)
{
    f.setForeground(DifferenceStyle::gapColour());
    f.setFontWeight(QFont::Bold);
    f.setBackground(Qt::transparent);
    f.setFontStrikeOut(false);
    f.setUnderlineStyle(QTextCharFormat::NoUnderline);
    return f;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_legend = new DifferenceLegend(this);
    m_legend->setObjectName(QStringLiteral("comparisonLegend"));
    layout->addWidget(m_legend);
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_gutter = new DifferenceGutter([this] { return visibleBands(); }, m_splitter);
    for (Side s : {SideA, SideB}) {
        auto *column = new QWidget(m_splitter);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        m_titles[s] = new QLabel(column);
        m_titles[s]->setTextFormat(Qt::PlainText);
        // A long title wraps rather than widen its pane: the two panes stay equal.
        m_titles[s]->setWordWrap(true);
        m_titles[s]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_panes[s] = new QTextBrowser(column);
        PaneStyle::showFocus(m_panes[s]);
        m_panes[s]->setObjectName(s == SideA ? QStringLiteral("comparisonPaneA") : QStringLiteral("comparisonPaneB"));
        m_panes[s]->setOpenLinks(false);
        m_panes[s]->viewport()->installEventFilter(this);
        m_panes[s]->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_panes[s], &QWidget::customContextMenuRequested, this, [this, s](const QPoint &pos) {
            QTextBrowser *pane = m_panes[s];
            const int difference = differenceAt(s, pane->cursorForPosition(pos).position());
            std::unique_ptr<QMenu> menu(pane->createStandardContextMenu(pos));
            if (difference >= 0) {
                setCurrentDifference(difference);
                const qsizetype other = m_passage.differences.at(difference).movedWith;
                if (other >= 0) {
                    menu->addSeparator();
                    menu->addAction(tr("Go to Where It Moved"), this, [this, other] { setCurrentDifference(int(other)); });
                }
                emit contextMenuRequested(difference, menu.get());
            }
            menu->exec(pane->viewport()->mapToGlobal(pos));
        });
        columnLayout->addWidget(m_titles[s]);
        columnLayout->addWidget(m_panes[s]);
        m_splitter->addWidget(column);
        if (s == SideA)
            m_splitter->addWidget(m_gutter);
        connect(m_panes[s]->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, s] {
            syncScroll(s);
            m_gutter->update();
            updateRuler();
        });
    }
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    row->addWidget(m_splitter, 1);
    m_ruler = new OverviewRuler(this);
    row->addWidget(m_ruler);
    layout->addLayout(row, 1);
    connect(m_ruler, &OverviewRuler::clicked, this, [this](double position, int mark) {
        if (mark >= 0) {
            setCurrentDifference(mark);
            return;
        }
        QScrollBar *bar = m_panes[SideA]->verticalScrollBar();
        const int page = bar->pageStep();
        bar->setValue(int(position * (bar->maximum() + page) - page / 2));
    });
    retranslate();
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
    m_annotations.clear();
    m_current = -1;
    m_aligned.clear();
    for (Side s : {SideA, SideB}) {
        m_panes[s]->clear();
        m_titles[s]->clear();
        m_ranges[s].clear();
    }
    m_ruler->setMarks({});
    m_gutter->update();
    emit passageShown();
}

void ComparisonView::retranslate()
{
    m_legend->retranslate();
    for (Side s : {SideA, SideB})
        m_panes[s]->setAccessibleName(s == SideA ? tr("Version A") : tr("Version B"));
    // What fills the tab when nothing is compared yet.
    m_panes[SideA]->setPlaceholderText(tr("Choose a pair of printings under Shared stories, or two pages or stories in "
                                          "the library (Ctrl+click) and then Compare ▸ Compare the two chosen."));
    if (m_pages[SideA] && m_pages[SideB])
        showTitles();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonView::showTitles()
{
    for (Side s : {SideA, SideB}) {
        const LineRange lines = m_passage.lines[s];
        const PageText &source = m_pages[s]->page.source;
        QString title = tr("%1: %2, lines %3–%4")
                            .arg(s == SideA ? QStringLiteral("A") : QStringLiteral("B"),
                                 source.metadata.isEmpty() && source.label.isEmpty() ? source.fileName()
                                                                                     : source.displayName())
                            .arg(lines.first.value)
                            .arg(lines.last.value);
        // The story's start the other printed on another page, shown greyed above.
        if (!m_passage.only[s].isEmpty() && m_passage.only[s].first().last.value <= lines.first.value)
            title += u' '
                + (s == SideA ? tr("(lines %1 greyed: printed elsewhere in B)") : tr("(lines %1 greyed: printed elsewhere in A)"))
                      .arg(m_passage.only[s].first().text());
        m_titles[s]->setText(title);
    }
}

void ComparisonView::showPassage(std::shared_ptr<const AnalyzedPage> a, std::shared_ptr<const AnalyzedPage> b,
                                 const PassageComparison &passage)
{
    m_pages = {std::move(a), std::move(b)};
    m_passage = passage;
    m_annotations = QList<std::optional<Annotation>>(passage.differences.size());
    m_current = -1;
    m_aligned.clear();
    m_alignable = true;
    showTitles();
    for (Side s : {SideA, SideB}) {
        render(s);
        m_alignable = m_alignable && m_panes[s]->document()->characterCount() <= MaxAlignedCharacters;
    }
    align();
    emit passageShown();
}

void ComparisonView::zoom(int steps)
{
    const int zoom = steps == 0 ? 0 : std::clamp(m_zoom + steps, -6, 16);
    if (zoom == m_zoom)
        return;
    for (Side s : {SideA, SideB}) {
        QFont font = m_panes[s]->font();
        font.setPointSizeF(std::max(5.0, font.pointSizeF() + zoom - m_zoom));
        m_panes[s]->setFont(font);
    }
    m_zoom = zoom;
    if (!m_pages[SideA] || !m_pages[SideB])
        return;
    // Set again at the new size (headings are sized from the pane's type), with the
    // annotations and the current difference as they were.
    const QList<std::optional<Annotation>> annotations = m_annotations;
    const int current = m_current;
    for (Side s : {SideA, SideB})
        render(s);
    align();
    setAnnotations(annotations);
    if (current >= 0)
        setCurrentDifference(current);
}

void ComparisonView::render(Side side)
{
    const AnalyzedPage &page = *m_pages[side];
    const ComparisonKey &key = page.diffKey;
    QTextBrowser *pane = m_panes[side];
    m_ranges[side].clear();
    if (key.size() == 0) {
        pane->clear();
        m_firstRank[side] = 0;
        m_lastRank[side] = -1;
        return;
    }
    const auto [sharedRank, lastRank] = m_passage.rankRange(key, side);
    // A story this side prints from its start and the other from its continuation: the
    // part the other printed elsewhere is shown too, greyed, and not compared.
    const bool printedElsewhere = !m_passage.only[side].isEmpty()
        && m_passage.only[side].first().last.value <= m_passage.lines[side].first.value;
    int firstRank = sharedRank;
    if (printedElsewhere && sharedRank < page.unitOfRank.size())
        firstRank = std::min(sharedRank, page.unitRanks.value(page.unitOfRank[sharedRank]).first);
    m_firstRank[side] = firstRank;
    m_lastRank[side] = lastRank;

    QList<int> blockStart;
    QTextDocument *doc = ReflowedTextDocument::build(page, firstRank, lastRank, pane, PaneLeveller::BlockGap, &blockStart);
    auto docPos = [&](qsizetype keyPos, bool end) {
        return ReflowedTextDocument::position(page, firstRank, blockStart, keyPos, end);
    };
    // The marks in one edit: the layout is redone once, not per mark.
    QTextCursor batch(doc);
    batch.beginEditBlock();
    m_sharedStart[side] = docPos(std::min(m_passage.keyStart[side], key.size() - 1), false);
    if (printedElsewhere && m_sharedStart[side] > 0) {
        QTextCursor elsewhere(doc);
        elsewhere.setPosition(0);
        elsewhere.setPosition(m_sharedStart[side], QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setForeground(pane->palette().color(QPalette::Disabled, QPalette::Text));
        f.setFontItalic(true);
        f.setToolTip(side == SideA ? tr("Printed elsewhere in B: not compared") : tr("Printed elsewhere in A: not compared"));
        elsewhere.mergeCharFormat(f);
    }

    QList<int> insertions;   // differences this side lacks: a mark goes where the text would be
    for (qsizetype i = 0; i < m_passage.differences.size(); ++i) {
        const Difference &d = m_passage.differences.at(i);
        if (d.keyEnd[side] > d.keyStart[side]) {
            const int start = docPos(d.keyStart[side], false);
            const int end = docPos(d.keyEnd[side] - 1, true);
            QTextCursor mark(doc);
            mark.setPosition(start);
            mark.setPosition(end, QTextCursor::KeepAnchor);
            QTextCharFormat f = markFormat(d);
            f.setToolTip(movedTip(int(i)));
            mark.mergeCharFormat(f);
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
        mark.insertText(QString(InsertionMark), insertionFormat(mark.charFormat()));
        for (auto &r : m_ranges[side]) {
            if (r.first > at)
                r = {r.first + 1, r.second + 1};
            else if (r.second > at)
                r.second += 1;
        }
        m_ranges[side][i] = {at, at + 1};
    }
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i])
            decorate(side, i, doc);
    }
    batch.endEditBlock();
    pane->setDocument(doc);
}

void ComparisonView::decorate(Side side, int index, QTextDocument *doc)
{
    const Difference &d = m_passage.differences.at(index);
    const auto [start, end] = m_ranges[side].at(index);
    QTextCursor mark(doc);
    mark.setPosition(start);
    mark.setPosition(end, QTextCursor::KeepAnchor);
    const bool lacking = d.keyEnd[side] == d.keyStart[side];
    QTextCharFormat f = lacking ? insertionFormat({}) : markFormat(d);
    const std::optional<Annotation> &a = m_annotations.value(index);
    // Reviewed: the status's colour, and a line above, which shows in black and white.
    if (a)
        f.setBackground(ReviewStyle::colour(a->status));
    f.setFontOverline(a.has_value());
    QStringList tips{movedTip(index)};
    if (a)
        tips.append(ReviewStyle::describe(*a));
    tips.removeAll(QString());
    f.setToolTip(tips.join(u'\n'));
    mark.mergeCharFormat(f);
}

QString ComparisonView::movedTip(int index) const
{
    const qsizetype other = m_passage.differences.at(index).movedWith;
    if (other < 0)
        return {};
    const Difference &to = m_passage.differences.at(other);
    // The half with text in A is found in B at its partner's place, and the other way.
    const Side there = to.keyEnd[SideB] > to.keyStart[SideB] ? SideB : SideA;
    return (there == SideB ? tr("Moved: B prints this at line %1 (difference %2)")
                           : tr("Moved: A prints this at line %1 (difference %2)"))
        .arg(to.lines[there].text(u'-'))
        .arg(other + 1);
}

void ComparisonView::setAnnotations(const QList<std::optional<Annotation>> &annotations)
{
    m_annotations = annotations;
    m_annotations.resize(m_passage.differences.size());
    for (Side s : {SideA, SideB}) {
        QTextDocument *doc = m_panes[s]->document();
        if (m_ranges[s].size() != m_passage.differences.size())
            continue;
        QTextCursor batch(doc);
        batch.beginEditBlock();
        for (int i = 0; i < m_annotations.size(); ++i)
            decorate(s, i, doc);
        batch.endEditBlock();
    }
    // The marks stay where they are; only their status changes.
    QList<OverviewRuler::Mark> marks = m_ruler->marks();
    if (marks.size() == m_annotations.size()) {
        for (int i = 0; i < marks.size(); ++i)
            marks[i].annotation = annotationColour(i);
        m_ruler->setMarks(marks);
    } else {
        updateRuler();
    }
}

qreal ComparisonView::lineTop(Side side, int position) const
{
    return PaneLeveller::lineTop(m_panes[side]->document(), position);
}

qreal ComparisonView::blockTop(Side side, int rank) const
{
    return PaneLeveller::blockTop(m_panes[side]->document(), rank - m_firstRank[side]);
}

void ComparisonView::align()
{
    m_alignScheduled = false;
    m_aligned.clear();
    if (m_pages[SideA] && m_pages[SideB] && m_alignable && m_lastRank[SideA] >= 0 && m_lastRank[SideB] >= 0) {
        m_aligned = m_passage.levelParagraphs(m_pages[SideA]->diffKey, m_pages[SideB]->diffKey);
        QList<PaneLeveller::Pair> blocks;   // the ranks as the panes' block numbers
        for (const auto &[rankA, rankB] : std::as_const(m_aligned))
            blocks.append({rankA - m_firstRank[SideA], rankB - m_firstRank[SideB]});
        PaneLeveller::level({m_panes[SideA]->document(), m_panes[SideB]->document()}, blocks, m_sharedStart);
    }
    syncScroll(SideA);
    m_gutter->update();
    updateRuler();
}

void ComparisonView::scheduleAlign()
{
    if (m_alignScheduled)
        return;
    m_alignScheduled = true;
    QTimer::singleShot(0, this, &ComparisonView::align);
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel sizes both panes, not the one under the pointer alone.
    if (event->type() == QEvent::Wheel && (watched == m_panes[SideA]->viewport() || watched == m_panes[SideB]->viewport())) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() != 0)
                zoom(wheel->angleDelta().y() > 0 ? 1 : -1);
            return true;
        }
    }
    // A new width reflows the text: the paragraphs need levelling again.
    if (event->type() == QEvent::Resize && m_pages[SideA])
        scheduleAlign();
    // A click on a difference's mark makes it current, so that what the user pointed at
    // is what a status key or F2 acts on (a drag that selects text is no click).
    if ((event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) && m_pages[SideA]) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        for (Side s : {SideA, SideB}) {
            if (watched != m_panes[s]->viewport() || mouse->button() != Qt::LeftButton)
                continue;
            if (event->type() == QEvent::MouseButtonPress) {
                m_pressedAt = mouse->position().toPoint();
            } else if ((mouse->position().toPoint() - m_pressedAt).manhattanLength() < 4) {
                const int difference = differenceAt(s, m_panes[s]->cursorForPosition(mouse->position().toPoint()).position());
                if (difference >= 0 && difference != m_current) {
                    m_clicked = true;
                    setCurrentDifference(difference);
                    m_clicked = false;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

ComparisonView::Extent ComparisonView::extentOf(Side side, int start, int end) const
{
    const QTextDocument *doc = m_panes[side]->document();
    auto lineAt = [&](int pos, bool bottom) -> qreal {
        const QTextBlock block = doc->findBlock(pos);
        if (!block.isValid())
            return 0;
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const QTextLine line = layout ? layout->lineForTextPosition(pos - block.position()) : QTextLine();
        if (!line.isValid())
            return bottom ? rect.bottom() : rect.top();
        return rect.top() + line.y() + (bottom ? line.height() : 0);
    };
    return {lineAt(start, false), lineAt(std::max(start, end - 1), true)};
}

QList<DifferenceGutter::Band> ComparisonView::visibleBands() const
{
    QList<DifferenceGutter::Band> bands;
    if (!m_pages[SideA] || m_ranges[SideA].size() != m_passage.differences.size()
        || m_ranges[SideB].size() != m_passage.differences.size())
        return bands;
    // Only the differences either pane shows: the text outside may not be laid out yet.
    std::array<std::pair<int, int>, SideCount> visible;
    std::array<int, SideCount> offset{};
    for (Side s : {SideA, SideB}) {
        const QTextBrowser *pane = m_panes[s];
        const QRect r = pane->viewport()->rect();
        visible[s] = {pane->cursorForPosition(r.topLeft()).position(),
                      pane->cursorForPosition(r.bottomRight()).position()};
        offset[s] = pane->viewport()->mapTo(this, QPoint(0, 0)).y() - m_gutter->mapTo(this, QPoint(0, 0)).y()
                    - pane->verticalScrollBar()->value();
    }
    for (int i = 0; i < m_passage.differences.size(); ++i) {
        bool shown = false;
        for (Side s : {SideA, SideB})
            shown = shown || (m_ranges[s][i].second >= visible[s].first && m_ranges[s][i].first <= visible[s].second);
        if (!shown)
            continue;
        const Extent a = extentOf(SideA, m_ranges[SideA][i].first, m_ranges[SideA][i].second);
        const Extent b = extentOf(SideB, m_ranges[SideB][i].first, m_ranges[SideB][i].second);
        bands.append({int(a.top) + offset[SideA], int(a.bottom) + offset[SideA], int(b.top) + offset[SideB],
                      int(b.bottom) + offset[SideB], colourOf(m_passage.differences[i]), i == m_current});
    }
    return bands;
}

void ComparisonView::updateRuler()
{
    const QTextBrowser *pane = m_panes[SideA];
    const QScrollBar *bar = pane->verticalScrollBar();
    const double total = std::max(1, bar->maximum() + bar->pageStep());
    m_ruler->setVisibleRange(bar->value() / total, (bar->value() + bar->pageStep()) / total);
    if (m_ruler->marks().size() == m_passage.differences.size() && !m_alignScheduled)
        return;
    QList<OverviewRuler::Mark> marks;
    const QTextDocument *doc = pane->document();
    if (m_alignable) {
        // Laid out whole already (to level the paragraphs): place marks by height.
        const double height = std::max(1.0, doc->size().height());
        for (int i = 0; i < m_ranges[SideA].size(); ++i) {
            const Extent e = extentOf(SideA, m_ranges[SideA][i].first, m_ranges[SideA][i].second);
            marks.append({e.top / height, e.bottom / height, colourOf(m_passage.differences[i]), annotationColour(i)});
        }
    } else {
        // Too long to lay out at once: place marks by characters.
        const double count = std::max(1, doc->characterCount());
        for (int i = 0; i < m_ranges[SideA].size(); ++i)
            marks.append({m_ranges[SideA][i].first / count, m_ranges[SideA][i].second / count,
                          colourOf(m_passage.differences[i]), annotationColour(i)});
    }
    m_ruler->setMarks(marks);
    m_ruler->setCurrent(m_current);
}

QColor ComparisonView::annotationColour(int index) const
{
    const std::optional<Annotation> &a = m_annotations.value(index);
    return a ? ReviewStyle::colour(a->status) : QColor();
}

int ComparisonView::differenceAt(Side side, int position) const
{
    const QList<std::pair<int, int>> &ranges = m_ranges[side];
    for (int i = 0; i < ranges.size(); ++i) {
        if (position >= ranges[i].first && position <= ranges[i].second)
            return i;
    }
    return -1;
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
        // In the middle of the pane, its sentence readable around it (not cut off at the
        // bottom); a mark the user clicked stays where it is, under the pointer.
        if (!m_clicked) {
            QTextCursor first(m_panes[s]->document());
            first.setPosition(start);
            QScrollBar *bar = m_panes[s]->verticalScrollBar();
            bar->setValue(bar->value() + m_panes[s]->cursorRect(first).center().y()
                          - m_panes[s]->viewport()->height() / 2);
        }
        m_syncing = false;
    }
    m_ruler->setCurrent(index);
    m_gutter->update();
    emit currentDifferenceChanged(index);
}

void ComparisonView::syncScroll(Side from)
{
    if (m_syncing)
        return;
    const QScrollBar *source = m_panes[from]->verticalScrollBar();
    QScrollBar *target = m_panes[from == SideA ? SideB : SideA]->verticalScrollBar();
    m_syncing = true;
    if (!m_aligned.isEmpty())
        target->setValue(source->value());   // level paragraphs: the same offset shows the same text
    else if (source->maximum() > 0)
        target->setValue(int(double(source->value()) / source->maximum() * target->maximum()));
    m_syncing = false;
}

} // namespace Jiaokan::App
