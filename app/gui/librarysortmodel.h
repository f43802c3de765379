#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Jiaokan::App {

// The library as its tree shows it: sorted by the column whose header was clicked,
// by PageLibraryModel::SortRole: numbers as numbers, and text as a Chinese reader files
// it (papers and headlines by pinyin: 光明日报, 经济日报, 人民日报), whatever the
// interface's language. Unsorted, the pages keep the order they were opened in.
class LibrarySortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibrarySortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace Jiaokan::App
