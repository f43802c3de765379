#include "collationview.h"

#include "differencestyle.h"
#include "panestyle.h"

#include "differencetablemodel.h"
#include "reflowedtextdocument.h"
#include "reviewstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {

// A variant is marked as a difference of the comparison is.
const QColor VariantColour = DifferenceStyle::colour(DifferenceStyle::Kind::Changed);
const QChar InsertionMark = Core::DifferenceLook::gapSign();

// The table: the location, then a column per witness (base first, as the base combo
// orders them), then the review. FixedColumns before the witnesses.
enum Column { Number, Class, BaseLines, FixedColumns };


} // namespace

CollationView::CollationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("collationView"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    // Hundreds of versions wrap rather than widen the window past the screen.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_baseChoice = new QComboBox(this);
    m_baseChoice->setObjectName(QStringLiteral("collationBase"));
    m_baseLabel = new QLabel(this);
    m_baseLabel->setBuddy(m_baseChoice);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_baseLabel);
    top->addWidget(m_baseChoice);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("collationSplitter"));
    m_text = new QTextBrowser(splitter);
    PaneStyle::showFocus(m_text);
    m_text->setObjectName(QStringLiteral("collationText"));
    m_spread = new SpreadView(splitter);
    connect(m_spread, &SpreadView::printingChosen, this, &CollationView::printingChosen);
    m_table = new QTableWidget(0, FixedColumns + 2, splitter);
    m_table->setObjectName(QStringLiteral("collationTable"));
    retranslate();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);   // the comment
    splitter->addWidget(m_text);
    splitter->addWidget(m_spread);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_baseChoice, &QComboBox::activated, this, [this](int index) {
        if (index != m_collation.base)
            emit baseRequested(index);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentLocation(row);
    });
    // A right click on a location, in the text or the table, offers what can be done
    // with it (the window adds the review actions).
    const auto menuAt = [this](QWidget *widget, const QPoint &pos, int location, std::unique_ptr<QMenu> menu) {
        if (!menu)
            menu = std::make_unique<QMenu>();
        if (location >= 0) {
            setCurrentLocation(location);
            emit contextMenuRequested(location, menu.get());
        }
        if (!menu->isEmpty())
            menu->exec(widget->mapToGlobal(pos));
    };
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this, menuAt](const QPoint &pos) {
        const int position = m_text->cursorForPosition(pos).position();
        int location = -1;
        for (int i = 0; i < m_ranges.size() && location < 0; ++i) {
            if (position >= m_ranges[i].first && position <= m_ranges[i].second)
                location = i;
        }
        menuAt(m_text->viewport(), pos, location, std::unique_ptr<QMenu>(m_text->createStandardContextMenu(pos)));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, menuAt](const QPoint &pos) {
        menuAt(m_table->viewport(), pos, m_table->rowAt(pos.y()), nullptr);
    });
}

void CollationView::setAnnotations(const QList<std::optional<Annotation>> &annotations)
{
    m_annotations = annotations;
    m_annotations.resize(m_collation.locations.size());
    QTextDocument *doc = m_text->document();
    QTextCursor batch(doc);
    batch.beginEditBlock();
    for (int i = 0; i < m_collation.locations.size(); ++i) {
        const std::optional<Annotation> &a = m_annotations[i];
        if (QTableWidgetItem *status = m_table->item(i, statusColumn())) {
            status->setText(a ? ReviewStyle::sign(a->status) + u' ' + ReviewStyle::name(a->status) : QString());
            status->setBackground(a ? QBrush(ReviewStyle::colour(a->status)) : QBrush());
            status->setForeground(a ? QBrush(Qt::black) : QBrush());
            m_table->item(i, statusColumn() + 1)->setText(a ? a->comment : QString());
        }
        if (i >= m_ranges.size() || m_collation.locations[i].baseEnd <= m_collation.locations[i].baseStart)
            continue;
        QTextCursor mark(doc);
        mark.setPosition(m_ranges[i].first);
        mark.setPosition(m_ranges[i].second, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setBackground(a ? ReviewStyle::colour(a->status) : VariantColour);
        f.setFontOverline(a.has_value());
        f.setToolTip(a ? ReviewStyle::describe(*a) : QString());
        mark.mergeCharFormat(f);
    }
    batch.endEditBlock();
}

void CollationView::retranslate()
{
    m_baseChoice->setAccessibleName(tr("Base text of the collation"));
    m_baseLabel->setText(tr("&Base:"));
    m_text->setAccessibleName(tr("Base text with the variant locations marked and numbered"));
    m_text->setPlaceholderText(tr("Choose a story (its row in bold) under Shared stories to collate every version "
                                  "that prints it."));
    m_table->setAccessibleName(tr("Variant locations with every version's reading"));
    setHeaders();
    if (!m_collation.witnesses.isEmpty()) {
        showHeading();
        fillTable();
    }
}

void CollationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CollationView::clear()
{
    m_collation = Collation{};
    m_base.reset();
    m_annotations.clear();
    m_ranges.clear();
    m_current = -1;
    m_title->clear();
    m_baseChoice->clear();
    m_text->clear();
    m_table->setRowCount(0);
    m_spread->clear();
}

void CollationView::showCollation(const Collation &collation, std::shared_ptr<const AnalyzedPage> base,
                                  const QList<SpreadView::Printing> &printings)
{
    m_collation = collation;
    m_base = std::move(base);
    m_annotations.clear();
    m_current = -1;
    showHeading();
    render();
    fillTable();
    m_spread->show(collation, printings);
}

void CollationView::showHeading()
{
    {
        const QSignalBlocker blocker(m_baseChoice);
        m_baseChoice->clear();
        for (const Collation::Witness &w : m_collation.witnesses)
            m_baseChoice->addItem(m_collation.isPartial(w) ? tr("%1 (partial)").arg(w.siglum) : w.siglum);
        m_baseChoice->setCurrentIndex(m_collation.base);
    }
    // The first versions named, the rest counted (all are in the base list).
    constexpr int Named = 12;
    QStringList versions;
    for (const Collation::Witness &w : m_collation.witnesses)
        if (versions.size() < Named)
            versions.append(w.siglum);
    if (m_collation.witnesses.size() > Named)
        versions.append(tr("and %n other(s)", nullptr, int(m_collation.witnesses.size()) - Named));
    m_title->setText(tr("%1 — versions: %2 — variant locations: %3")
                         .arg(m_collation.headline.isEmpty() ? tr("(no headline)") : m_collation.headline,
                              versions.join(QStringLiteral(", ")))
                         .arg(m_collation.locations.size()));
}

void CollationView::render()
{
    m_ranges.clear();
    if (!m_base || m_collation.baseEnd <= m_collation.baseStart) {
        m_text->clear();
        return;
    }
    const AnalyzedPage &page = *m_base;
    const ComparisonKey &key = page.diffKey;
    const int firstRank = key.rankAt(m_collation.baseStart);
    const int lastRank = key.rankAt(m_collation.baseEnd - 1);
    QList<int> blockStart;
    QTextDocument *doc = ReflowedTextDocument::build(page, firstRank, lastRank, m_text, 8, &blockStart);
    auto docPos = [&](qsizetype keyPos, bool end) {
        return ReflowedTextDocument::position(page, firstRank, blockStart, keyPos, end);
    };
    // The marks in one edit: the layout is redone once, not per mark.
    QTextCursor batch(doc);
    batch.beginEditBlock();
    // From the last location to the first, so that what goes in (a ‸, a number) does
    // not move the locations still to be marked.
    m_ranges.resize(m_collation.locations.size());
    for (qsizetype i = m_collation.locations.size() - 1; i >= 0; --i) {
        const Collation::Location &l = m_collation.locations[i];
        int start, end;
        QTextCursor mark(doc);
        if (l.baseEnd > l.baseStart) {
            start = docPos(l.baseStart, false);
            end = docPos(l.baseEnd - 1, true);
            mark.setPosition(start);
            mark.setPosition(end, QTextCursor::KeepAnchor);
            mark.mergeCharFormat(DifferenceStyle::format(DifferenceStyle::Kind::Changed));
        } else {
            start = l.baseStart < key.size() ? docPos(l.baseStart, false) : docPos(key.size() - 1, true);
            mark.setPosition(start);
            QTextCharFormat f = mark.charFormat();
            f.setForeground(DifferenceStyle::gapColour());
            f.setFontWeight(QFont::Bold);
            f.setBackground(Qt::transparent);
            f.setUnderlineStyle(QTextCharFormat::NoUnderline);
            mark.insertText(QString(InsertionMark), f);
            end = start + 1;
        }
        // The location's number, raised, after it: the table's # column.
        QTextCursor number(doc);
        number.setPosition(end);
        QTextCharFormat f;
        f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        f.setForeground(QColor(0x80, 0x40, 0x00));
        f.setFontWeight(QFont::Bold);
        const QString label = QString::number(i + 1);
        number.insertText(label, f);
        m_ranges[i] = {start, end};
        // What went in here moves every later location on.
        const int added = int(label.size()) + (l.baseEnd > l.baseStart ? 0 : 1);
        for (qsizetype k = i + 1; k < m_ranges.size(); ++k)
            m_ranges[k] = {m_ranges[k].first + added, m_ranges[k].second + added};
    }
    batch.endEditBlock();
    m_text->setDocument(doc);
}

bool CollationView::columnPerWitness() const
{
    return m_collation.witnesses.size() <= ColumnsPerWitnessUpTo;
}

int CollationView::statusColumn() const
{
    return FixedColumns + (columnPerWitness() ? int(m_collation.witnesses.size()) : 1);
}

void CollationView::setHeaders()
{
    QStringList headers{tr("#"), tr("Class"), tr("Base lines")};
    if (!columnPerWitness())
        headers.append(tr("Readings (of %n version(s))", nullptr, int(m_collation.witnesses.size())));
    for (int w = 0; columnPerWitness() && w < m_collation.witnesses.size(); ++w)
        headers.append(w == m_collation.base ? tr("%1 (base)").arg(m_collation.witnesses[w].siglum)
                                             : m_collation.witnesses[w].siglum);
    headers << tr("Status") << tr("Comment");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

QString CollationView::readingOf(const Collation::Location &location, int witness)
{
    if (location.lacking.contains(witness))
        return tr("(lacking)");
    const int moved = location.movedTo(witness);
    for (const Collation::Reading &r : location.readings) {
        if (!r.witnesses.contains(witness))
            continue;
        const QString text = r.text.isEmpty() ? tr("(omitted)") : QString(r.text).replace(u'\n', QStringLiteral(" ¶ "));
        return moved >= 0 ? tr("moved, see %1: %2").arg(moved + 1).arg(text) : text;
    }
    return QString();
}

QString CollationView::readingsOf(const Collation::Location &location) const
{
    // Each reading with how many versions print it and the first of them: which papers
    // print 天高云阔, which 天高云淡.
    constexpr int Named = 4;
    QStringList parts;
    for (const Collation::Reading &r : location.readings) {
        QStringList sigla;
        for (int w : r.witnesses)
            if (sigla.size() < Named)
                sigla.append(m_collation.witnesses.value(w).siglum);
        if (r.witnesses.size() > Named)
            sigla.append(tr("…"));
        const QString text = r.text.isEmpty() ? tr("(omitted)") : QString(r.text).replace(u'\n', QStringLiteral(" ¶ "));
        parts.append(tr("%1 ×%2 (%3)").arg(text).arg(r.witnesses.size()).arg(sigla.join(tr(", "))));
    }
    if (!location.lacking.isEmpty())
        parts.append(tr("lacking ×%1").arg(location.lacking.size()));
    return parts.join(QStringLiteral(" | "));
}

void CollationView::fillTable()
{
    const QSignalBlocker blocker(m_table);
    setHeaders();
    m_table->setRowCount(int(m_collation.locations.size()));
    for (int i = 0; i < m_collation.locations.size(); ++i) {
        const Collation::Location &l = m_collation.locations[i];
        QStringList cells{QString::number(i + 1), DifferenceTableModel::className(l.kind), l.baseLines.text()};
        if (!columnPerWitness())
            cells.append(readingsOf(l));
        for (int w = 0; columnPerWitness() && w < m_collation.witnesses.size(); ++w)
            cells.append(readingOf(l, w));
        cells << QString() << QString();
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= FixedColumns && c < statusColumn())
                item->setToolTip(tr("%1[…]%2").arg(l.before, l.after));
            if (c >= FixedColumns && c < statusColumn() && columnPerWitness()) {
                // A witness that departs from the base stands out; one lacking the text is grey.
                const int witness = c - FixedColumns;
                if (l.lacking.contains(witness))
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                else if (witness != m_collation.base && !l.readings.isEmpty() && !l.readings.first().witnesses.contains(witness))
                    item->setBackground(VariantColour);
            }
            m_table->setItem(i, c, item);
        }
    }
    // The comment gets the room left; readings are as wide as they are, up to a limit.
    for (int c = FixedColumns; c <= statusColumn(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    const int widest = (columnPerWitness() ? 16 : 40) * fontMetrics().horizontalAdvance(u'字');
    for (int c = FixedColumns; c < statusColumn(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
    m_table->setColumnWidth(statusColumn(), std::max(m_table->columnWidth(statusColumn()),
                                                     8 * fontMetrics().horizontalAdvance(u'字')));
}

void CollationView::setCurrentLocation(int index)
{
    if (index < 0 || index >= m_ranges.size())
        return;
    m_current = index;
    QTextCursor selection(m_text->document());
    selection.setPosition(m_ranges[index].first);
    selection.setPosition(m_ranges[index].second, QTextCursor::KeepAnchor);
    m_text->setTextCursor(selection);
    m_text->ensureCursorVisible();
    {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(index, FixedColumns);
        m_table->scrollToItem(m_table->item(index, 0));
    }
    m_spread->setLocation(index);
    emit currentLocationChanged(index);
}

} // namespace Jiaokan::App
