#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Jiaokan::App {

// The library as its tree shows it: sorted by the column whose header was clicked,
// by PageLibraryModel::SortRole: numbers as numbers, and text as a Chinese reader files
// it (papers and headlines by pinyin: 光明日报, 经济日报, 人民日报), whatever the
// interface's language. Unsorted, the pages keep the order they were opened in.
// Filtered, it shows the pages (with their stories) whose name, paper, date, headlines
// or text hold every word of the filter.
class LibrarySortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibrarySortModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Words apart by spaces; none shows every page.
    void setFilterWords(const QString &words);
    bool isFiltering() const { return !m_words.isEmpty(); }
    int shownPages() const { return rowCount(); }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool pageHasEveryWord(int page) const;

    QCollator m_collator;
    QStringList m_words;
    // Per page, once worked out for these words: 1 shown, 0 not, -1 not yet.
    mutable std::vector<signed char> m_verdict;
};

} // namespace Jiaokan::App
