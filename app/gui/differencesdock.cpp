#include "differencesdock.h"

#include "differencetablemodel.h"
#include "reviewstyle.h"
#include "tablecopy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

DifferencesDock::DifferencesDock(DifferenceTableModel *differences, QWidget *parent)
    : QDockWidget(parent)
    , m_differences(differences)
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("differencesDock"));
    auto *contents = new QWidget(this);
    m_statusFilter = new QComboBox(contents);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    // The filter matches DifferenceTableModel::FilterRole: "accepted annotated", …
    m_statusFilter->addItem(QString(), QString());
    m_statusFilter->addItem(QString(), QStringLiteral("annotated"));
    for (int i = 0; i < ReviewStatusCount; ++i)
        m_statusFilter->addItem(QString(), QStringLiteral("^%1\\b").arg(reviewStatusName(ReviewStatus(i))));
    m_filterLabel = new QLabel(contents);
    m_filterLabel->setBuddy(m_statusFilter);
    m_filter->setSourceModel(m_differences);
    m_filter->setFilterRole(DifferenceTableModel::FilterRole);
    m_filter->setFilterKeyColumn(DifferenceTableModel::Status);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFilterRegularExpression(m_statusFilter->currentData().toString()); });
    m_table = new QTableView(contents);
    TableCopy::install(m_table);   // Ctrl+C: the selected rows as TSV
    m_table->setObjectName(QStringLiteral("differencesTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once: a status can be given to all of them in one step.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {DifferenceTableModel::ReadingA, DifferenceTableModel::ReadingB, DifferenceTableModel::Comment})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const int row = differenceRow(current); row >= 0)
                    emit currentDifferenceChanged(row);
            });
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    setWidget(contents);
    retranslate();
}

void DifferencesDock::retranslate()
{
    setWindowTitle(tr("Differences"));
    m_table->setAccessibleName(tr("Differences of the passage"));
    m_statusFilter->setAccessibleName(tr("Show the differences with this review status"));
    m_statusFilter->setItemText(0, tr("All differences"));
    m_statusFilter->setItemText(1, tr("Annotated"));
    for (int i = 0; i < ReviewStatusCount; ++i) {
        const auto status = ReviewStatus(i);
        m_statusFilter->setItemText(2 + i, ReviewStyle::sign(status) + u' ' + ReviewStyle::name(status));
    }
    m_filterLabel->setText(tr("Sho&w:"));
}

int DifferencesDock::differenceRow(const QModelIndex &tableIndex) const
{
    return tableIndex.isValid() ? m_filter->mapToSource(tableIndex).row() : -1;
}

QList<int> DifferencesDock::selectedDifferences() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(differenceRow(index));
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DifferencesDock::showDifference(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_differences->index(row, 0));
    if (differenceRow(m_table->currentIndex()) != row && index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

} // namespace Jiaokan::App
