#pragma once

#include "annotate/annotationplacer.h"
#include "analysis/compareoptions.h"
#include "match/passagefinder.h"
#include "match/storygroups.h"
#include "project/project.h"
#include "report/reportmarkup.h"
#include "report/reportoptions.h"
#include "chosencomparisons.h"
#include "reportprinter.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QMenu;
class QSortFilterProxyModel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Jiaokan::Core {
struct ReflowedPage;
}

namespace Jiaokan::App {

class AnnotationListView;
class AnnotationStore;
class CollationView;
class ComparisonView;
class DifferenceTableModel;
class LanguageMenu;
class LibraryView;
class TextTools;
class ReportActions;
class ViewLayout;
class PageLibraryModel;
class ReaderView;
class ReaderPane;
class PdfPageRenderer;
class PrintedComparison;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Pages with more characters (files with more bytes) than this, all told, are
    // compared (opened) on worker threads with a progress bar and Cancel; smaller sets
    // are done before the call returns.
    static constexpr qsizetype DefaultBackgroundThreshold = 200'000;
    static constexpr int MaxRecentFiles = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads each file; a file that cannot be read is reported and the rest still open.
    // Long files open in the background: pagesOpened() tells when.
    void openFiles(const QStringList &paths);
    void openSamples();
    // Where Help > Sample pages opens from: installed beside the program, or the sources.
    static QString samplesFolder();
    // The clipboard's text as a new page.
    void pasteAsPage();
    PageLibraryModel *library() const { return m_library; }
    // The passages the open pages share, as last found (PassageComparison::page
    // indexes the library's pages).
    const QList<Core::PassageComparison> &matches() const { return m_matches.passages; }
    const QList<Core::StoryGroup> &storyGroups() const { return m_groups; }
    // Shows every version of the group-th story collated, against the witness base
    // (an index into its members) or the most central one.
    void showCollation(int group, std::optional<int> base = {});
    // Shows the index-th shared passage side by side.
    void compareMatch(int index);
    const Core::CompareOptions &options() const { return m_options; }
    QStringList recentFiles() const { return m_recentFiles; }
    // True while a comparison runs on the worker thread.
    bool isComparing() const { return bool(m_running); }
    bool isOpening() const { return !m_openings.isEmpty(); }
    void cancelComparison();
    void setBackgroundThreshold(qsizetype characters) { m_backgroundThreshold = characters; }

    // Annotations: the status (and comment) of what is selected: the current location
    // when the collation is shown, otherwise the differences selected in the table (or
    // the current one). One undo step.
    AnnotationStore *annotations() const { return m_annotations; }
    void setStatus(Core::ReviewStatus status);
    void setComment(const QString &comment);
    // Where each annotation stands now (same order as annotations()).
    const QList<Core::Placement> &placements() const { return m_placements; }
    AnnotationListView *annotationList() const { return m_annotationList; }

    // Projects: the open pages, options, what is compared and collated, and the
    // annotations. Problems are reported in a message; false when nothing was done.
    Core::Project currentProject() const;
    // Pages outside the project's folder: Ask opens them when the user agrees, or
    // without asking when this user saved or accepted them before in this project.
    enum class OutsidePages { Ask, Open, Skip };
    bool openProject(const QString &path, OutsidePages outside = OutsidePages::Ask);
    bool saveProject(const QString &path);
    QString projectPath() const { return m_projectPath; }
    // Unsaved annotation edits (or other changes to a saved project).
    bool isModified() const;
    // What closing now would lose, as the quit question names it: the annotations, pasted
    // pages (their text is in no file), the names given to pages.
    QStringList unsavedWork() const;
    // The copy autosaved while there are unsaved annotations, restored after a crash.
    static QString recoveryPath();
    static bool hasRecovery();
    bool writeRecovery();
    bool restoreRecovery();
    static void discardRecovery();

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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int GroupRole = Qt::UserRole + 1;   // a story group's index, on its row
    struct Place;
    struct Job;
    struct OpenJob;
    struct OpenedFile;

    void createActions();
    // Sets a text now and again whenever the interface language changes.
    void translated(std::function<void()> apply);
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void openRequested();
    void reportProblem(const QString &title, const QString &text);
    bool askToOpenOutside(const QString &projectPath, const QStringList &pages);
    static QStringList trustedOutside(const QString &projectPath);
    static void trustOutside(const QString &projectPath, const QStringList &pages);
    void addOpenedFiles(QList<OpenedFile> files);
    void addPages(QList<Core::ReflowedPage> pages);
    void rememberRecent(const QStringList &paths);
    void fillRecentMenu();
    void showSelection();
    void findMatches();
    void applyMatches(Core::PassageFinder::Result result, const std::optional<Place> &place);
    void fillMatchList();
    // The annotation placer over the pages open and the analysed pages kept.
    void resetPlacer();
    // The analysed page, kept with the matches (analysed now if it was not).
    std::shared_ptr<const Core::AnalyzedPage> analyzedPage(int page);
    // The user's chosen comparisons, made again, after the matcher's passages.
    void appendChosenComparisons();
    // Shows choice, in place of the chosen comparison replacing if given.
    void showChosen(const ChosenComparisons::Choice &choice, int replacing = -1);
    void compareChosenPages();
    void swapSides();
    void setOption(bool Core::CompareOptions::*option, bool value);
    void stepDifference(int delta);
    void showCurrentDifference(int index);
    void updateStatus();
    void updateProgress();
    void createReviewActions();
    void refreshAnnotations();
    void reviewTargets(QList<Core::Annotation> *edits) const;
    // Changes every review target in one undo step, described for the Edit menu.
    void editTargets(const std::function<void(Core::Annotation &)> &change,
                     const std::function<QString(int)> &description);
    void editCommentRequested();
    void goToAnnotation(int index);
    void workChanged();
    void updateTitle();
    bool saveRequested(bool choosePath);
    void openProjectRequested();
    void applyProjectView();
    int differenceRow(const QModelIndex &tableIndex) const;
    // The report of what is shown, with the report options given.
    Core::ReportDocument reportWith(Core::ReportOptions options) const;


    PageLibraryModel *m_library = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    LibraryView *m_tree = nullptr;
    ViewLayout *m_layout = nullptr;   // the library's share of the window, by view
    TextTools *m_textTools = nullptr;   // finding and sizing text in the view in front
    QTreeWidget *m_matchList = nullptr;
    QList<QTreeWidgetItem *> m_matchItems;   // per passage
    QTabWidget *m_views = nullptr;
    PdfPageRenderer *m_pdfRenderer = nullptr;
    ReaderPane *m_readerPane = nullptr;
    ReaderView *m_reader = nullptr;          // in m_readerPane
    QSplitter *m_comparisonPane = nullptr;
    ComparisonView *m_comparison = nullptr;  // in m_comparisonPane, above the printed pages
    PrintedComparison *m_printedComparison = nullptr;
    CollationView *m_collation = nullptr;
    int m_collatedGroup = -1;
    DifferenceTableModel *m_differences = nullptr;
    QTableView *m_differenceTable = nullptr;
    QSortFilterProxyModel *m_differenceFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    AnnotationStore *m_annotations = nullptr;
    AnnotationListView *m_annotationList = nullptr;
    std::optional<Core::AnnotationPlacer> m_placer;    // for the pages of m_matches
    QList<Core::Placement> m_placements;
    // Per difference of the passage shown, per location of the collation shown: the
    // index of its annotation, or -1.
    QList<int> m_differenceAnnotation;
    QList<int> m_locationAnnotation;
    QString m_projectPath;
    // Project pages that could not be opened: kept in the project, with their annotations.
    QList<Core::Project::Page> m_missingPages;
    std::optional<Core::Project> m_pendingView;   // a project's comparison and collation, once compared
    bool m_workChanged = false;
    ReportActions *m_reports = nullptr;   // File ▸ Print, Export, Page setup, Report contents
    QTimer *m_autosaveTimer = nullptr;
    QAction *m_showFurniture = nullptr;
    QAction *m_showOriginal = nullptr;
    QAction *m_wordGranularity = nullptr;
    QAction *m_cancel = nullptr;
    QList<std::pair<QAction *, bool Core::CompareOptions::*>> m_optionActions;
    QMenu *m_recentMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QList<std::function<void()>> m_texts;   // see translated()
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    Core::CompareOptions m_options;
    Core::PassageFinder::Result m_matches;
    QList<Core::StoryGroup> m_groups;
    ChosenComparisons m_chosen;
    int m_chosenFrom = 0;   // the chosen comparisons' passages start here in m_matches
    QStringList m_recentFiles;
    int m_currentMatch = -1;
    int m_pastedCount = 0;
    qsizetype m_backgroundThreshold = DefaultBackgroundThreshold;
    std::shared_ptr<Job> m_running;
    QList<std::shared_ptr<OpenJob>> m_openings;
};

} // namespace Jiaokan::App
