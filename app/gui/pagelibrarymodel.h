#pragma once

#include "stories/reflowedpage.h"

#include <QStandardItemModel>

namespace Jiaokan::App {

// The open pages and, under each, its stories. Items carry the page index
// (PageRole) and, for stories, the story index (StoryRole).
class PageLibraryModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { PageRole = Qt::UserRole + 1, StoryRole };

    explicit PageLibraryModel(QObject *parent = nullptr);

    int addPage(Core::ReflowedPage page);
    const QList<Core::ReflowedPage> &pages() const { return m_pages; }
    const Core::ReflowedPage &page(int index) const { return m_pages.at(index); }

private:
    QList<Core::ReflowedPage> m_pages;
};

} // namespace Jiaokan::App
