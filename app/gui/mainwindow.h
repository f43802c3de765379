#pragma once

#include "analysis/compareoptions.h"
#include "annotate/annotationplacer.h"
#include "match/passagefinder.h"
#include "match/storygroups.h"
#include "project/project.h"
#include "report/reportmarkup.h"
#include "report/reportoptions.h"
#include "projectcontroller.h"
#include "workspace.h"

#include "translatedtexts.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Jiaokan::App {

class AnnotationListView;
class AnnotationStore;
class BusyIndicator;
class HelpMenu;
class RecentFilesMenu;
class CollationController;
class CollationView;
class CompareActions;
class ComparisonView;
class DifferencesDock;
class DifferenceTableModel;
class LanguageMenu;
class LibraryView;
class TextTools;
class ReportActions;
class ReviewController;
class SharedStoriesList;
class ViewLayout;
class PageLibraryModel;
class ReaderView;
class ReaderPane;
class PdfPageRenderer;
class PrintedComparison;

// The window: it builds the views and the menus and wires them to the work
// (Workspace), its review (ReviewController), its project (ProjectController) and its
// reports (ReportActions), which hold what the user does.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr qsizetype DefaultBackgroundThreshold = Workspace::DefaultBackgroundThreshold;
    using OutsidePages = ProjectController::OutsidePages;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads each file, and the pages of each folder and the folders under it; a file
    // that cannot be read is reported and the rest still open. Long files open in the
    // background: pagesOpened() tells when.
    void openFiles(const QStringList &paths) { m_work->openFiles(paths); }
    void openSamples();
    // Where Help > Sample pages opens from: installed beside the program, or the sources.
    static QString samplesFolder();
    // The clipboard's text as a new page.
    void pasteAsPage();
    Workspace *workspace() const { return m_work; }
    PageLibraryModel *library() const { return m_work->library(); }
    // The passages the open pages share, as last found (PassageComparison::page
    // indexes the library's pages).
    const QList<Core::PassageComparison> &matches() const { return m_work->passages(); }
    const QList<Core::StoryGroup> &storyGroups() const { return m_work->groups(); }
    // Shows every version of the group-th story collated, against the witness base
    // (an index into its members) or the most central one.
    void showCollation(int group, std::optional<int> base = {});
    // Shows the index-th shared passage side by side.
    void compareMatch(int index);
    const Core::CompareOptions &options() const { return m_work->options(); }
    QStringList recentFiles() const;
    // True while a comparison runs on the worker thread.
    bool isComparing() const { return m_work->isComparing(); }
    bool isOpening() const { return m_work->isOpening(); }
    void cancelComparison() { m_work->cancel(); }
    void setBackgroundThreshold(qsizetype characters) { m_work->setBackgroundThreshold(characters); }

    // Annotations: the status (and comment) of what is selected (ReviewController).
    AnnotationStore *annotations() const { return m_annotations; }
    void setStatus(Core::ReviewStatus status);
    void setComment(const QString &comment);
    // Where each annotation stands now (same order as annotations()).
    const QList<Core::Placement> &placements() const;
    AnnotationListView *annotationList() const { return m_annotationList; }

    // Projects (ProjectController): problems are reported in a message; false when
    // nothing was done.
    Core::Project currentProject() const { return m_projects->currentProject(); }
    bool openProject(const QString &path, OutsidePages outside = OutsidePages::Ask) { return m_projects->open(path, outside); }
    bool saveProject(const QString &path) { return m_projects->save(path); }
    QString projectPath() const { return m_projects->path(); }
    bool isModified() const { return m_projects->isModified(); }
    QStringList unsavedWork() const { return m_projects->unsavedWork(); }
    static QString recoveryPath() { return ProjectController::recoveryPath(); }
    static bool hasRecovery() { return ProjectController::hasRecovery(); }
    bool writeRecovery() { return m_projects->writeRecovery(); }
    bool restoreRecovery() { return m_projects->restoreRecovery(); }
    static void discardRecovery() { ProjectController::discardRecovery(); }

    // Reports: what is shown (the comparison, or the collation when its tab is in front)
    // with its annotations, as File ▸ Print and Export make it. An empty html: nothing
    // to report.
    Core::ReportDocument currentReport(bool forPrint) const;
    // Writes the report as PDF (a .pdf path) or HTML; problems are reported.
    bool exportReport(const QString &path);
    void setReportFilter(Core::ReportOptions::Filter filter, Core::ReviewStatus status = {});

    // View ▸ Language (LanguageMenu): "" follows the system.
    void setLanguage(const QString &choice);

signals:
    // A comparison, in the background or not, has finished (or was cancelled).
    void matchesUpdated();
    // Files opened in the background have been added (or the opening was cancelled).
    void pagesOpened();
    // The annotations were placed anew (after an edit, a comparison, a collation).
    void annotationsPlaced();
    // A collation is on screen (a big story's is made in the background).
    void collationShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createControllers();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createCompareMenu();
    void createHelpMenu();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void reportProblem(const QString &title, const QString &text);
    void showSelection();
    // The views made for the passages and groups just found; place is where the user was.
    void showMatches(const std::optional<Workspace::Place> &place);
    void fillMatchList();
    void clearViews();
    // The collation's witness side by side with its base.
    void stepDifference(int delta);
    void showCurrentDifference(int index);
    void updateStatus();
    void applyProjectView(const Core::Project &view);
    // The report of what is shown, with the report options given.

    Workspace *m_work = nullptr;
    AnnotationStore *m_annotations = nullptr;
    ReviewController *m_review = nullptr;
    ProjectController *m_projects = nullptr;
    CollationController *m_collations = nullptr;
    ReportActions *m_reports = nullptr;   // File ▸ Print, Export, Page setup, Report contents

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    LibraryView *m_tree = nullptr;
    ViewLayout *m_layout = nullptr;   // the library's share of the window, by view
    TextTools *m_textTools = nullptr;   // finding and sizing text in the view in front
    SharedStoriesList *m_matchList = nullptr;
    QTabWidget *m_views = nullptr;
    PdfPageRenderer *m_pdfRenderer = nullptr;
    ReaderPane *m_readerPane = nullptr;
    ReaderView *m_reader = nullptr;          // in m_readerPane
    QSplitter *m_comparisonPane = nullptr;
    ComparisonView *m_comparison = nullptr;  // in m_comparisonPane, above the printed pages
    PrintedComparison *m_printedComparison = nullptr;
    CollationView *m_collation = nullptr;
    DifferenceTableModel *m_differences = nullptr;
    DifferencesDock *m_differencesDock = nullptr;
    AnnotationListView *m_annotationList = nullptr;
    QAction *m_showFurniture = nullptr;
    CompareActions *m_compareActions = nullptr;
    QAction *m_cancel = nullptr;   // the Compare menu's, also beside the progress bar
    RecentFilesMenu *m_recentMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    TranslatedTexts m_texts;
    BusyIndicator *m_busy = nullptr;   // progress and Cancel in the status bar
};

} // namespace Jiaokan::App
