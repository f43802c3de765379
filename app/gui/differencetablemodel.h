#pragma once

#include "diff/passagecomparison.h"

#include <QAbstractTableModel>

namespace Jiaokan::App {

// The differences of one passage, a row each: number, class, both readings, lines.
class DifferenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Class, ReadingA, ReadingB, LinesA, LinesB, ColumnCount };

    explicit DifferenceTableModel(QObject *parent = nullptr);

    void setDifferences(const QList<Core::Difference> &differences);
    const QList<Core::Difference> &differences() const { return m_differences; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The class as the interface names it: Wording, Punctuation, …
    static QString className(Core::DifferenceClass c);

private:
    QList<Core::Difference> m_differences;
};

} // namespace Jiaokan::App
