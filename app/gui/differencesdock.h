#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Jiaokan::App {

class DifferenceTableModel;

// The table of the differences of the passage shown, under the views, filtered by review
// status. Rows are the model's (the passage's differences), however the filter hides them.
class DifferencesDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit DifferencesDock(DifferenceTableModel *differences, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The differences selected, in order.
    QList<int> selectedDifferences() const;
    // Makes difference row current and in view, unless it is current or filtered out.
    void showDifference(int row);
    void retranslate();

signals:
    void currentDifferenceChanged(int row);

private:
    int differenceRow(const QModelIndex &tableIndex) const;

    DifferenceTableModel *m_differences = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Jiaokan::App
