#include "collationcontroller.h"

#include "collationview.h"
#include "reviewcontroller.h"
#include "sharedstorieslist.h"
#include "spreadview.h"
#include "workspace.h"

#include <QTabWidget>

namespace Jiaokan::App {

using namespace Core;

CollationController::CollationController(Workspace *work, ReviewController *review, Views views,
                                         std::function<void(int)> compare, std::function<void()> listChanged,
                                         QObject *parent)
    : QObject(parent), m_work(work), m_review(review), m_views(views), m_compare(std::move(compare)),
      m_listChanged(std::move(listChanged))
{
    connect(m_views.stories, &SharedStoriesList::groupChosen, this, [this](int group) { show(group); });
    connect(m_views.collation, &CollationView::baseRequested, this, [this](int witness) { show(m_group, witness); });
    connect(m_views.collation, &CollationView::printingChosen, this, &CollationController::compareWithBase);
    connect(m_work, &Workspace::collated, this, &CollationController::collated);
}

const Collation *CollationController::collation() const
{
    return m_group >= 0 ? &m_views.collation->collation() : nullptr;
}

bool CollationController::isInFront() const
{
    return m_views.tabs->currentWidget() == m_views.collation;
}

void CollationController::show(int group, std::optional<int> base)
{
    const QList<StoryGroup> &groups = m_work->groups();
    if (group < 0 || group >= groups.size())
        return;
    m_group = group;
    m_headline = groups[group].headline;
    m_views.tabs->setCurrentWidget(m_views.collation);
    if (!m_work->collate(group, base))
        m_views.collation->clear();
    else if (m_work->isCollating())
        emit message(tr("Collating %n version(s)…", nullptr, int(groups[group].members.size())));
}

void CollationController::groupsChanged()
{
    m_group = -1;
    m_views.collation->clear();
    if (!isInFront())
        return;
    const QList<StoryGroup> &groups = m_work->groups();
    for (int g = 0; g < groups.size(); ++g)
        if (groups[g].headline == m_headline) {
            show(g);
            return;
        }
}

void CollationController::clear()
{
    m_views.collation->clear();
    m_group = -1;
    m_headline.clear();
}

void CollationController::collated(int group, const Collation &c)
{
    if (group != m_group)
        return;   // another story was chosen meanwhile
    m_views.collation->showCollation(c, m_work->matches().pages[size_t(c.witnesses.value(c.base).page)],
                                     SpreadView::printingsOf(c, *m_work->library()));
    m_review->refresh();
    m_views.stories->markGroup(group);
    emit message(tr("Variant locations: %1, among %n version(s)", nullptr, int(c.witnesses.size())).arg(c.locations.size()));
    emit shown();
}

void CollationController::compareWithBase(int witness)
{
    const Collation &c = m_views.collation->collation();
    if (witness < 0 || witness >= c.witnesses.size() || witness == c.base)
        return;
    const Collation::Witness &base = c.witnesses[c.base], &other = c.witnesses[witness];
    const int chosenBefore = int(m_work->passages().size());
    const int passage = m_work->comparePrintings(m_group, {{{base.page, base.story}, {other.page, other.story}}});
    if (passage < 0)
        return;
    if (passage >= chosenBefore)
        m_listChanged();
    m_compare(passage);
}

} // namespace Jiaokan::App
