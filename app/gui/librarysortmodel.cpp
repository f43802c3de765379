#include "librarysortmodel.h"

#include "pagelibrarymodel.h"

#include "stories/reflowedpage.h"

#include <QRegularExpression>

#include <algorithm>

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

void LibrarySortModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    // A page's verdict is its own: renamed or regrouped, it is worked out again.
    const auto forget = [this] { m_verdict.clear(); };
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
}

void LibrarySortModel::setFilterWords(const QString &words)
{
    const QStringList split = words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (split == m_words)
        return;
    m_words = split;
    m_verdict.clear();
    invalidateFilter();
}

bool LibrarySortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // A story row is shown with its page.
    const int page = sourceParent.isValid() ? sourceParent.row() : sourceRow;
    const auto *library = qobject_cast<const PageLibraryModel *>(sourceModel());
    if (!library || page < 0 || page >= library->pages().size())
        return true;
    if (m_verdict.size() != size_t(library->pages().size()))
        m_verdict.assign(size_t(library->pages().size()), -1);
    signed char &verdict = m_verdict[size_t(page)];
    if (verdict < 0)
        verdict = pageHasEveryWord(page) ? 1 : 0;
    return verdict == 1;
}

bool LibrarySortModel::pageHasEveryWord(int index) const
{
    const auto *library = static_cast<const PageLibraryModel *>(sourceModel());
    const Core::ReflowedPage &page = library->page(index);
    const Core::PageMetadata &meta = page.source.metadata;
    const QStringList about{library->pageName(index), page.source.fileName(), meta.paper, meta.date, meta.title,
                            meta.section, meta.sectionName};
    for (const QString &word : m_words) {
        auto has = [&](const QString &text) { return text.contains(word, Qt::CaseInsensitive); };
        if (std::none_of(about.begin(), about.end(), has)
            && std::none_of(page.blocks.begin(), page.blocks.end(), [&](const Core::Block &b) { return has(b.text); }))
            return false;
    }
    return true;
}

} // namespace Jiaokan::App
