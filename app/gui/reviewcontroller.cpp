#include "reviewcontroller.h"

#include "annotationlistview.h"
#include "annotationstore.h"
#include "collationview.h"
#include "commentdialog.h"
#include "comparisonview.h"
#include "differencesdock.h"
#include "differencetablemodel.h"
#include "pagelibrarymodel.h"
#include "reviewstyle.h"
#include "report/collationreport.h"
#include "report/comparisonreport.h"
#include "workspace.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ReviewController::ReviewController(Workspace *work, AnnotationStore *annotations, const Views &views, QWidget *window)
    : QObject(window)
    , m_work(work)
    , m_annotations(annotations)
    , m_views(views)
    , m_window(window)
{
    connect(m_views.annotationList, &AnnotationListView::activated, this, &ReviewController::goTo);
    connect(m_views.differences, &DifferenceTableModel::commentEdited, this, [this](int row, const QString &comment) {
        m_views.comparison->setCurrentDifference(row);
        setComment(comment);
    });
}

void ReviewController::retranslate()
{
    m_texts.apply();
}

void ReviewController::addUndoActions(QMenu *edit)
{
    // Not QUndoStack::createUndoAction: its text stays in the language it was made in.
    QUndoStack *stack = m_annotations->undoStack();
    QAction *undo = edit->addAction(QString(), stack, &QUndoStack::undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(QString(), stack, &QUndoStack::redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    const auto updateUndo = [=] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);   // also on push and clear
    m_texts.add(updateUndo);
}

void ReviewController::addMenu(QMenuBar *bar)
{
    QMenu *review = bar->addMenu(QString());
    review->setObjectName(QStringLiteral("reviewMenu"));
    m_texts.add([=] { review->setTitle(tr("&Review")); });
    // Alt+digit: one hand on the keys while the other moves through the differences (F7).
    // The status of what they act on is the one checked, whichever menu shows them.
    const std::array<Qt::Key, ReviewStatusCount> keys = {Qt::Key_0, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    auto *statuses = new QActionGroup(review);
    statuses->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    connect(review, &QMenu::aboutToShow, this, [this, statuses] {
        QList<Annotation> edits;
        targets(&edits);
        for (QAction *action : statuses->actions())
            action->setChecked(!edits.isEmpty() && action->data().toInt() == int(edits.first().status));
    });
    for (int i = 0; i < ReviewStatusCount; ++i) {
        const auto status = ReviewStatus(i);
        QAction *action = review->addAction(QString(), this, [this, status] { setStatus(status); });
        action->setCheckable(true);
        action->setData(i);
        statuses->addAction(action);
        m_texts.add([action, status] { action->setText(ReviewStyle::sign(status) + u' ' + ReviewStyle::name(status)); });
        action->setObjectName(QStringLiteral("status-") + reviewStatusName(status));
        action->setShortcut(QKeySequence(Qt::ALT | keys[size_t(i)]));
    }
    review->addSeparator();
    QAction *comment = review->addAction(QString(), this, &ReviewController::editComment);
    m_texts.add([=] { comment->setText(tr("&Comment…")); });
    comment->setObjectName(QStringLiteral("commentAction"));
    comment->setShortcut(QKeySequence(Qt::Key_F2));
    review->addSeparator();
    QAction *showAll = review->addAction(QString(), this,
                                         [this] { m_views.tabs->setCurrentWidget(m_views.annotationList); });
    m_texts.add([showAll] { showAll->setText(tr("Show all &annotations")); });

    // The same actions on a right click: in the text, on a location, in the table.
    const auto addReviewActions = [review](QMenu *menu) {
        emit review->aboutToShow();   // the statuses checked for what was right-clicked
        QAction *first = menu->actions().value(0);
        for (QAction *action : review->actions())
            menu->insertAction(first, action);
        if (first)
            menu->insertSeparator(first);
    };
    connect(m_views.comparison, &ComparisonView::contextMenuRequested, this,
            [addReviewActions](int, QMenu *menu) { addReviewActions(menu); });
    connect(m_views.collation, &CollationView::contextMenuRequested, this,
            [addReviewActions](int, QMenu *menu) { addReviewActions(menu); });
    QTableView *table = m_views.table->table();
    connect(table, &QWidget::customContextMenuRequested, this, [table, addReviewActions](const QPoint &pos) {
        if (!table->indexAt(pos).isValid())
            return;
        QMenu menu;
        addReviewActions(&menu);
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

const Collation *ReviewController::shownCollation() const
{
    const Collation &c = m_views.collation->collation();
    return c.witnesses.isEmpty() ? nullptr : &c;
}

void ReviewController::targets(QList<Annotation> *edits) const
{
    const auto &placer = m_work->placer();
    if (!placer)
        return;
    const QList<Annotation> &all = m_annotations->annotations();
    if (m_views.tabs->currentWidget() == m_views.collation) {
        const int location = m_views.collation->currentLocation();
        if (location < 0)
            return;
        const int existing = m_locationAnnotation.value(location, -1);
        edits->append(existing >= 0 ? all[existing] : placer->forLocation(m_views.collation->collation(), location));
        return;
    }
    const int shown = m_work->shownPassage();
    if (shown < 0)
        return;
    QList<int> rows = m_views.table->selectedDifferences();
    if (rows.isEmpty() && m_views.comparison->currentDifference() >= 0)
        rows.append(m_views.comparison->currentDifference());
    const PassageComparison &passage = m_work->passages().at(shown);
    for (int row : std::as_const(rows)) {
        const int existing = m_differenceAnnotation.value(row, -1);
        edits->append(existing >= 0 ? all[existing] : placer->forDifference(passage, row));
    }
}

void ReviewController::editTargets(const std::function<void(Annotation &)> &change,
                                   const std::function<QString(int)> &description)
{
    QList<Annotation> edits;
    targets(&edits);
    if (edits.isEmpty()) {
        emit message(tr("Select a difference or a variant location first."));
        return;
    }
    for (Annotation &a : edits) {
        change(a);
        a.modified = QDateTime::currentDateTimeUtc();
    }
    m_annotations->edit(edits, [description, n = int(edits.size())] { return description(n); });
}

void ReviewController::setStatus(ReviewStatus status)
{
    editTargets([status](Annotation &a) { a.status = status; }, [status](int n) {
        return tr("Mark %n difference(s) as %1", nullptr, n).arg(ReviewStyle::name(status));
    });
}

void ReviewController::setComment(const QString &comment)
{
    editTargets([&comment](Annotation &a) { a.comment = comment; },
                [](int n) { return tr("Comment on %n difference(s)", nullptr, n); });
}

void ReviewController::editComment()
{
    QList<Annotation> edits;
    targets(&edits);
    if (edits.isEmpty()) {
        emit message(tr("Select a difference or a variant location first."));
        return;
    }
    CommentDialog dialog(edits.first().readings(), edits.first().comment, m_window);
    if (dialog.exec() == QDialog::Accepted)
        setComment(dialog.comment());
}

QList<std::optional<Annotation>> ReviewController::annotationsOf(const QList<int> &indexes) const
{
    QList<std::optional<Annotation>> list;
    for (int i : indexes)
        list.append(i >= 0 ? std::optional(m_annotations->annotations().value(i)) : std::nullopt);
    return list;
}

void ReviewController::refresh()
{
    const QList<Annotation> &all = m_annotations->annotations();
    const Collation *collation = shownCollation();
    const auto &placer = m_work->placer();
    const int shown = m_work->shownPassage();
    const QList<PassageComparison> &passages = m_work->passages();
    const PageLibraryModel &library = *m_work->library();
    m_placements = placer ? placer->place(all, passages, collation)
                            : QList<Placement>(all.size(), Placement{});
    m_differenceAnnotation = QList<int>(m_views.comparison->differenceCount(), -1);
    m_locationAnnotation = QList<int>(m_views.collation->locationCount(), -1);
    QList<std::optional<Annotation>> rows(m_differenceAnnotation.size());
    QList<std::optional<Annotation>> locations(m_locationAnnotation.size());
    QList<AnnotationListView::Entry> entries;
    const auto pageName = [&library](const QString &path) {
        for (int i = 0; i < library.pages().size(); ++i) {
            if (library.page(i).source.path == path)
                return library.pageName(i);
        }
        return QFileInfo(path).completeBaseName();
    };
    for (int i = 0; i < all.size(); ++i) {
        const Annotation &a = all[i];
        const Placement &p = m_placements[i];
        AnnotationListView::Entry entry{a, {}, {}, p.state == Placement::State::Orphaned};
        QStringList pages;
        for (const Annotation::Anchor &anchor : a.anchors)
            pages.append(pageName(anchor.page));
        entry.pages = pages.join(QStringLiteral(" ↔ "));
        const bool location = a.target == Annotation::Target::Location;
        switch (p.state) {
        case Placement::State::Attached:
            if (location) {
                entry.where = tr("Variant location %1 of the collation").arg(p.item + 1);
                locations[p.item] = a;
                m_locationAnnotation[p.item] = i;
            } else {
                const PassageComparison &passage = passages[p.passage];
                const Difference &d = passage.differences[p.item];
                entry.where = tr("Difference %1, lines %2 / %3")
                                  .arg(p.item + 1)
                                  .arg(d.lines[SideA].text(), d.lines[SideB].text());
                if (p.passage == shown && p.item < rows.size()) {
                    rows[p.item] = a;
                    m_differenceAnnotation[p.item] = i;
                }
            }
            break;
        case Placement::State::Hidden:
            entry.where = location ? tr("Not shown: collate the story on %1").arg(entry.pages)
                                   : tr("Not shown: the options hide it");
            break;
        case Placement::State::Orphaned: {
            QStringList closed;
            for (const Annotation::Anchor &anchor : a.anchors) {
                const auto &pagesOpen = library.pages();
                if (std::none_of(pagesOpen.begin(), pagesOpen.end(),
                                 [&](const ReflowedPage &page) { return page.source.path == anchor.page; }))
                    closed.append(pageName(anchor.page));
            }
            entry.where = closed.isEmpty() ? tr("Orphaned: its text is gone from the page")
                                           : tr("Orphaned: %1 not open").arg(closed.join(QStringLiteral(", ")));
            break;
        }
        }
        entries.append(entry);
    }
    // An annotation belongs to its reading: shown wherever that place of the story is
    // shown, once in the list.
    if (placer) {
        for (int i = 0; i < all.size(); ++i) {
            if (m_placements[i].state == Placement::State::Orphaned || all[i].target != Annotation::Target::Difference)
                continue;
            if (shown >= 0 && shown < passages.size()
                && !(m_placements[i].state == Placement::State::Attached && m_placements[i].passage == shown))
                if (const auto d = placer->sameReading(all[i], passages[shown]);
                    d && *d < rows.size() && !rows[*d]) {
                    rows[*d] = all[i];
                    m_differenceAnnotation[*d] = i;
                }
            if (collation)
                if (const auto l = placer->sameReading(all[i], *collation); l && *l < locations.size() && !locations[*l]) {
                    locations[*l] = all[i];
                    m_locationAnnotation[*l] = i;
                }
        }
    }
    m_views.differences->setAnnotations(rows);
    m_views.comparison->setAnnotations(rows);
    m_views.collation->setAnnotations(locations);
    m_views.annotationList->setEntries(entries);
    const int orphaned = m_views.annotationList->orphanedCount();
    m_views.tabs->setTabText(m_views.tabs->indexOf(m_views.annotationList),
                        orphaned > 0 ? tr("&Annotations (%1, %2 orphaned)").arg(all.size()).arg(orphaned)
                                     : tr("&Annotations (%1)").arg(all.size()));
    emit placed();
}

void ReviewController::goTo(int index)
{
    if (index < 0 || index >= m_placements.size())
        return;
    const Placement &p = m_placements[index];
    if (p.state != Placement::State::Attached) {
        emit message(p.state == Placement::State::Hidden
                         ? tr("This annotation's difference is not shown with the current options or pages.")
                         : tr("This annotation is orphaned: what it was made on is gone."));
        return;
    }
    if (p.passage >= 0) {
        emit passageRequested(p.passage, p.item);
    } else {
        m_views.tabs->setCurrentWidget(m_views.collation);
        m_views.collation->setCurrentLocation(p.item);
    }
}

ReportDocument ReviewController::report(ReportOptions options) const
{
    options.compare = m_work->options();
    const auto &pages = m_work->matches().pages;
    const Collation &collation = m_views.collation->collation();
    if (m_views.tabs->currentWidget() == m_views.collation && !collation.witnesses.isEmpty())
        return CollationReport::build(collation, pages, locationAnnotations(), options);
    const int shown = m_work->shownPassage();
    if (shown < 0 || pages.empty())
        return {};
    const PassageComparison &p = m_work->passages().at(shown);
    return ComparisonReport::build(
        {{pages[size_t(p.page[SideA])], pages[size_t(p.page[SideB])], p, differenceAnnotations()}}, options);
}

} // namespace Jiaokan::App
