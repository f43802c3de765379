#pragma once

#include "annotate/annotation.h"
#include "annotate/annotationplacer.h"
#include "report/reportmarkup.h"
#include "report/reportoptions.h"

#include "translatedtexts.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QMenuBar;
class QTabWidget;

namespace Jiaokan::App {

class AnnotationListView;
class AnnotationStore;
class CollationView;
class ComparisonView;
class DifferencesDock;
class DifferenceTableModel;
class Workspace;

// The review of differences: the Review menu and the same actions on a right click,
// what an edit applies to, and the annotations placed on what is shown, in the
// comparison, the collation, the table and the list of all annotations.
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    struct Views {
        QTabWidget *tabs = nullptr;
        ComparisonView *comparison = nullptr;
        CollationView *collation = nullptr;
        DifferenceTableModel *differences = nullptr;
        DifferencesDock *table = nullptr;
        AnnotationListView *annotationList = nullptr;
    };

    ReviewController(Workspace *work, AnnotationStore *annotations, const Views &views, QWidget *window);

    // Undo and redo of annotation edits, named by what they undo, added to edit.
    void addUndoActions(QMenu *edit);
    // The Review menu, added to bar.
    void addMenu(QMenuBar *bar);
    void retranslate();

    // The status (and comment) of what is selected: the current location when the
    // collation is shown, otherwise the differences selected in the table (or the
    // current one). One undo step.
    void setStatus(Core::ReviewStatus status);
    void setComment(const QString &comment);
    void editComment();

    // Places every annotation anew on what is shown.
    void refresh();
    // Where each annotation stands now (same order as the store's).
    const QList<Core::Placement> &placements() const { return m_placements; }
    // Per difference of the passage shown, per location of the collation shown: its
    // annotation, if any.
    QList<std::optional<Core::Annotation>> differenceAnnotations() const { return annotationsOf(m_differenceAnnotation); }
    QList<std::optional<Core::Annotation>> locationAnnotations() const { return annotationsOf(m_locationAnnotation); }
    // Shows where annotation index is.
    void goTo(int index);
    // The annotated report of what is in front, the collation or the comparison; empty
    // when neither shows anything.
    Core::ReportDocument report(Core::ReportOptions options) const;

signals:
    void passageRequested(int passage, int difference);
    void message(const QString &text);
    void placed();

private:
    const Core::Collation *shownCollation() const;
    void targets(QList<Core::Annotation> *edits) const;
    // Changes every target in one undo step, described for the Edit menu.
    void editTargets(const std::function<void(Core::Annotation &)> &change,
                     const std::function<QString(int)> &description);
    QList<std::optional<Core::Annotation>> annotationsOf(const QList<int> &indexes) const;

    Workspace *m_work;
    AnnotationStore *m_annotations;
    Views m_views;
    QWidget *m_window;
    QList<Core::Placement> m_placements;
    QList<int> m_differenceAnnotation;   // per difference shown: its annotation's index, or -1
    QList<int> m_locationAnnotation;     // per location of the collation shown
    TranslatedTexts m_texts;
};

} // namespace Jiaokan::App
