#include "librarysortmodel.h"

#include "pagelibrarymodel.h"

namespace Jiaokan::App {

LibrarySortModel::LibrarySortModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    setSortRole(PageLibraryModel::SortRole);
}

bool LibrarySortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        // Empty last: a page that names no paper or date says nothing to sort by.
        const QString x = a.toString(), y = b.toString();
        if (x.isEmpty() != y.isEmpty())
            return !x.isEmpty() == (sortOrder() == Qt::AscendingOrder);
        return m_collator.compare(x, y) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Jiaokan::App
