#include "mainwindow.h"

#include "layout/documentloader.h"
#include "pdfpagerenderer.h"
#include "reportactions.h"
#include "printedcomparison.h"
#include "readerpane.h"
#include "annotationlistview.h"
#include "annotationstore.h"
#include "chosencomparisons.h"
#include "collationview.h"
#include "findbar.h"
#include "commentdialog.h"
#include "comparisonview.h"
#include "differencetablemodel.h"
#include "languagemenu.h"
#include "libraryview.h"
#include "pagelibrarymodel.h"
#include "readerview.h"
#include "reviewstyle.h"
#include "tablecopy.h"
#include "texttools.h"
#include "viewlayout.h"

#include "collate/collator.h"
#include "project/projectfile.h"
#include "report/collationreport.h"
#include "report/comparisonreport.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <map>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

// Where the user is, kept across a re-diff: the same pair of pages, the same stretch of
// page A, the same difference number.
struct MainWindow::Place {
    std::array<int, SideCount> pages{};
    qsizetype keyStartA = 0;
    int difference = -1;
};

// A comparison on the worker thread.
struct MainWindow::Job {
    TaskProgress progress;
    std::optional<Place> place;
};

// Files being read and reflowed on worker threads.
struct MainWindow::OpenJob {
    TaskProgress progress;
};

// One file read and reflowed (a PDF of several pages as one page each), or why it
// could not be.
struct MainWindow::OpenedFile {
    QString path;
    QList<ReflowedPage> pages;
    QString error;

    static OpenedFile open(const QString &path)
    {
        OpenedFile opened{QFileInfo(path).absoluteFilePath(), {}, {}};
        for (const QString &page : DocumentLoader::pagesOf(opened.path)) {
            auto source = DocumentLoader::load(page, &opened.error);
            if (!source) {
                opened.pages.clear();
                break;
            }
            opened.pages.append(ReflowedPage::analyze(std::move(*source)));
        }
        return opened;
    }
};

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LeftSplitterKey = QStringLiteral("window/leftSplitter");
const QString ComparisonSplitterKey = QStringLiteral("window/comparisonSplitter");
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString FurnitureKey = QStringLiteral("view/showFurniture");
const QString WordsKey = QStringLiteral("compare/wholeWords");
// Project file → the pages outside its folder this user saved in it or agreed to open.
const QString TrustedOutsideKey = QStringLiteral("projects/trustedOutsidePages");

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
    , m_library(new PageLibraryModel(this))
    , m_differences(new DifferenceTableModel(this))
    , m_differenceFilter(new QSortFilterProxyModel(this))
    , m_annotations(new AnnotationStore(this))
{
    setAcceptDrops(true);
    m_mainSplitter = new QSplitter(this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_tree = new LibraryView(m_library, m_leftSplitter);
    translated([this] { m_tree->setAccessibleName(tr("Open pages and their stories")); });
    m_matchList = new QTreeWidget(m_leftSplitter);
    m_matchList->setObjectName(QStringLiteral("matchList"));
    translated([this] {
        m_matchList->setAccessibleName(tr("Stories the open pages share, and each pair of printings"));
        m_matchList->setHeaderLabels({tr("Shared story / pair of pages"), tr("Similarity"), tr("Differences")});
    });
    m_matchList->header()->setStretchLastSection(false);
    m_matchList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_matchList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_matchList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_leftSplitter->addWidget(m_tree);
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
    // The Annotations tab's title counts them: refreshAnnotations() sets it.
    translated([this] {
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

    auto *dock = new QDockWidget(this);
    translated([dock] { dock->setWindowTitle(tr("Differences")); });
    dock->setObjectName(QStringLiteral("differencesDock"));
    auto *dockContents = new QWidget(dock);
    m_statusFilter = new QComboBox(dockContents);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    // The filter matches DifferenceTableModel::FilterRole: "accepted annotated", …
    m_statusFilter->addItem(QString(), QString());
    m_statusFilter->addItem(QString(), QStringLiteral("annotated"));
    for (int i = 0; i < ReviewStatusCount; ++i)
        m_statusFilter->addItem(QString(), QStringLiteral("^%1\\b").arg(reviewStatusName(ReviewStatus(i))));
    auto *filterLabel = new QLabel(dockContents);
    translated([this, filterLabel] {
        m_statusFilter->setAccessibleName(tr("Show the differences with this review status"));
        m_statusFilter->setItemText(0, tr("All differences"));
        m_statusFilter->setItemText(1, tr("Annotated"));
        for (int i = 0; i < ReviewStatusCount; ++i) {
            const auto status = ReviewStatus(i);
            m_statusFilter->setItemText(2 + i, ReviewStyle::sign(status) + u' ' + ReviewStyle::name(status));
        }
        filterLabel->setText(tr("Sho&w:"));
    });
    filterLabel->setBuddy(m_statusFilter);
    m_differenceFilter->setSourceModel(m_differences);
    m_differenceFilter->setFilterRole(DifferenceTableModel::FilterRole);
    m_differenceFilter->setFilterKeyColumn(DifferenceTableModel::Status);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_differenceFilter->setFilterRegularExpression(m_statusFilter->currentData().toString());
    });
    m_differenceTable = new QTableView(dockContents);
    TableCopy::install(m_differenceTable);   // Ctrl+C: the selected rows as TSV
    m_differenceTable->setObjectName(QStringLiteral("differencesTable"));
    translated([this] { m_differenceTable->setAccessibleName(tr("Differences of the passage")); });
    m_differenceTable->setModel(m_differenceFilter);
    m_differenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once: a status can be given to all of them in one step.
    m_differenceTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_differenceTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_differenceTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_differenceTable->verticalHeader()->hide();
    m_differenceTable->horizontalHeader()->setStretchLastSection(false);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::ReadingA, QHeaderView::Stretch);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::ReadingB, QHeaderView::Stretch);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::Comment, QHeaderView::Stretch);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch(1);
    auto *dockLayout = new QVBoxLayout(dockContents);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->setSpacing(2);
    dockLayout->addLayout(filterRow);
    dockLayout->addWidget(m_differenceTable, 1);
    dock->setWidget(dockContents);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("comparisonProgress"));
    translated([this] { m_progressBar->setAccessibleName(tr("Comparison progress")); });
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setFormat(tr("Comparing… %p%"));
    m_progressBar->hide();
    statusBar()->addPermanentWidget(m_progressBar);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
    // A recovery copy a few seconds after the last edit: at most that much is lost.
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(3000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::writeRecovery);
    connect(m_annotations, &AnnotationStore::changed, this, [this] {
        refreshAnnotations();
        workChanged();
    });
    connect(m_annotations->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_annotationList, &AnnotationListView::activated, this, &MainWindow::goToAnnotation);
    connect(m_differences, &DifferenceTableModel::commentEdited, this, [this](int row, const QString &comment) {
        m_comparison->setCurrentDifference(row);
        setComment(comment);
    });

    createActions();
    m_cancelButton->setDefaultAction(m_cancel);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelection);
    // A page named in the library is named so everywhere: comparisons, collations, reports.
    connect(m_library, &PageLibraryModel::pageLabelChanged, this, [this] {
        workChanged();
        findMatches();
    });
    connect(m_matchList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        // A story group shows all its versions collated; a pair, the two side by side.
        if (item->childCount() > 0) {
            showCollation(item->data(0, GroupRole).toInt());
            return;
        }
        bool ok = false;
        const int index = item->data(0, Qt::UserRole).toInt(&ok);
        if (ok)
            compareMatch(index);
    });
    connect(m_collation, &CollationView::baseRequested, this, [this](int witness) {
        showCollation(m_collatedGroup, witness);
    });
    connect(m_differenceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int row = differenceRow(current);
                if (row >= 0 && row != m_comparison->currentDifference())
                    m_comparison->setCurrentDifference(row);
            });
    connect(m_comparison, &ComparisonView::currentDifferenceChanged, this, &MainWindow::showCurrentDifference);
    // 1280×860 where it fits; on a small screen or at 200% scaling, what the screen has.
    const QSize available = screen() ? screen()->availableGeometry().size() * 0.94 : QSize(1280, 860);
    resize(QSize(1280, 860).boundedTo(available));
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("differencesDock"))}, {std::min(170, height() / 5)}, Qt::Vertical);
    restoreSettings();
    updateTitle();
    refreshAnnotations();
    statusBar()->showMessage(tr("Open newspaper pages with File ▸ Open, drop them here, or Help ▸ Sample pages."));
}

MainWindow::~MainWindow()
{
    // A comparison still running finishes on its own; its result is dropped.
    if (m_running)
        m_running->progress.cancel();
    // Children signal as QObject's destructor deletes them (the undo stack's clear()
    // emits cleanChanged), when this is a MainWindow no longer: nothing of theirs may
    // call back into it (found by UndefinedBehaviorSanitizer).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    translated([=] { file->setTitle(tr("&File")); });
    QAction *open = file->addAction(QString(), this, &MainWindow::openRequested);
    translated([=] { open->setText(tr("&Open…")); });
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(QString());
    translated([this] { m_recentMenu->setTitle(tr("Open &recent")); });
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *paste = file->addAction(QString(), this, &MainWindow::pasteAsPage);
    translated([=] { paste->setText(tr("Paste as &new page")); });
    paste->setObjectName(QStringLiteral("pasteAction"));
    paste->setShortcut(QKeySequence::Paste);
    file->addSeparator();
    QAction *openProject = file->addAction(QString(), this, &MainWindow::openProjectRequested);
    translated([=] { openProject->setText(tr("Open pro&ject…")); });
    openProject->setObjectName(QStringLiteral("openProjectAction"));
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *save = file->addAction(QString(), this, [this] { saveRequested(false); });
    translated([=] { save->setText(tr("&Save project")); });
    save->setObjectName(QStringLiteral("saveProjectAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(QString(), this, [this] { saveRequested(true); });
    translated([=] { saveAs->setText(tr("Save project &as…")); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_reports = new ReportActions([this](const ReportOptions &options) { return reportWith(options); }, this);
    connect(m_reports, &ReportActions::problem, this, &MainWindow::reportProblem);
    m_reports->addTo(file);
    translated([this] { m_reports->retranslate(); });
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    translated([=] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(QString());
    translated([=] { edit->setTitle(tr("&Edit")); });
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
    translated(updateUndo);
    edit->addSeparator();
    m_textTools->addFindActions(edit);
    translated([this] { m_textTools->retranslate(); });

    QMenu *view = menuBar()->addMenu(QString());
    translated([=] { view->setTitle(tr("&View")); });
    m_showFurniture = view->addAction(QString());
    translated([this] { m_showFurniture->setText(tr("Show page &furniture")); });
    m_showFurniture->setObjectName(QStringLiteral("showFurnitureAction"));
    m_showFurniture->setCheckable(true);
    connect(m_showFurniture, &QAction::toggled, m_reader, &ReaderView::setFurnitureVisible);
    m_showOriginal = view->addAction(QString());
    translated([this] { m_showOriginal->setText(tr("Show &original lines")); });
    m_showOriginal->setObjectName(QStringLiteral("showOriginalAction"));
    m_showOriginal->setCheckable(true);
    m_showOriginal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_showOriginal, &QAction::toggled, this, [this](bool on) {
        m_reader->setOriginalLines(on);
        m_views->setCurrentWidget(m_readerPane);
    });
    view->addSeparator();
    m_textTools->addZoomActions(view);
    view->addSeparator();
    QAction *showLibrary = m_layout->showLibraryAction();
    view->addAction(showLibrary);
    translated([=] { showLibrary->setText(tr("Show li&brary")); });
    QAction *library = view->addAction(QString(), this, [this] {
        m_layout->showLibraryAction()->setChecked(true);
        m_tree->setFocus();
    });
    translated([=] { library->setText(tr("Go to &library")); });
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *shared = view->addAction(QString(), this, [this] { m_matchList->setFocus(); });
    translated([=] { shared->setText(tr("Go to &shared stories")); });
    shared->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *text = view->addAction(QString(), this, [this] { m_views->currentWidget()->setFocus(); });
    translated([=] { text->setText(tr("Go to the &text")); });
    text->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *table = view->addAction(QString(), this, [this] {
        m_differenceTable->parentWidget()->show();
        m_differenceTable->setFocus();
    });
    translated([=] { table->setText(tr("Go to the &differences table")); });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addSeparator();
    QAction *nextTab = view->addAction(QString(), this, [this] {
        m_views->setCurrentWidget(m_views->currentWidget() == m_readerPane ? static_cast<QWidget *>(m_comparisonPane)
                                                                           : m_readerPane);
    });
    translated([=] { nextTab->setText(tr("&Reader or comparison")); });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    view->addAction(findChild<QDockWidget *>(QStringLiteral("differencesDock"))->toggleViewAction());

    QMenu *compare = menuBar()->addMenu(QString());
    translated([=] { compare->setTitle(tr("&Compare")); });
    QToolBar *toolbar = addToolBar(QString());
    translated([=] { toolbar->setWindowTitle(tr("Compare")); });
    toolbar->setObjectName(QStringLiteral("compareToolBar"));
    // The keys of diff tools: F7 as in KDiff3 and Beyond Compare, Alt+arrows as in Meld.
    QAction *next = compare->addAction(QString(), this, [this] { stepDifference(+1); });
    translated([=] { next->setText(tr("&Next difference")); });
    next->setObjectName(QStringLiteral("nextDifferenceAction"));
    next->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    translated([=] { next->setToolTip(tr("Next difference (F7, Alt+Down)")); });
    QAction *previous = compare->addAction(QString(), this, [this] { stepDifference(-1); });
    translated([=] { previous->setText(tr("&Previous difference")); });
    previous->setObjectName(QStringLiteral("previousDifferenceAction"));
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    translated([=] { previous->setToolTip(tr("Previous difference (Shift+F7, Alt+Up)")); });
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    compare->addSeparator();
    // Comparisons of the user's choosing: two pages or stories picked in the library
    // (Ctrl+click), and the comparison in front with its sides swapped.
    QAction *compareChosen = compare->addAction(QString(), this, &MainWindow::compareChosenPages);
    translated([=] { compareChosen->setText(tr("Compare the two c&hosen")); });
    compareChosen->setObjectName(QStringLiteral("compareChosenAction"));
    compareChosen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *swap = compare->addAction(QString(), this, &MainWindow::swapSides);
    translated([=] { swap->setText(tr("Swap &A and B")); });
    swap->setObjectName(QStringLiteral("swapSidesAction"));
    compare->addSeparator();
    struct Option {
        QString name;
        const char *text;   // translated when shown
        bool CompareOptions::*member;
    };
    static const Option ignoreOptions[] = {
        {QStringLiteral("ignoreWidthAction"), QT_TR_NOOP("Ignore punctuation &width (，/ ,)"), &CompareOptions::ignoreWidth},
        {QStringLiteral("ignorePunctuationAction"), QT_TR_NOOP("Ignore p&unctuation"), &CompareOptions::ignorePunctuation},
        {QStringLiteral("ignoreSpaceAction"), QT_TR_NOOP("Ignore white &space"), &CompareOptions::ignoreSpace},
        {QStringLiteral("ignoreScriptAction"), QT_TR_NOOP("Ignore simplified/&traditional"), &CompareOptions::ignoreScript},
    };
    for (const Option &o : ignoreOptions) {
        QAction *action = compare->addAction(QString());
        translated([action, text = o.text] { action->setText(tr(text)); });
        action->setObjectName(o.name);
        action->setCheckable(true);
        action->setChecked(m_options.*(o.member));
        connect(action, &QAction::toggled, this, [this, member = o.member](bool on) { setOption(member, on); });
        toolbar->addAction(action);
        m_optionActions.append({action, o.member});
    }
    compare->addSeparator();
    m_wordGranularity = compare->addAction(QString());
    translated([this] { m_wordGranularity->setText(tr("Mark whole wo&rds")); });
    m_wordGranularity->setObjectName(QStringLiteral("wordGranularityAction"));
    m_wordGranularity->setCheckable(true);
    connect(m_wordGranularity, &QAction::toggled, this, [this](bool on) {
        const auto granularity = on ? CompareOptions::Granularity::Word : CompareOptions::Granularity::Character;
        if (m_options.granularity == granularity)
            return;
        m_options.granularity = granularity;
        workChanged();
        findMatches();
    });
    compare->addSeparator();
    m_cancel = compare->addAction(QString(), this, &MainWindow::cancelComparison);
    translated([this] { m_cancel->setText(tr("&Cancel opening or comparing")); });
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setEnabled(false);

    createReviewActions();

    QMenu *help = menuBar()->addMenu(QString());
    translated([=] { help->setTitle(tr("&Help")); });
    QAction *samples = help->addAction(QString(), this, &MainWindow::openSamples);
    QAction *keys = help->addAction(QString(), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<table>"
               "<tr><td>F7, Alt+Down</td><td>Next difference</td></tr>"
               "<tr><td>Shift+F7, Alt+Up</td><td>Previous difference</td></tr>"
               "<tr><td>Ctrl+1 … Ctrl+4</td><td>Library, shared stories, text, differences table</td></tr>"
               "<tr><td>Ctrl+Tab</td><td>Reader or comparison</td></tr>"
               "<tr><td>Ctrl+L</td><td>Original lines in the reader</td></tr>"
               "<tr><td>Alt+0 … Alt+4</td><td>Unreviewed, accepted, error in A, error in B, query</td></tr>"
               "<tr><td>F2</td><td>Comment on the difference</td></tr>"
               "<tr><td>Ctrl+Z, Ctrl+Shift+Z</td><td>Undo, redo an annotation</td></tr>"
               "<tr><td>Ctrl+S, Ctrl+Shift+O</td><td>Save, open a project</td></tr>"
               "<tr><td>Ctrl+O, Ctrl+V</td><td>Open pages, paste a page</td></tr>"
               "<tr><td>Esc</td><td>Cancel comparing</td></tr>"
               "</table>"));
    });
    translated([=] {
        samples->setText(tr("&Sample pages"));
        keys->setText(tr("&Keyboard shortcuts"));
    });
    view->addSeparator();
    m_languageMenu = new LanguageMenu(view);
    view->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::problem, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
}

void MainWindow::setLanguage(const QString &choice)
{
    m_languageMenu->choose(choice);
}

void MainWindow::translated(std::function<void()> apply)
{
    apply();
    m_texts.append(std::move(apply));
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
    for (const auto &apply : std::as_const(m_texts))
        apply();
    // What is made from the data in the words of the interface.
    m_library->retranslate();
    m_library->setStoryGroups(m_groups);
    m_differences->retranslate();
    QTreeWidgetItem *current = m_matchList->currentItem();
    const bool groupCurrent = current && current->childCount() > 0;
    fillMatchList();
    {
        const QSignalBlocker blocker(m_matchList);
        if (groupCurrent && m_collatedGroup >= 0)
            m_matchList->setCurrentItem(m_matchList->topLevelItem(m_collatedGroup));
        else if (m_currentMatch >= 0 && m_currentMatch < m_matchItems.size())
            m_matchList->setCurrentItem(m_matchItems[m_currentMatch]);
    }
    refreshAnnotations();
    updateTitle();
    if (m_currentMatch >= 0)
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
    m_recentFiles = settings.value(RecentFilesKey).toStringList();
    m_showFurniture->setChecked(settings.value(FurnitureKey, false).toBool());
    for (const auto &[action, member] : std::as_const(m_optionActions)) {
        const QString key = QStringLiteral("compare/") + action->objectName();
        action->setChecked(settings.value(key, m_options.*member).toBool());
    }
    m_wordGranularity->setChecked(settings.value(WordsKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    m_layout->save(settings);
    settings.setValue(LeftSplitterKey, m_leftSplitter->saveState());
    settings.setValue(ComparisonSplitterKey, m_comparison->splitterState());
    settings.setValue(RecentFilesKey, m_recentFiles);
    settings.setValue(FurnitureKey, m_showFurniture->isChecked());
    for (const auto &[action, member] : m_optionActions)
        settings.setValue(QStringLiteral("compare/") + action->objectName(), m_options.*member);
    settings.setValue(WordsKey, m_options.granularity == CompareOptions::Granularity::Word);
}

QStringList MainWindow::unsavedWork() const
{
    QStringList unsaved;
    if (isModified() && (!m_annotations->annotations().isEmpty() || !m_annotations->undoStack()->isClean()))
        unsaved.append(tr("the annotations"));
    if (m_workChanged) {
        int pasted = 0;
        bool named = false;
        for (const ReflowedPage &page : m_library->pages()) {
            pasted += !QDir::isAbsolutePath(page.source.path);
            named = named || !page.source.label.isEmpty();
        }
        if (pasted > 0)
            unsaved.append(tr("%n pasted page(s), whose text is kept nowhere else", nullptr, pasted));
        if (named)
            unsaved.append(tr("the names given to pages"));
    }
    return unsaved;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const QStringList unsaved = unsavedWork(); !unsaved.isEmpty()) {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved work"),
            tr("Not saved in a project: %1. Save them?").arg(unsaved.join(tr("; "))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveRequested(false))) {
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
        QString error;
        if (auto source = PageLoader::fromText(event->mimeData()->text(), tr("Dropped %1").arg(++m_pastedCount), &error))
            addPages({ReflowedPage::analyze(std::move(*source))});
        else
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

bool MainWindow::askToOpenOutside(const QString &projectPath, const QStringList &pages)
{
    QMessageBox box(QMessageBox::Question, tr("Open project"),
                    tr("The project %1 opens %n file(s) outside its folder. A project from someone else "
                       "could name any file on this computer. Open them?", nullptr, int(pages.size()))
                        .arg(QFileInfo(projectPath).fileName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("outsidePagesQuestion"));
    box.setInformativeText(QStringList(pages.mid(0, 10)).join(u'\n') + (pages.size() > 10 ? QStringLiteral("\n…") : QString()));
    box.setDetailedText(pages.join(u'\n'));
    QPushButton *open = box.addButton(tr("&Open them"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openOutside"));
    QPushButton *skip = box.addButton(tr("&Leave them closed"), QMessageBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipOutside"));
    box.setDefaultButton(skip);
    box.exec();
    return box.clickedButton() == open;
}

QStringList MainWindow::trustedOutside(const QString &projectPath)
{
    return QSettings().value(TrustedOutsideKey).toMap().value(QFileInfo(projectPath).absoluteFilePath()).toStringList();
}

void MainWindow::trustOutside(const QString &projectPath, const QStringList &pages)
{
    QStringList known = trustedOutside(projectPath);
    for (const QString &page : pages)
        if (!known.contains(page))
            known.append(page);
    if (known.isEmpty())
        return;
    QSettings settings;
    QVariantMap trusted = settings.value(TrustedOutsideKey).toMap();
    trusted.insert(QFileInfo(projectPath).absoluteFilePath(), known);
    settings.setValue(TrustedOutsideKey, trusted);
}

void MainWindow::openRequested()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open pages"), QString(),
                                                            tr("Pages (*.txt *.pdf);;Page text (*.txt);;PDF (*.pdf);;All files (*)"));
    openFiles(paths);
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

void MainWindow::openFiles(const QStringList &paths)
{
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    // Long pages are read and reflowed on worker threads, so the window keeps
    // painting; a byte is at most a character, so this never misjudges a short set.
    if (bytes <= m_backgroundThreshold) {
        QList<OpenedFile> files;
        for (const QString &path : paths)
            files.append(OpenedFile::open(path));
        addOpenedFiles(std::move(files));
        return;
    }
    auto job = std::make_shared<OpenJob>();
    job->progress.addTotal(paths.size());
    m_openings.append(job);
    auto *watcher = new QFutureWatcher<OpenedFile>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (!m_openings.removeOne(job))
            return;   // cancelled
        updateProgress();
        addOpenedFiles(watcher->future().results());
        emit pagesOpened();
    });
    watcher->setFuture(QtConcurrent::mapped(paths, [job](const QString &path) {
        OpenedFile opened = job->progress.isCancelled() ? OpenedFile{path, {}, {}} : OpenedFile::open(path);
        job->progress.advance();
        return opened;
    }));
    updateProgress();
    m_progressTimer->start();
}

void MainWindow::addOpenedFiles(QList<OpenedFile> files)
{
    QStringList errors;
    QStringList opened;
    QList<ReflowedPage> pages;
    for (OpenedFile &file : files) {
        if (file.pages.isEmpty()) {
            if (!file.error.isEmpty())   // empty: the opening was cancelled
                errors.append(file.error);
            continue;
        }
        opened.append(file.path);
        pages += std::move(file.pages);
    }
    rememberRecent(opened);
    addPages(std::move(pages));
    if (!errors.isEmpty())
        reportProblem(tr("Some files could not be opened"), errors.join(u'\n'));
}

void MainWindow::pasteAsPage()
{
    const QString text = QGuiApplication::clipboard()->text();
    QString error;
    auto source = PageLoader::fromText(text, tr("Pasted %1").arg(m_pastedCount + 1), &error);
    if (!source) {
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(error), 5000);
        return;
    }
    ++m_pastedCount;
    addPages({ReflowedPage::analyze(std::move(*source))});
}

void MainWindow::addPages(QList<ReflowedPage> pages)
{
    if (pages.isEmpty())
        return;
    workChanged();
    int firstNew = -1;
    for (ReflowedPage &page : pages) {
        const int index = m_library->addPage(std::move(page));
        if (firstNew < 0)
            firstNew = index;
    }
    m_tree->choosePage(firstNew);
    findMatches();
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    for (const QString &path : paths) {
        m_recentFiles.removeAll(path);
        m_recentFiles.prepend(path);
    }
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles.at(i);
        // &1 … &9, then 1&0: each entry has a key.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *a = m_recentMenu->addAction(QStringLiteral("%1 %2").arg(number, QFileInfo(path).fileName()), this,
                                             [this, path] { openFiles({path}); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (m_recentFiles.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [this] { m_recentFiles.clear(); })
        ->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int page = current.data(PageLibraryModel::PageRole).toInt();
    const int story = current.data(PageLibraryModel::StoryRole).toInt();
    const ReflowedPage &p = m_library->page(page);
    m_readerPane->showPage(&p, story);
    statusBar()->showMessage(tr("%1 — %2 — %3, %4")
                                 .arg(p.source.path, p.source.encoding,
                                      tr("%n block(s)", nullptr, int(p.blocks.size())),
                                      tr("%n stories", nullptr, int(p.stories.size()))));
}

void MainWindow::findMatches()
{
    QList<PageText> sources;
    qsizetype characters = 0;
    for (const ReflowedPage &p : m_library->pages()) {
        sources.append(p.source);
        for (const QString &line : p.source.lines)
            characters += line.size();
    }
    std::optional<Place> place;
    if (m_currentMatch >= 0 && m_currentMatch < m_matches.passages.size()) {
        const PassageComparison &p = m_matches.passages.at(m_currentMatch);
        place = Place{p.page, p.keyStart[SideA], m_comparison->currentDifference()};
    }
    if (m_running) {
        // What it is computing is out of date: let it finish unseen.
        place = m_running->place;
        m_running->progress.cancel();
        m_running.reset();
    }
    if (characters <= m_backgroundThreshold) {
        applyMatches(PassageFinder::run(sources, m_options), place);
        return;
    }

    auto job = std::make_shared<Job>();
    job->place = place;
    m_running = job;
    auto *watcher = new QFutureWatcher<PassageFinder::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (m_running != job)
            return;   // cancelled, or overtaken by a newer comparison
        m_running.reset();
        updateProgress();
        applyMatches(watcher->result(), job->place);
    });
    watcher->setFuture(QtConcurrent::run([sources, options = m_options, job] {
        return PassageFinder::run(sources, options, &job->progress);
    }));
    updateProgress();
    m_progressTimer->start();
}

void MainWindow::cancelComparison()
{
    if (!m_openings.isEmpty()) {
        for (const auto &job : std::as_const(m_openings))
            job->progress.cancel();
        m_openings.clear();
        updateProgress();
        statusBar()->showMessage(tr("Opening cancelled."), 5000);
        emit pagesOpened();
        return;
    }
    if (!m_running)
        return;
    m_running->progress.cancel();
    m_running.reset();
    updateProgress();
    statusBar()->showMessage(tr("Comparing cancelled: the list shows the last complete comparison."), 5000);
    emit matchesUpdated();
}

void MainWindow::updateProgress()
{
    const bool running = m_running || !m_openings.isEmpty();
    m_progressBar->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancel->setEnabled(running);
    if (!running) {
        m_progressTimer->stop();
        return;
    }
    qint64 total = 0;
    qint64 done = 0;
    for (const auto &job : std::as_const(m_openings)) {
        total += job->progress.total();
        done += job->progress.done();
    }
    if (m_openings.isEmpty()) {
        total = m_running->progress.total();
        done = m_running->progress.done();
    }
    m_progressBar->setFormat(m_openings.isEmpty() ? tr("Comparing… %p%") : tr("Opening… %p%"));
    m_progressBar->setMaximum(int(std::max<qint64>(total, 1)));
    m_progressBar->setValue(int(done));
}

void MainWindow::applyMatches(PassageFinder::Result result, const std::optional<Place> &place)
{
    const QString collatedHeadline = m_collatedGroup >= 0 && m_collatedGroup < m_groups.size()
        ? m_groups[m_collatedGroup].headline : QString();
    m_matches = std::move(result);
    resetPlacer();
    m_groups = StoryGroup::group(m_library->pages(), m_matches.passages);
    m_library->setStoryGroups(m_groups);
    appendChosenComparisons();
    m_currentMatch = -1;
    m_collatedGroup = -1;
    m_collation->clear();
    fillMatchList();
    if (m_views->currentWidget() == m_collation)
        for (int g = 0; g < m_groups.size(); ++g)
            if (m_groups[g].headline == collatedHeadline) {
                showCollation(g);
                break;
            }
    int best = -1;
    if (place) {
        for (int i = 0; i < m_matches.passages.size(); ++i) {
            const PassageComparison &p = m_matches.passages.at(i);
            if (p.page == place->pages
                && (best < 0 || std::abs(p.keyStart[SideA] - place->keyStartA)
                                    < std::abs(m_matches.passages.at(best).keyStart[SideA] - place->keyStartA)))
                best = i;
        }
    }
    if (best >= 0) {
        compareMatch(best);
        if (place->difference >= 0)
            m_comparison->setCurrentDifference(std::min(place->difference, m_comparison->differenceCount() - 1));
    }
    if (m_pendingView)
        applyProjectView();
    refreshAnnotations();
    emit matchesUpdated();
}

void MainWindow::fillMatchList()
{
    const QSignalBlocker blocker(m_matchList);
    m_matchList->clear();
    m_matchItems = QList<QTreeWidgetItem *>(m_matches.passages.size(), nullptr);
    for (int gi = 0; gi < m_groups.size(); ++gi) {
        const StoryGroup &g = m_groups[gi];
        auto *groupItem = new QTreeWidgetItem(m_matchList);
        groupItem->setData(0, GroupRole, gi);
        const QString title = g.headline.isEmpty() ? tr("(no headline)") : g.headline;
        // How many printings the story has, then which: a wire story may have hundreds.
        groupItem->setText(0, tr("%1 — %n printing(s): %2", nullptr, int(g.members.size()))
                                  .arg(title, m_library->membersText(g)));
        groupItem->setToolTip(0, tr("%1\nappears in %2\n(continuation: printed from （上接…） on, its start elsewhere)")
                                     .arg(title, m_library->membersText(g)));
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        for (int i : g.passages) {
            const PassageComparison &p = m_matches.passages.at(i);
            const ReflowedPage &a = m_library->page(p.page[SideA]);
            const ReflowedPage &b = m_library->page(p.page[SideB]);
            auto *item = new QTreeWidgetItem(groupItem);
            item->setText(0, tr("%1 ↔ %2").arg(m_library->pageName(p.page[SideA]), m_library->pageName(p.page[SideB])));
            item->setToolTip(0, tr("%1, lines %2–%3\n%4, lines %5–%6")
                                    .arg(a.source.fileName()).arg(p.lines[SideA].first.value).arg(p.lines[SideA].last.value)
                                    .arg(b.source.fileName()).arg(p.lines[SideB].first.value).arg(p.lines[SideB].last.value));
            item->setText(1, QStringLiteral("%1%").arg(p.similarity * 100, 0, 'f', 1));
            item->setText(2, QString::number(p.differences.size()));
            item->setData(0, Qt::UserRole, i);
            m_matchItems[i] = item;
        }
    }
    if (m_chosenFrom >= 0 && m_chosenFrom < m_matches.passages.size()) {
        auto *chosen = new QTreeWidgetItem(m_matchList);
        chosen->setText(0, tr("Compared by your choice"));
        QFont bold = chosen->font(0);
        bold.setBold(true);
        chosen->setFont(0, bold);
        for (int i = m_chosenFrom; i < m_matches.passages.size(); ++i) {
            const PassageComparison &p = m_matches.passages.at(i);
            auto *item = new QTreeWidgetItem(chosen);
            item->setText(0, tr("%1 ↔ %2").arg(m_library->pageName(p.page[SideA]), m_library->pageName(p.page[SideB])));
            item->setText(1, QStringLiteral("%1%").arg(p.similarity * 100, 0, 'f', 1));
            item->setText(2, QString::number(p.differences.size()));
            item->setData(0, Qt::UserRole, i);
            m_matchItems[i] = item;
        }
    }
    m_matchList->expandAll();
    // A group's whole row for its title: which pages print the story matters more than
    // aligned columns (and a sum of the pairs' differences would count a variant several
    // times). Set once the tree is laid out, since each call lays out a changed tree anew.
    for (int i = 0; i < m_matchList->topLevelItemCount(); ++i)
        m_matchList->topLevelItem(i)->setFirstColumnSpanned(true);
}

void MainWindow::showCollation(int group, std::optional<int> base)
{
    if (group < 0 || group >= m_groups.size())
        return;
    m_collatedGroup = group;
    m_views->setCurrentWidget(m_collation);
    // Beyond the few hundred pages the finder keeps, the story's are analysed now.
    for (const StoryGroup::Member &member : m_groups[group].members)
        if (!analyzedPage(member.page)) {
            m_collation->clear();
            return;
        }
    const Collation c = Collator::collate(m_matches, m_groups[group], base);
    m_collation->showCollation(c, m_matches.pages[size_t(c.witnesses.value(c.base).page)]);
    refreshAnnotations();
    if (QTreeWidgetItem *item = m_matchList->topLevelItem(group); item && m_matchList->currentItem() != item) {
        const QSignalBlocker blocker(m_matchList);
        m_matchList->setCurrentItem(item);
    }
    statusBar()->showMessage(tr("Variant locations: %1, among %n version(s)", nullptr, int(c.witnesses.size()))
                                 .arg(c.locations.size()));
}

void MainWindow::resetPlacer()
{
    QStringList paths;
    for (const ReflowedPage &page : m_library->pages())
        paths.append(page.source.path);
    m_placer.emplace(paths, m_matches.pages);
}

std::shared_ptr<const AnalyzedPage> MainWindow::analyzedPage(int page)
{
    if (page < 0 || page >= m_library->pages().size())
        return nullptr;
    // Beyond the pages the finder keeps (a few hundred), analysed when chosen.
    if (m_matches.pages.size() != size_t(m_library->pages().size()))
        m_matches.pages.resize(size_t(m_library->pages().size()));
    auto &kept = m_matches.pages[size_t(page)];
    if (!kept) {
        kept = std::make_shared<const AnalyzedPage>(AnalyzedPage::analyze(m_library->page(page).source, m_options));
        resetPlacer();   // annotations are found on the pages it has
    }
    return kept;
}

void MainWindow::appendChosenComparisons()
{
    m_chosenFrom = int(m_matches.passages.size());
    for (const ChosenComparisons::Choice &choice : m_chosen.choices()) {
        const auto a = analyzedPage(choice[SideA].page), b = analyzedPage(choice[SideB].page);
        if (a && b)
            m_matches.passages.append(ChosenComparisons::compare(choice, *a, *b, m_options));
    }
}

void MainWindow::showChosen(const ChosenComparisons::Choice &choice, int replacing)
{
    int index = replacing;
    if (index >= 0 && index < m_chosen.choices().size())
        m_chosen.replace(index, choice);
    else
        index = m_chosen.add(choice);
    m_matches.passages.resize(m_chosenFrom);
    appendChosenComparisons();
    fillMatchList();
    compareMatch(m_chosenFrom + index);
}

void MainWindow::compareChosenPages()
{
    QList<QModelIndex> rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.size() != 2) {
        statusBar()->showMessage(tr("Choose two pages or stories in the library (Ctrl+click), then Compare the two chosen."),
                                 8000);
        return;
    }
    // Side A is the one chosen first: the current row is the one clicked last.
    if (rows[0] == m_tree->currentIndex().siblingAtColumn(0))
        std::swap(rows[0], rows[1]);
    ChosenComparisons::Choice choice;
    for (Side s : {SideA, SideB}) {
        const int page = rows[s].data(PageLibraryModel::PageRole).toInt();
        const auto analyzed = analyzedPage(page);
        if (!analyzed)
            return;
        choice[s] = ChosenComparisons::sideOf(page, *analyzed, rows[s].data(PageLibraryModel::StoryRole).toInt());
    }
    showChosen(choice);
}

void MainWindow::swapSides()
{
    if (m_currentMatch < 0 || m_currentMatch >= m_matches.passages.size()) {
        statusBar()->showMessage(tr("Open a comparison first."), 5000);
        return;
    }
    const PassageComparison &p = m_matches.passages.at(m_currentMatch);
    const auto a = analyzedPage(p.page[SideA]), b = analyzedPage(p.page[SideB]);
    // A chosen comparison turns round in place; one the matcher found is kept, and
    // its swapped twin joins the chosen ones.
    if (a && b)
        showChosen(ChosenComparisons::swapped(p, *a, *b), m_currentMatch >= m_chosenFrom ? m_currentMatch - m_chosenFrom : -1);
}

void MainWindow::compareMatch(int index)
{
    if (index < 0 || index >= m_matches.passages.size())
        return;
    const PassageComparison &p = m_matches.passages.at(index);
    // Kept by the finder for a few hundred pages; beyond, analysed when shown.
    const auto a = analyzedPage(p.page[SideA]);
    const auto b = analyzedPage(p.page[SideB]);
    if (!a || !b)
        return;
    m_currentMatch = index;
    // Shown first, so that the panes have their width when the paragraphs are levelled.
    m_views->setCurrentWidget(m_comparisonPane);
    m_comparison->showPassage(a, b, p);
    m_differences->setDifferences(p.differences);
    refreshAnnotations();
    if (QTreeWidgetItem *item = m_matchItems.value(index); item && m_matchList->currentItem() != item) {
        const QSignalBlocker blocker(m_matchList);
        m_matchList->setCurrentItem(item);
    }
    updateStatus();
}

void MainWindow::setOption(bool CompareOptions::*option, bool value)
{
    if (m_options.*option == value)
        return;
    m_options.*option = value;
    workChanged();
    findMatches();
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
    const QModelIndex row = m_differenceFilter->mapFromSource(m_differences->index(index, 0));
    if (differenceRow(m_differenceTable->currentIndex()) != index && row.isValid()) {
        m_differenceTable->setCurrentIndex(row);
        m_differenceTable->scrollTo(row);
    }
    updateStatus();
}

int MainWindow::differenceRow(const QModelIndex &tableIndex) const
{
    return tableIndex.isValid() ? m_differenceFilter->mapToSource(tableIndex).row() : -1;
}

void MainWindow::updateStatus()
{
    if (m_currentMatch < 0)
        return;
    const PassageComparison &p = m_matches.passages.at(m_currentMatch);
    std::map<QString, int> byClass;
    for (const Difference &d : p.differences)
        ++byClass[DifferenceTableModel::className(d.kind)];
    QStringList counts;
    for (const auto &[name, n] : byClass)
        counts.append(QStringLiteral("%1 %2").arg(n).arg(name));
    const int current = m_comparison->currentDifference();
    statusBar()->showMessage(tr("Difference %1 of %2 (%3) · similarity %4% · A lines %5–%6 · B lines %7–%8")
                                 .arg(current < 0 ? QStringLiteral("–") : QString::number(current + 1))
                                 .arg(p.differences.size())
                                 .arg(counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", ")))
                                 .arg(p.similarity * 100, 0, 'f', 1)
                                 .arg(p.lines[SideA].first.value).arg(p.lines[SideA].last.value)
                                 .arg(p.lines[SideB].first.value).arg(p.lines[SideB].last.value));
}

void MainWindow::createReviewActions()
{
    QMenu *review = menuBar()->addMenu(QString());
    review->setObjectName(QStringLiteral("reviewMenu"));
    translated([=] { review->setTitle(tr("&Review")); });
    // Alt+digit: one hand on the keys while the other moves through the differences (F7).
    // The status of what they act on is the one checked, whichever menu shows them.
    const std::array<Qt::Key, ReviewStatusCount> keys = {Qt::Key_0, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    auto *statuses = new QActionGroup(review);
    statuses->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    connect(review, &QMenu::aboutToShow, this, [this, statuses] {
        QList<Annotation> edits;
        reviewTargets(&edits);
        for (QAction *action : statuses->actions())
            action->setChecked(!edits.isEmpty() && action->data().toInt() == int(edits.first().status));
    });
    for (int i = 0; i < ReviewStatusCount; ++i) {
        const auto status = ReviewStatus(i);
        QAction *action = review->addAction(QString(), this, [this, status] { setStatus(status); });
        action->setCheckable(true);
        action->setData(i);
        statuses->addAction(action);
        translated([action, status] { action->setText(ReviewStyle::sign(status) + u' ' + ReviewStyle::name(status)); });
        action->setObjectName(QStringLiteral("status-") + reviewStatusName(status));
        action->setShortcut(QKeySequence(Qt::ALT | keys[size_t(i)]));
    }
    review->addSeparator();
    QAction *comment = review->addAction(QString(), this, &MainWindow::editCommentRequested);
    translated([=] { comment->setText(tr("&Comment…")); });
    comment->setObjectName(QStringLiteral("commentAction"));
    comment->setShortcut(QKeySequence(Qt::Key_F2));
    review->addSeparator();
    QAction *showAll = review->addAction(QString(), this, [this] { m_views->setCurrentWidget(m_annotationList); });
    translated([showAll] { showAll->setText(tr("Show all &annotations")); });

    // The same actions on a right click: in the text, on a location, in the table.
    const auto addReviewActions = [review](QMenu *menu) {
        emit review->aboutToShow();   // the statuses checked for what was right-clicked
        QAction *first = menu->actions().value(0);
        for (QAction *action : review->actions())
            menu->insertAction(first, action);
        if (first)
            menu->insertSeparator(first);
    };
    connect(m_comparison, &ComparisonView::contextMenuRequested, this,
            [addReviewActions](int, QMenu *menu) { addReviewActions(menu); });
    connect(m_collation, &CollationView::contextMenuRequested, this,
            [addReviewActions](int, QMenu *menu) { addReviewActions(menu); });
    connect(m_differenceTable, &QWidget::customContextMenuRequested, this, [this, addReviewActions](const QPoint &pos) {
        if (!m_differenceTable->indexAt(pos).isValid())
            return;
        QMenu menu;
        addReviewActions(&menu);
        menu.exec(m_differenceTable->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::reviewTargets(QList<Annotation> *edits) const
{
    if (!m_placer)
        return;
    const QList<Annotation> &all = m_annotations->annotations();
    if (m_views->currentWidget() == m_collation) {
        const int location = m_collation->currentLocation();
        if (location < 0)
            return;
        const int existing = m_locationAnnotation.value(location, -1);
        edits->append(existing >= 0 ? all[existing] : m_placer->forLocation(m_collation->collation(), location));
        return;
    }
    if (m_currentMatch < 0)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_differenceTable->selectionModel()->selectedRows())
        rows.append(differenceRow(index));
    if (rows.isEmpty() && m_comparison->currentDifference() >= 0)
        rows.append(m_comparison->currentDifference());
    std::sort(rows.begin(), rows.end());
    const PassageComparison &passage = m_matches.passages.at(m_currentMatch);
    for (int row : std::as_const(rows)) {
        const int existing = m_differenceAnnotation.value(row, -1);
        edits->append(existing >= 0 ? all[existing] : m_placer->forDifference(passage, row));
    }
}

void MainWindow::editTargets(const std::function<void(Annotation &)> &change,
                             const std::function<QString(int)> &description)
{
    QList<Annotation> edits;
    reviewTargets(&edits);
    if (edits.isEmpty()) {
        statusBar()->showMessage(tr("Select a difference or a variant location first."), 5000);
        return;
    }
    for (Annotation &a : edits) {
        change(a);
        a.modified = QDateTime::currentDateTimeUtc();
    }
    m_annotations->edit(edits, [description, n = int(edits.size())] { return description(n); });
}

void MainWindow::setStatus(ReviewStatus status)
{
    editTargets([status](Annotation &a) { a.status = status; }, [status](int n) {
        return tr("Mark %n difference(s) as %1", nullptr, n).arg(ReviewStyle::name(status));
    });
}

void MainWindow::setComment(const QString &comment)
{
    editTargets([&comment](Annotation &a) { a.comment = comment; },
                [](int n) { return tr("Comment on %n difference(s)", nullptr, n); });
}

void MainWindow::editCommentRequested()
{
    QList<Annotation> edits;
    reviewTargets(&edits);
    if (edits.isEmpty()) {
        statusBar()->showMessage(tr("Select a difference or a variant location first."), 5000);
        return;
    }
    CommentDialog dialog(edits.first().readings(), edits.first().comment, this);
    if (dialog.exec() == QDialog::Accepted)
        setComment(dialog.comment());
}

void MainWindow::refreshAnnotations()
{
    const QList<Annotation> &all = m_annotations->annotations();
    const Collation *collation = m_collatedGroup >= 0 ? &m_collation->collation() : nullptr;
    m_placements = m_placer ? m_placer->place(all, m_matches.passages, collation)
                            : QList<Placement>(all.size(), Placement{});
    m_differenceAnnotation = QList<int>(m_comparison->differenceCount(), -1);
    m_locationAnnotation = QList<int>(m_collation->locationCount(), -1);
    QList<std::optional<Annotation>> rows(m_differenceAnnotation.size());
    QList<std::optional<Annotation>> locations(m_locationAnnotation.size());
    QList<AnnotationListView::Entry> entries;
    const auto pageName = [this](const QString &path) {
        for (int i = 0; i < m_library->pages().size(); ++i) {
            if (m_library->page(i).source.path == path)
                return m_library->pageName(i);
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
                const PassageComparison &passage = m_matches.passages[p.passage];
                const Difference &d = passage.differences[p.item];
                entry.where = tr("Difference %1, lines %2 / %3")
                                  .arg(p.item + 1)
                                  .arg(d.lines[SideA].text(), d.lines[SideB].text());
                if (p.passage == m_currentMatch && p.item < rows.size()) {
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
                const auto &pagesOpen = m_library->pages();
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
    if (m_placer) {
        for (int i = 0; i < all.size(); ++i) {
            if (m_placements[i].state == Placement::State::Orphaned || all[i].target != Annotation::Target::Difference)
                continue;
            if (m_currentMatch >= 0 && m_currentMatch < m_matches.passages.size()
                && !(m_placements[i].state == Placement::State::Attached && m_placements[i].passage == m_currentMatch))
                if (const auto d = m_placer->sameReading(all[i], m_matches.passages[m_currentMatch]);
                    d && *d < rows.size() && !rows[*d]) {
                    rows[*d] = all[i];
                    m_differenceAnnotation[*d] = i;
                }
            if (collation)
                if (const auto l = m_placer->sameReading(all[i], *collation); l && *l < locations.size() && !locations[*l]) {
                    locations[*l] = all[i];
                    m_locationAnnotation[*l] = i;
                }
        }
    }
    m_differences->setAnnotations(rows);
    m_comparison->setAnnotations(rows);
    m_collation->setAnnotations(locations);
    m_annotationList->setEntries(entries);
    const int orphaned = m_annotationList->orphanedCount();
    m_views->setTabText(m_views->indexOf(m_annotationList),
                        orphaned > 0 ? tr("&Annotations (%1, %2 orphaned)").arg(all.size()).arg(orphaned)
                                     : tr("&Annotations (%1)").arg(all.size()));
    emit annotationsPlaced();
}

void MainWindow::goToAnnotation(int index)
{
    if (index < 0 || index >= m_placements.size())
        return;
    const Placement &p = m_placements[index];
    if (p.state != Placement::State::Attached) {
        statusBar()->showMessage(p.state == Placement::State::Hidden
                                     ? tr("This annotation's difference is not shown with the current options or pages.")
                                     : tr("This annotation is orphaned: what it was made on is gone."),
                                 5000);
        return;
    }
    if (p.passage >= 0) {
        compareMatch(p.passage);
        m_comparison->setCurrentDifference(p.item);
    } else {
        m_views->setCurrentWidget(m_collation);
        m_collation->setCurrentLocation(p.item);
    }
}

void MainWindow::workChanged()
{
    m_workChanged = true;
    updateTitle();
    if (!m_annotations->annotations().isEmpty() || !m_annotations->undoStack()->isClean())
        m_autosaveTimer->start();
}

bool MainWindow::isModified() const
{
    // Opening pages and changing options is work worth saving in a project, or when
    // there are annotations; otherwise nobody needs to be asked about it.
    return !m_annotations->undoStack()->isClean()
        || (m_workChanged && (!m_projectPath.isEmpty() || !m_annotations->annotations().isEmpty()));
}

void MainWindow::updateTitle()
{
    const QString name = m_projectPath.isEmpty() ? tr("Untitled") : QFileInfo(m_projectPath).fileName();
    setWindowTitle(tr("Jiaokan — %1[*]").arg(name));
    setWindowModified(isModified());
}

Project MainWindow::currentProject() const
{
    Project project;
    for (const ReflowedPage &page : m_library->pages()) {
        const PageText &source = page.source;
        // Pages that came from no file (pasted, dropped text) keep their text in the project.
        const bool fromFile = QDir::isAbsolutePath(source.path);
        project.pages.append({source.path, source.digest, source.encoding,
                              fromFile ? std::nullopt : std::optional(source.lines.join(u'\n')), source.label});
    }
    // Pages of the project that could not be opened stay in it, with their annotations.
    const auto listed = [&](const QString &path) {
        return std::any_of(project.pages.begin(), project.pages.end(), [&](const Project::Page &p) { return p.path == path; });
    };
    for (const Project::Page &missing : m_missingPages) {
        if (!listed(missing.path))
            project.pages.append(missing);
    }
    for (const Annotation &a : m_annotations->annotations()) {
        for (const Annotation::Anchor &anchor : a.anchors) {
            if (!listed(anchor.page))
                project.pages.append({anchor.page, {}, {}, std::nullopt});
        }
    }
    project.options = m_options;
    if (m_currentMatch >= 0) {
        const PassageComparison &p = m_matches.passages.at(m_currentMatch);
        project.comparison = Project::Comparison{{p.page[SideA], p.page[SideB]}, p.lines[SideA].first.value};
    }
    if (m_collatedGroup >= 0 && m_collation->collation().witnesses.size() > 0) {
        const Collation &c = m_collation->collation();
        Project::CollationChoice choice;
        for (const Collation::Witness &w : c.witnesses)
            choice.witnesses.append(w.page);
        choice.base = c.witnesses[c.base].page;
        project.collation = choice;
    }
    project.annotations = m_annotations->annotations();
    return project;
}

bool MainWindow::openProject(const QString &path, OutsidePages outside)
{
    QString error;
    auto project = ProjectFile::load(path, &error);
    if (!project) {
        reportProblem(tr("The project could not be opened"), tr("%1\n\nThe file has not been changed.").arg(error));
        return false;
    }
    // Whatever is opening or comparing belongs to the pages being closed (twice: the
    // first call cancels the opening, the second the comparison).
    cancelComparison();
    cancelComparison();
    QStringList refused;
    if (outside != OutsidePages::Open)
        refused = ProjectFile::pagesOutsideFolder(*project, path);
    if (outside == OutsidePages::Ask) {
        const QStringList trusted = trustedOutside(path);
        refused.removeIf([&](const QString &page) { return trusted.contains(page); });
        if (!refused.isEmpty() && askToOpenOutside(path, refused)) {
            trustOutside(path, refused);
            refused.clear();
        }
    }
    const QList<ProjectFile::LoadedPage> loaded = ProjectFile::loadPages(*project, refused);
    QStringList problems;
    QList<ReflowedPage> pages;
    m_missingPages.clear();
    // The project's page numbers, as the library will number the pages that open.
    QList<int> renumbered;
    for (int i = 0; i < loaded.size(); ++i) {
        if (!loaded[i].problem.isEmpty())
            problems.append(loaded[i].problem);
        if (loaded[i].text) {
            renumbered.append(int(pages.size()));
            PageText text = *loaded[i].text;
            text.label = project->pages[i].label;
            pages.append(ReflowedPage::analyze(std::move(text)));
        } else {
            renumbered.append(-1);
            m_missingPages.append(project->pages[i]);
        }
    }
    const auto renumber = [&](int page) { return renumbered.value(page, -1); };
    if (project->comparison) {
        for (int &page : project->comparison->pages)
            page = renumber(page);
    }
    if (project->collation) {
        for (int &page : project->collation->witnesses)
            page = renumber(page);
        project->collation->base = renumber(project->collation->base);
    }

    m_library->clearPages();
    m_readerPane->showPage(nullptr, -1);
    m_comparison->clear();
    m_collation->clear();
    m_differences->setDifferences({});
    m_matches = {};
    m_groups.clear();
    m_currentMatch = m_collatedGroup = -1;
    m_annotations->reset(project->annotations);
    m_options = project->options;
    for (const auto &[action, member] : std::as_const(m_optionActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_options.*member);
    }
    {
        const QSignalBlocker blocker(m_wordGranularity);
        m_wordGranularity->setChecked(m_options.granularity == CompareOptions::Granularity::Word);
    }
    m_projectPath = project->recoveryOf.isEmpty() ? path : project->recoveryOf;
    m_pendingView = *project;
    if (pages.isEmpty()) {
        fillMatchList();
        refreshAnnotations();
    } else {
        addPages(std::move(pages));
    }
    m_workChanged = false;
    updateTitle();
    if (!problems.isEmpty())
        reportProblem(tr("Some pages of the project were not opened or have changed"), problems.join(u'\n'));
    statusBar()->showMessage(tr("Opened %1: %n annotation(s)", nullptr, int(project->annotations.size()))
                                 .arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::applyProjectView()
{
    const Project view = *std::exchange(m_pendingView, std::nullopt);
    if (view.collation && view.collation->base >= 0) {
        for (int g = 0; g < m_groups.size(); ++g) {
            const StoryGroup &group = m_groups[g];
            const auto member = std::find_if(group.members.begin(), group.members.end(),
                                             [&](const StoryGroup::Member &m) { return m.page == view.collation->base; });
            const bool same = member != group.members.end()
                && std::all_of(view.collation->witnesses.begin(), view.collation->witnesses.end(), [&](int page) {
                       return std::any_of(group.members.begin(), group.members.end(),
                                          [&](const StoryGroup::Member &m) { return m.page == page; });
                   });
            if (same) {
                showCollation(g, int(member - group.members.begin()));
                break;
            }
        }
    }
    if (view.comparison) {
        int best = -1;
        for (int i = 0; i < m_matches.passages.size(); ++i) {
            const PassageComparison &p = m_matches.passages[i];
            if (p.page[SideA] == view.comparison->pages[0] && p.page[SideB] == view.comparison->pages[1]
                && (best < 0 || std::abs(p.lines[SideA].first.value - view.comparison->line)
                                    < std::abs(m_matches.passages[best].lines[SideA].first.value - view.comparison->line)))
                best = i;
        }
        // The collation stays in front if it was shown; the comparison is ready behind it.
        QWidget *front = m_views->currentWidget();
        if (best >= 0)
            compareMatch(best);
        if (view.collation && m_collatedGroup >= 0)
            m_views->setCurrentWidget(front);
    }
}

bool MainWindow::saveProject(const QString &path)
{
    QString error;
    if (!ProjectFile::save(currentProject(), path, &error)) {
        reportProblem(tr("The project could not be saved"), error);
        return false;
    }
    m_projectPath = QFileInfo(path).absoluteFilePath();
    // The pages this user has open are theirs: opening this project again need not ask.
    trustOutside(m_projectPath, ProjectFile::pagesOutsideFolder(currentProject(), m_projectPath));
    m_annotations->undoStack()->setClean();
    m_workChanged = false;
    m_autosaveTimer->stop();
    discardRecovery();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(m_projectPath), 5000);
    return true;
}

bool MainWindow::saveRequested(bool choosePath)
{
    QString path = m_projectPath;
    if (choosePath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save project"), path,
                                            tr("Jiaokan projects (*.jiaokan);;All files (*)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".jiaokan");
    }
    return saveProject(path);
}

void MainWindow::openProjectRequested()
{
    if (isModified()
        && QMessageBox::question(this, tr("Open project"),
                                 tr("The open work has unsaved changes, which opening a project discards. Go on?"))
               != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Jiaokan projects (*.jiaokan);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

QString MainWindow::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery.jiaokan");
}

bool MainWindow::hasRecovery()
{
    return QFileInfo::exists(recoveryPath());
}

bool MainWindow::writeRecovery()
{
    if (!isModified())
        return false;
    Project project = currentProject();
    project.recoveryOf = m_projectPath;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QString error;
    if (!ProjectFile::save(project, recoveryPath(), &error)) {
        statusBar()->showMessage(tr("The recovery copy could not be written: %1").arg(error), 10000);
        return false;
    }
    return true;
}

bool MainWindow::restoreRecovery()
{
    // Written by this app from the user's own pages, which lie elsewhere.
    if (!openProject(recoveryPath(), OutsidePages::Open))
        return false;
    // What was restored is not saved anywhere but in the recovery copy.
    m_workChanged = true;
    if (m_projectPath == recoveryPath())
        m_projectPath.clear();
    updateTitle();
    setWindowModified(true);
    return true;
}

void MainWindow::discardRecovery()
{
    QFile::remove(recoveryPath());
}

} // namespace Jiaokan::App

namespace Jiaokan::App {

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
    return reportWith(options);
}

ReportDocument MainWindow::reportWith(ReportOptions options) const
{
    options.compare = m_options;
    const auto annotationsOf = [this](const QList<int> &indexes) {
        QList<std::optional<Annotation>> list;
        for (int i : indexes)
            list.append(i >= 0 ? std::optional(m_annotations->annotations().value(i)) : std::nullopt);
        return list;
    };
    if (m_views->currentWidget() == m_collation && m_collatedGroup >= 0 && !m_collation->collation().witnesses.isEmpty())
        return CollationReport::build(m_collation->collation(), m_matches.pages, annotationsOf(m_locationAnnotation), options);
    if (m_currentMatch < 0 || m_matches.pages.empty())
        return {};
    const PassageComparison &p = m_matches.passages.at(m_currentMatch);
    return ComparisonReport::build({{m_matches.pages[size_t(p.page[SideA])], m_matches.pages[size_t(p.page[SideB])], p,
                                     annotationsOf(m_differenceAnnotation)}},
                                   options);
}

} // namespace Jiaokan::App
