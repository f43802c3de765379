#pragma once

#include "annotate/annotation.h"
#include "diff/passagecomparison.h"

#include <QAbstractTableModel>

namespace Jiaokan::App {

// The differences of one passage, a row each: number, class, both readings, lines, and
// the review status and comment, if annotated (the comment is edited in place).
class DifferenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Class, ReadingA, ReadingB, LinesA, LinesB, Status, Comment, ColumnCount };
    // On every column: the status's name, and " annotated" when the row has an
    // annotation (what the status filter matches).
    static constexpr int FilterRole = Qt::UserRole + 1;

    explicit DifferenceTableModel(QObject *parent = nullptr);

    void setDifferences(const QList<Core::Difference> &differences);
    const QList<Core::Difference> &differences() const { return m_differences; }
    // Per row, its annotation if it has one.
    void setAnnotations(const QList<std::optional<Core::Annotation>> &annotations);
    const std::optional<Core::Annotation> &annotation(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The class as the interface names it: Wording, Punctuation, …
    static QString className(Core::DifferenceClass c);
    // The status line of a passage shown, current its difference in view (or -1):
    // how many of each class, the similarity, and the lines on each side.
    static QString summary(const Core::PassageComparison &passage, int current);
    // Headers and cells are words of the interface: shown again in its language now.
    void retranslate();

signals:
    // The user wrote a comment in the row's Comment cell.
    void commentEdited(int row, const QString &comment);

private:
    QList<Core::Difference> m_differences;
    QList<std::optional<Core::Annotation>> m_annotations;
};

} // namespace Jiaokan::App
