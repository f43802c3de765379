#include "differencetablemodel.h"

#include "reviewstyle.h"

#include <map>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

DifferenceTableModel::DifferenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DifferenceTableModel::setDifferences(const QList<Difference> &differences)
{
    beginResetModel();
    m_differences = differences;
    m_annotations = QList<std::optional<Annotation>>(differences.size());
    endResetModel();
}

void DifferenceTableModel::setAnnotations(const QList<std::optional<Annotation>> &annotations)
{
    m_annotations = annotations;
    m_annotations.resize(m_differences.size());
    if (!m_differences.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const std::optional<Annotation> &DifferenceTableModel::annotation(int row) const
{
    static const std::optional<Annotation> none;
    return row >= 0 && row < m_annotations.size() ? m_annotations[row] : none;
}

Qt::ItemFlags DifferenceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Comment)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DifferenceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Comment || index.row() >= m_differences.size())
        return false;
    // The window records the edit (undoably) and sends the annotations back.
    emit commentEdited(index.row(), value.toString());
    return true;
}

int DifferenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DifferenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DifferenceTableModel::className(DifferenceClass c)
{
    switch (c) {
    case DifferenceClass::Text: return tr("Wording");
    case DifferenceClass::Punctuation: return tr("Punctuation");
    case DifferenceClass::Width: return tr("Width");
    case DifferenceClass::Script: return tr("Simplified/traditional");
    case DifferenceClass::Space: return tr("White space");
    case DifferenceClass::Dateline: return tr("Dateline");
    case DifferenceClass::Heading: return tr("Headline");
    }
    return {};
}

QVariant DifferenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size())
        return {};
    const Difference &d = m_differences.at(index.row());
    const std::optional<Annotation> &a = annotation(index.row());
    const ReviewStatus status = a ? a->status : ReviewStatus::Unreviewed;
    if (role == FilterRole)
        return QString(reviewStatusName(status) + (a ? QStringLiteral(" annotated") : QString()));
    if (index.column() == Comment && (role == Qt::DisplayRole || role == Qt::EditRole))
        return a ? a->comment : QString();
    if (index.column() == Status) {
        if (role == Qt::DisplayRole)
            return a ? QString(ReviewStyle::sign(status) + u' ' + ReviewStyle::name(status)) : QString();
        if (role == Qt::BackgroundRole && a)
            return ReviewStyle::colour(status);
        if (role == Qt::ForegroundRole && a)
            return QColor(Qt::black);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Class:
            return d.movedWith >= 0 ? tr("%1, moved (see %2)").arg(className(d.kind)).arg(d.movedWith + 1)
                                    : className(d.kind);
        // An empty reading is shown as a mark, so "lacks it" is not a blank cell.
        case ReadingA: return d.text[SideA].isEmpty() ? tr("(none)") : d.text[SideA];
        case ReadingB: return d.text[SideB].isEmpty() ? tr("(none)") : d.text[SideB];
        case LinesA: return d.lines[SideA].text();
        case LinesB: return d.lines[SideB].text();
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == ReadingA || index.column() == ReadingB))
        return QStringLiteral("…%1[%2→%3]%4…").arg(d.before, d.text[SideA], d.text[SideB], d.after);
    return {};
}

void DifferenceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant DifferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("#");
    case Class: return tr("Class");
    case ReadingA: return tr("Reading A");
    case ReadingB: return tr("Reading B");
    case LinesA: return tr("Lines A");
    case LinesB: return tr("Lines B");
    case Status: return tr("Status");
    case Comment: return tr("Comment");
    }
    return {};
}

QString DifferenceTableModel::summary(const PassageComparison &p, int current)
{
    std::map<QString, int> byClass;
    for (const Difference &d : p.differences)
        ++byClass[className(d.kind)];
    QStringList counts;
    for (const auto &[name, n] : byClass)
        counts.append(QStringLiteral("%1 %2").arg(n).arg(name));
    return tr("Difference %1 of %2 (%3) · similarity %4% · A lines %5–%6 · B lines %7–%8")
        .arg(current < 0 ? QStringLiteral("–") : QString::number(current + 1))
        .arg(p.differences.size())
        .arg(counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", ")))
        .arg(p.similarity * 100, 0, 'f', 1)
        .arg(p.lines[SideA].first.value).arg(p.lines[SideA].last.value)
        .arg(p.lines[SideB].first.value).arg(p.lines[SideB].last.value);
}

} // namespace Jiaokan::App
