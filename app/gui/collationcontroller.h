#pragma once

#include "collate/collation.h"

#include <QObject>

#include <functional>
#include <optional>

class QTabWidget;

namespace Jiaokan::App {

class CollationView;
class ReviewController;
class SharedStoriesList;
class Workspace;

// The collation of a story group: which group is shown and from which base, asked of
// the workspace (a big story is collated on a worker) and shown when it comes; the
// same story shown again after the pages are matched anew; and a printing chosen in
// the collation compared with its base.
class CollationController final : public QObject
{
    Q_OBJECT
public:
    struct Views {
        QTabWidget *tabs;
        CollationView *collation;
        SharedStoriesList *stories;
    };
    // compare(passage) shows a comparison; listChanged() fills the shared-stories list
    // again (a comparison made now joins it).
    CollationController(Workspace *work, ReviewController *review, Views views, std::function<void(int)> compare,
                        std::function<void()> listChanged, QObject *parent = nullptr);

    void show(int group, std::optional<int> base = {});
    // The group shown, or -1; its collation, or null.
    int group() const { return m_group; }
    const Core::Collation *collation() const;
    bool isInFront() const;
    // The pages were matched anew: groups are numbered afresh, and the story shown (by
    // its headline) is collated again if the collation is in front.
    void groupsChanged();
    void clear();

signals:
    void message(const QString &text);
    void shown();

private:
    void collated(int group, const Core::Collation &c);
    void compareWithBase(int witness);

    Workspace *m_work;
    ReviewController *m_review;
    Views m_views;
    std::function<void(int)> m_compare;
    std::function<void()> m_listChanged;
    int m_group = -1;
    QString m_headline;
};

} // namespace Jiaokan::App
