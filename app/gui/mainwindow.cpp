#include "mainwindow.h"

#include "annotationlistview.h"
#include "annotationstore.h"
#include "busyindicator.h"
#include "choicecontroller.h"
#include "collationcontroller.h"
#include "collationview.h"
#include "compareactions.h"
#include "comparisonview.h"
#include "differencesdock.h"
#include "filemenu.h"
#include "differencetablemodel.h"
#include "findbar.h"
#include "helpmenu.h"
#include "languagemenu.h"
#include "librarypane.h"
#include "libraryview.h"
#include "pagelibrarymodel.h"
#include "pdfpagerenderer.h"
#include "printedcomparison.h"
#include "readerpane.h"
#include "readerview.h"
#include "recentfilesmenu.h"
#include "reportactions.h"
#include "reviewcontroller.h"
#include "sharedstorieslist.h"
#include "texttools.h"
#include "viewlayout.h"
#include "viewmenu.h"

#include "collate/collator.h"
#include "stories/reflowedpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <map>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LeftSplitterKey = QStringLiteral("window/leftSplitter");
const QString ComparisonSplitterKey = QStringLiteral("window/comparisonSplitter");
const QString FurnitureKey = QStringLiteral("view/showFurniture");
// How long a status bar message stays.
constexpr int MessageTime = 5000;

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (data && data->hasUrls())
        for (const QUrl &url : data->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
    return paths;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_work(new Workspace(this))
    , m_annotations(new AnnotationStore(this))
    , m_differences(new DifferenceTableModel(this))
{
    setAcceptDrops(true);
    createViews();
    createControllers();
    createActions();
    m_busy = new BusyIndicator(m_work, m_cancel, this);
    statusBar()->addPermanentWidget(m_busy);
    // 1280×860 where it fits; on a small screen or at 200% scaling, what the screen has.
    const QSize available = screen() ? screen()->availableGeometry().size() * 0.94 : QSize(1280, 860);
    resize(QSize(1280, 860).boundedTo(available));
    resizeDocks({m_differencesDock}, {std::min(170, height() / 5)}, Qt::Vertical);
    restoreSettings();
    m_projects->updateTitle();
    m_review->refresh();
    statusBar()->showMessage(tr("Open newspaper pages with File ▸ Open, drop them here, or Help ▸ Sample pages."));
}

MainWindow::~MainWindow()
{
    // Children signal as QObject's destructor deletes them (the undo stack's clear()
    // emits cleanChanged), when this is a MainWindow no longer: nothing of theirs may
    // call back into it (found by UndefinedBehaviorSanitizer).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children) {
        child->disconnect(this);
        if (child != m_work && child != m_review && child != m_projects)
            for (QObject *controller : std::initializer_list<QObject *>{m_work, m_review, m_projects})
                child->disconnect(controller);
    }
}

void MainWindow::createViews()
{
    m_mainSplitter = new QSplitter(this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_tree = new LibraryView(m_work->library(), m_leftSplitter);
    auto *libraryPane = new LibraryPane(m_tree, m_work->library(), m_leftSplitter);
    m_texts.add([libraryPane] { libraryPane->retranslate(); });
    m_matchList = new SharedStoriesList(m_leftSplitter);
    m_leftSplitter->addWidget(libraryPane);
    m_leftSplitter->addWidget(m_matchList);
    // The views, and under them the find bar.
    auto *viewArea = new QWidget(m_mainSplitter);
    auto *viewLayout = new QVBoxLayout(viewArea);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->setSpacing(0);
    m_views = new QTabWidget(viewArea);
    m_views->setObjectName(QStringLiteral("views"));
    viewLayout->addWidget(m_views);
    m_pdfRenderer = new PdfPageRenderer(this);
    m_readerPane = new ReaderPane(m_pdfRenderer, m_views);
    m_reader = m_readerPane->reader();
    // The comparison, and under it both printed pages when the pages are PDFs.
    m_comparisonPane = new QSplitter(Qt::Vertical, m_views);
    m_comparisonPane->setObjectName(QStringLiteral("comparisonPane"));
    m_comparison = new ComparisonView(m_comparisonPane);
    m_printedComparison = new PrintedComparison(m_pdfRenderer, m_comparison, m_comparisonPane);
    m_comparisonPane->addWidget(m_comparison);
    m_comparisonPane->addWidget(m_printedComparison);
    m_comparisonPane->setStretchFactor(0, 3);
    m_comparisonPane->setStretchFactor(1, 2);
    m_collation = new CollationView(m_views);
    m_annotationList = new AnnotationListView(m_views);
    for (QWidget *tab : std::initializer_list<QWidget *>{m_readerPane, m_comparisonPane, m_collation, m_annotationList})
        m_views->addTab(tab, QString());
    // The Annotations tab's title counts them: ReviewController::refresh() sets it.
    m_texts.add([this] {
        m_views->setAccessibleName(tr("Reader, comparison, collation and annotations"));
        // Their access keys are their own: Alt+C and Alt+R open the Compare and Review menus.
        m_views->setTabText(m_views->indexOf(m_readerPane), tr("Rea&der"));
        m_views->setTabText(m_views->indexOf(m_comparisonPane), tr("Com&pare"));
        m_views->setTabText(m_views->indexOf(m_collation), tr("Co&llation"));
    });
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(viewArea);
    m_textTools = new TextTools(
        [this]() -> QList<QTextEdit *> {
            QWidget *view = m_views->currentWidget();
            if (view == m_comparisonPane)
                return {m_comparison->pane(SideA), m_comparison->pane(SideB)};
            if (view == m_readerPane)
                return {m_reader};
            if (view == m_collation)
                return {m_collation->textPane()};
            return {};
        },
        [this](int steps) {
            if (m_views->currentWidget() != m_comparisonPane)
                return false;
            m_comparison->zoom(steps);
            return true;
        },
        this);
    viewLayout->addWidget(m_textTools->findBar());
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
    m_layout = new ViewLayout(m_mainSplitter, m_views, this);

    m_differencesDock = new DifferencesDock(m_differences, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_differencesDock);
}

void MainWindow::createControllers()
{
    m_review = new ReviewController(m_work, m_annotations,
                                    {m_views, m_comparison, m_collation, m_differences, m_differencesDock, m_annotationList},
                                    this);
    connect(m_review, &ReviewController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, MessageTime);
    });
    connect(m_review, &ReviewController::placed, this, &MainWindow::annotationsPlaced);
    connect(m_review, &ReviewController::passageRequested, this, [this](int passage, int difference) {
        compareMatch(passage);
        m_comparison->setCurrentDifference(difference);
    });
    connect(m_annotations, &AnnotationStore::changed, m_review, &ReviewController::refresh);
    m_collations = new CollationController(
        m_work, m_review, {m_views, m_collation, m_matchList}, [this](int passage) { compareMatch(passage); },
        [this] { fillMatchList(); }, this);
    connect(m_collations, &CollationController::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_collations, &CollationController::shown, this, &MainWindow::collationShown);
    m_projects = new ProjectController(
        m_work, m_annotations, [this] { return m_collations->collation(); }, this);
    connect(m_projects, &ProjectController::titleChanged, this, [this](const QString &title, bool modified) {
        setWindowTitle(title);
        setWindowModified(modified);
    });
    connect(m_projects, &ProjectController::problem, this, &MainWindow::reportProblem);
    connect(m_projects, &ProjectController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 2 * MessageTime);
    });
    connect(m_projects, &ProjectController::aboutToReplace, this, [this](const CompareOptions &options) {
        clearViews();
        m_compareActions->show(options);
    });

    connect(m_work, &Workspace::problem, this, &MainWindow::reportProblem);
    connect(m_work, &Workspace::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, 2 * MessageTime);
    });
    connect(m_work, &Workspace::pagesAdded, m_tree, &LibraryView::choosePage);
    connect(m_work, &Workspace::matchesFound, this, &MainWindow::showMatches);
    connect(m_work, &Workspace::openingFinished, this, &MainWindow::pagesOpened);
    connect(m_work, &Workspace::comparingCancelled, this, &MainWindow::matchesUpdated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelection);
    connect(m_matchList, &SharedStoriesList::passageChosen, this, &MainWindow::compareMatch);
    connect(m_differencesDock, &DifferencesDock::currentDifferenceChanged, this, [this](int row) {
        if (row != m_comparison->currentDifference())
            m_comparison->setCurrentDifference(row);
    });
    connect(m_comparison, &ComparisonView::currentDifferenceChanged, this, &MainWindow::showCurrentDifference);
}

void MainWindow::createActions()
{
    createFileMenu();
    QMenu *edit = menuBar()->addMenu(QString());
    m_texts.add([=] { edit->setTitle(tr("&Edit")); });
    m_review->addUndoActions(edit);
    edit->addSeparator();
    m_textTools->addFindActions(edit);
    m_texts.add([this] { m_textTools->retranslate(); });
    createViewMenu();
    createCompareMenu();
    m_review->addMenu(menuBar());
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    m_reports = new ReportActions([this](const ReportOptions &options) { return m_review->report(options); }, this);
    connect(m_reports, &ReportActions::problem, this, &MainWindow::reportProblem);
    auto *file = new FileMenu(m_projects, m_reports, this);
    menuBar()->addMenu(file);
    m_texts.add([file] { file->retranslate(); });
    connect(file, &FileMenu::openRequested, this, &MainWindow::openFiles);
    connect(file, &FileMenu::pasteRequested, this, &MainWindow::pasteAsPage);
    m_recentMenu = file->recentMenu();
    connect(m_recentMenu, &RecentFilesMenu::chosen, this, [this](const QString &path) { openFiles({path}); });
    connect(m_work, &Workspace::filesOpened, m_recentMenu, &RecentFilesMenu::remember);
}

void MainWindow::createViewMenu()
{
    auto *view = new ViewMenu({m_reader, m_views, m_readerPane, m_comparisonPane, m_tree, m_matchList, m_differencesDock,
                               m_textTools, m_layout},
                              this);
    m_viewMenu = view;
    menuBar()->addMenu(view);
    m_texts.add([view] { view->retranslate(); });
    m_showFurniture = view->showFurnitureAction();
}

void MainWindow::createCompareMenu()
{
    m_compareActions = new CompareActions(m_work, this);
    m_compareActions->addTo(menuBar(), addToolBar(QString()), [this](int delta) { stepDifference(delta); });
    m_cancel = m_compareActions->cancelAction();
    auto *choices = new ChoiceController(m_work, m_tree, m_reader, m_compareActions, [this](int passage) {
        fillMatchList();
        compareMatch(passage);
    }, this);
    connect(choices, &ChoiceController::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, MessageTime);
    });
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
    connect(m_helpMenu, &HelpMenu::samplesRequested, this, &MainWindow::openSamples);
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::problem, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
}

void MainWindow::setLanguage(const QString &choice)
{
    m_languageMenu->choose(choice);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_annotations->retranslate();
    m_texts.apply();
    // What is made from the data in the words of the interface.
    m_review->retranslate();
    m_compareActions->retranslate();
    m_helpMenu->retranslate();
    m_busy->retranslate();
    m_differencesDock->retranslate();
    m_matchList->retranslate();
    m_work->library()->retranslate();
    m_work->library()->setStoryGroups(m_work->groups());
    m_differences->retranslate();
    QTreeWidgetItem *current = m_matchList->currentItem();
    const bool groupCurrent = current && current->childCount() > 0;
    fillMatchList();
    if (groupCurrent && m_collations->group() >= 0)
        m_matchList->markGroup(m_collations->group());
    else if (m_work->shownPassage() >= 0)
        m_matchList->markPassage(m_work->shownPassage());
    m_review->refresh();
    m_projects->updateTitle();
    if (m_work->shownPassage() >= 0)
        showCurrentDifference(m_comparison->currentDifference());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_layout->restore(settings);
    m_leftSplitter->restoreState(settings.value(LeftSplitterKey).toByteArray());
    m_comparison->restoreSplitterState(settings.value(ComparisonSplitterKey).toByteArray());
    m_recentMenu->restore(settings);
    m_showFurniture->setChecked(settings.value(FurnitureKey, false).toBool());
    m_compareActions->restore(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    m_layout->save(settings);
    settings.setValue(LeftSplitterKey, m_leftSplitter->saveState());
    settings.setValue(ComparisonSplitterKey, m_comparison->splitterState());
    m_recentMenu->save(settings);
    settings.setValue(FurnitureKey, m_showFurniture->isChecked());
    m_compareActions->save(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const QStringList unsaved = unsavedWork(); !unsaved.isEmpty()) {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved work"),
            tr("Not saved in a project: %1. Save them?").arg(unsaved.join(tr("; "))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_projects->saveRequested(false))) {
            event->ignore();
            return;
        }
    }
    // Closed on purpose: nothing to recover.
    discardRecovery();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
        return;
    }
    if (event->mimeData()->hasText()) {
        // Text dragged from a browser or an editor: a page of its own.
        event->acceptProposedAction();
        if (const QString error = m_work->addText(event->mimeData()->text(), tr("Dropped %1")); !error.isEmpty())
            reportProblem(tr("The dropped text could not be opened"), error);
    }
}

void MainWindow::reportProblem(const QString &title, const QString &text)
{
    // Window-modal, not a nested event loop: what opened stays usable behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::samplesFolder()
{
    // Installed beside the program (share/jiaokan/samples), else in the source tree the
    // build came from.
    const QDir binary(QCoreApplication::applicationDirPath());
    for (const QString &relative : {QStringLiteral("../share/jiaokan/samples"), QStringLiteral("../../share/jiaokan/samples")})
        if (const QDir installed(binary.filePath(relative)); installed.exists())
            return installed.canonicalPath();
    return QStringLiteral(JIAOKAN_SAMPLES_DIR);
}

void MainWindow::openSamples()
{
    const QDir dir(samplesFolder());
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    openFiles(paths);
}

void MainWindow::pasteAsPage()
{
    if (const QString error = m_work->addText(QGuiApplication::clipboard()->text(), tr("Pasted %1")); !error.isEmpty())
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(error), MessageTime);
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int page = current.data(PageLibraryModel::PageRole).toInt();
    const int story = current.data(PageLibraryModel::StoryRole).toInt();
    const ReflowedPage &p = m_work->library()->page(page);
    m_readerPane->showPage(&p, story);
    statusBar()->showMessage(tr("%1 — %2 — %3, %4")
                                 .arg(p.source.path, p.source.encoding,
                                      tr("%n block(s)", nullptr, int(p.blocks.size())),
                                      tr("%n stories", nullptr, int(p.stories.size()))));
}

void MainWindow::clearViews()
{
    m_readerPane->showPage(nullptr, -1);
    m_comparison->clear();
    m_collations->clear();
    m_differences->setDifferences({});
}

void MainWindow::showMatches(const std::optional<Workspace::Place> &place)
{
    fillMatchList();
    m_collations->groupsChanged();
    if (const int best = place ? m_work->passageNear(place->pages, place->keyStartA, true) : -1; best >= 0) {
        compareMatch(best);
        if (place->difference >= 0)
            m_comparison->setCurrentDifference(std::min(place->difference, m_comparison->differenceCount() - 1));
    }
    if (auto view = m_projects->takePendingView())
        applyProjectView(*view);
    m_review->refresh();
    emit matchesUpdated();
}

void MainWindow::fillMatchList()
{
    m_matchList->fill(*m_work->library(), m_work->passages(), m_work->groups(), m_work->chosenFrom());
}

void MainWindow::showCollation(int group, std::optional<int> base)
{
    m_collations->show(group, base);
}

void MainWindow::compareMatch(int index)
{
    if (index < 0 || index >= m_work->passages().size())
        return;
    const PassageComparison &p = m_work->passages().at(index);
    // Kept by the finder for a few hundred pages; beyond, analysed when shown.
    const auto a = m_work->analyzedPage(p.page[SideA]);
    const auto b = m_work->analyzedPage(p.page[SideB]);
    if (!a || !b)
        return;
    m_work->setShownPassage(index);
    // Shown first, so that the panes have their width when the paragraphs are levelled.
    m_views->setCurrentWidget(m_comparisonPane);
    m_comparison->showPassage(a, b, p);
    m_differences->setDifferences(p.differences);
    m_review->refresh();
    m_matchList->markPassage(index);
    updateStatus();
}

void MainWindow::stepDifference(int delta)
{
    if (m_views->currentWidget() == m_collation) {
        const int count = m_collation->locationCount();
        const int current = m_collation->currentLocation();
        if (count > 0)
            m_collation->setCurrentLocation(current < 0 ? (delta > 0 ? 0 : count - 1)
                                                        : std::clamp(current + delta, 0, count - 1));
        return;
    }
    const int count = m_comparison->differenceCount();
    if (count == 0)
        return;
    const int current = m_comparison->currentDifference();
    const int next = current < 0 ? (delta > 0 ? 0 : count - 1) : std::clamp(current + delta, 0, count - 1);
    m_comparison->setCurrentDifference(next);
}

void MainWindow::showCurrentDifference(int index)
{
    m_work->setShownDifference(index);
    m_differencesDock->showDifference(index);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int shown = m_work->shownPassage();
    if (shown < 0)
        return;
    statusBar()->showMessage(DifferenceTableModel::summary(m_work->passages().at(shown), m_comparison->currentDifference()));
}

void MainWindow::applyProjectView(const Project &view)
{
    if (view.collation && view.collation->base >= 0)
        if (const auto [group, base] = m_work->groupOf(view.collation->witnesses, view.collation->base); group >= 0)
            showCollation(group, base);
    if (view.comparison) {
        const int best = m_work->passageNear({view.comparison->pages[0], view.comparison->pages[1]},
                                             view.comparison->line, false);
        // The collation stays in front if it was shown; the comparison is ready behind it.
        QWidget *front = m_views->currentWidget();
        if (best >= 0)
            compareMatch(best);
        if (view.collation && m_collations->group() >= 0)
            m_views->setCurrentWidget(front);
    }
}

void MainWindow::setStatus(ReviewStatus status)
{
    m_review->setStatus(status);
}

void MainWindow::setComment(const QString &comment)
{
    m_review->setComment(comment);
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->paths();
}

const QList<Placement> &MainWindow::placements() const
{
    return m_review->placements();
}

void MainWindow::setReportFilter(ReportOptions::Filter filter, ReviewStatus status)
{
    m_reports->setFilter(filter, status);
}

bool MainWindow::exportReport(const QString &path)
{
    return m_reports->exportTo(path);
}

ReportDocument MainWindow::currentReport(bool forPrint) const
{
    ReportOptions options = m_reports->options();
    options.forPrint = forPrint;
    options.printed = QDateTime::currentDateTime();
    return m_review->report(options);
}

} // namespace Jiaokan::App
