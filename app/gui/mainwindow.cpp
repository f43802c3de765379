#include "mainwindow.h"

#include "comparisonview.h"
#include "differencetablemodel.h"
#include "pagelibrarymodel.h"
#include "readerview.h"

#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

#include <map>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new PageLibraryModel(this))
    , m_differences(new DifferenceTableModel(this))
{
    setWindowTitle(tr("Jiaokan"));
    auto *splitter = new QSplitter(this);
    auto *left = new QSplitter(Qt::Vertical, splitter);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setAccessibleName(tr("Open pages and their stories"));
    m_tree->setModel(m_library);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_matchList = new QTreeWidget(left);
    m_matchList->setObjectName(QStringLiteral("matchList"));
    m_matchList->setAccessibleName(tr("Passages the open pages share"));
    m_matchList->setRootIsDecorated(false);
    m_matchList->setHeaderLabels({tr("Shared passage"), tr("Similarity"), tr("Differences")});
    m_matchList->header()->setStretchLastSection(false);
    m_matchList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_matchList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_matchList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    left->addWidget(m_tree);
    left->addWidget(m_matchList);

    m_views = new QTabWidget(splitter);
    m_views->setObjectName(QStringLiteral("views"));
    m_reader = new ReaderView(m_views);
    m_comparison = new ComparisonView(m_views);
    m_views->addTab(m_reader, tr("&Reader"));
    m_views->addTab(m_comparison, tr("&Compare"));
    splitter->addWidget(left);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 880});
    setCentralWidget(splitter);

    auto *dock = new QDockWidget(tr("Differences"), this);
    dock->setObjectName(QStringLiteral("differencesDock"));
    m_differenceTable = new QTableView(dock);
    m_differenceTable->setObjectName(QStringLiteral("differencesTable"));
    m_differenceTable->setAccessibleName(tr("Differences of the passage"));
    m_differenceTable->setModel(m_differences);
    m_differenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differenceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_differenceTable->verticalHeader()->hide();
    m_differenceTable->horizontalHeader()->setStretchLastSection(false);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::ReadingA, QHeaderView::Stretch);
    m_differenceTable->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::ReadingB, QHeaderView::Stretch);
    dock->setWidget(m_differenceTable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    createActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelection);
    connect(m_matchList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            compareMatch(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_differenceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_comparison->currentDifference())
                    m_comparison->setCurrentDifference(current.row());
            });
    connect(m_comparison, &ComparisonView::currentDifferenceChanged, this, &MainWindow::showCurrentDifference);
    resize(1280, 860);
    statusBar()->showMessage(tr("Open newspaper pages with File ▸ Open, or Help ▸ Sample pages."));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openRequested);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showFurniture = view->addAction(tr("Show page &furniture"));
    m_showFurniture->setObjectName(QStringLiteral("showFurnitureAction"));
    m_showFurniture->setCheckable(true);
    connect(m_showFurniture, &QAction::toggled, m_reader, &ReaderView::setFurnitureVisible);

    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    QToolBar *toolbar = addToolBar(tr("Compare"));
    toolbar->setObjectName(QStringLiteral("compareToolBar"));
    // The keys of diff tools: F7 as in KDiff3 and Beyond Compare, Alt+arrows as in Meld.
    QAction *next = compare->addAction(tr("&Next difference"), this, [this] { stepDifference(+1); });
    next->setObjectName(QStringLiteral("nextDifferenceAction"));
    next->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = compare->addAction(tr("&Previous difference"), this, [this] { stepDifference(-1); });
    previous->setObjectName(QStringLiteral("previousDifferenceAction"));
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    compare->addSeparator();
    struct Option {
        QString name;
        QString text;
        bool CompareOptions::*member;
    };
    const Option ignoreOptions[] = {
        {QStringLiteral("ignoreWidthAction"), tr("Ignore punctuation &width (，/ ,)"), &CompareOptions::ignoreWidth},
        {QStringLiteral("ignorePunctuationAction"), tr("Ignore &punctuation"), &CompareOptions::ignorePunctuation},
        {QStringLiteral("ignoreSpaceAction"), tr("Ignore white &space"), &CompareOptions::ignoreSpace},
        {QStringLiteral("ignoreScriptAction"), tr("Ignore simplified/&traditional"), &CompareOptions::ignoreScript},
    };
    for (const Option &o : ignoreOptions) {
        QAction *action = compare->addAction(o.text);
        action->setObjectName(o.name);
        action->setCheckable(true);
        action->setChecked(m_options.*(o.member));
        connect(action, &QAction::toggled, this, [this, member = o.member](bool on) { setOption(member, on); });
        toolbar->addAction(action);
    }
    compare->addSeparator();
    QAction *words = compare->addAction(tr("Mark whole &words"));
    words->setObjectName(QStringLiteral("wordGranularityAction"));
    words->setCheckable(true);
    connect(words, &QAction::toggled, this, [this](bool on) {
        m_options.granularity = on ? CompareOptions::Granularity::Word : CompareOptions::Granularity::Character;
        findMatches();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Sample pages"), this, &MainWindow::openSamples);
}

void MainWindow::openRequested()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open pages"), QString(),
                                                            tr("Page text (*.txt);;All files (*)"));
    openFiles(paths);
}

void MainWindow::openSamples()
{
    const QDir dir(QStringLiteral(JIAOKAN_SAMPLES_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList errors;
    int firstNew = -1;
    for (const QString &path : paths) {
        QString error;
        auto source = PageLoader::load(path, &error);
        if (!source) {
            errors.append(error);
            continue;
        }
        const int index = m_library->addPage(ReflowedPage::analyze(std::move(*source)));
        if (firstNew < 0)
            firstNew = index;
    }
    if (firstNew >= 0) {
        m_tree->expandAll();
        m_tree->setCurrentIndex(m_library->index(firstNew, 0));
        findMatches();
    }
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Some files could not be opened"), errors.join(u'\n'));
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int page = current.data(PageLibraryModel::PageRole).toInt();
    const int story = current.data(PageLibraryModel::StoryRole).toInt();
    const ReflowedPage &p = m_library->page(page);
    m_reader->showPage(&p, story);
    statusBar()->showMessage(tr("%1 — %2 — %3 blocks, %4 stories")
                                 .arg(p.source.path, p.source.encoding)
                                 .arg(p.blocks.size()).arg(p.stories.size()));
}

void MainWindow::findMatches()
{
    QList<PageText> sources;
    for (const ReflowedPage &p : m_library->pages())
        sources.append(p.source);
    // Keep the user's place: the same pair of pages, the same stretch of page A.
    std::optional<std::pair<std::array<int, SideCount>, qsizetype>> place;
    if (m_currentMatch >= 0 && m_currentMatch < m_matches.passages.size()) {
        const PassageComparison &p = m_matches.passages.at(m_currentMatch);
        place = {{p.page, p.keyStart[SideA]}};
    }
    const int difference = m_comparison->currentDifference();
    m_matches = PassageFinder::run(sources, m_options);
    m_currentMatch = -1;
    fillMatchList();
    if (!place)
        return;
    int best = -1;
    for (int i = 0; i < m_matches.passages.size(); ++i) {
        const PassageComparison &p = m_matches.passages.at(i);
        if (p.page == place->first && (best < 0 || std::abs(p.keyStart[SideA] - place->second)
                                                      < std::abs(m_matches.passages.at(best).keyStart[SideA] - place->second)))
            best = i;
    }
    if (best >= 0) {
        compareMatch(best);
        if (difference >= 0)
            m_comparison->setCurrentDifference(std::min(difference, m_comparison->differenceCount() - 1));
    }
}

void MainWindow::fillMatchList()
{
    const QSignalBlocker blocker(m_matchList);
    m_matchList->clear();
    for (int i = 0; i < m_matches.passages.size(); ++i) {
        const PassageComparison &p = m_matches.passages.at(i);
        const ReflowedPage &a = m_library->page(p.page[SideA]);
        const ReflowedPage &b = m_library->page(p.page[SideB]);
        // Named after the story of page A it lies in, or its opening words.
        QString title;
        for (const Story &s : a.stories)
            if (s.firstLine.value <= p.lines[SideA].first.value && p.lines[SideA].first.value <= s.lastLine.value)
                title = s.headline;
        if (title.isEmpty() && m_matches.pages[size_t(p.page[SideA])])
            title = m_matches.pages[size_t(p.page[SideA])]->diffKey.originalText(a, p.keyStart[SideA],
                                                                                  std::min(p.keyEnd[SideA], p.keyStart[SideA] + 14)) + u'…';
        auto *item = new QTreeWidgetItem(m_matchList);
        item->setText(0, tr("%1 · %2 ↔ %3").arg(title, QFileInfo(a.source.path).completeBaseName(),
                                                 QFileInfo(b.source.path).completeBaseName()));
        item->setToolTip(0, tr("%1, lines %2–%3\n%4, lines %5–%6")
                                .arg(a.source.fileName()).arg(p.lines[SideA].first.value).arg(p.lines[SideA].last.value)
                                .arg(b.source.fileName()).arg(p.lines[SideB].first.value).arg(p.lines[SideB].last.value));
        item->setText(1, QStringLiteral("%1%").arg(p.similarity * 100, 0, 'f', 1));
        item->setText(2, QString::number(p.differences.size()));
        item->setData(0, Qt::UserRole, i);
    }
}

void MainWindow::compareMatch(int index)
{
    if (index < 0 || index >= m_matches.passages.size() || m_matches.pages.empty())
        return;
    const PassageComparison &p = m_matches.passages.at(index);
    const auto a = m_matches.pages[size_t(p.page[SideA])];
    const auto b = m_matches.pages[size_t(p.page[SideB])];
    if (!a || !b)
        return;
    m_currentMatch = index;
    m_comparison->showPassage(a, b, p);
    m_differences->setDifferences(p.differences);
    m_views->setCurrentWidget(m_comparison);
    if (QTreeWidgetItem *item = m_matchList->topLevelItem(index); item && m_matchList->currentItem() != item) {
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
    findMatches();
}

void MainWindow::stepDifference(int delta)
{
    const int count = m_comparison->differenceCount();
    if (count == 0)
        return;
    const int current = m_comparison->currentDifference();
    const int next = current < 0 ? (delta > 0 ? 0 : count - 1) : std::clamp(current + delta, 0, count - 1);
    m_comparison->setCurrentDifference(next);
}

void MainWindow::showCurrentDifference(int index)
{
    const QModelIndex row = m_differences->index(index, 0);
    if (m_differenceTable->currentIndex().row() != index) {
        m_differenceTable->setCurrentIndex(row);
        m_differenceTable->scrollTo(row);
    }
    updateStatus();
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

} // namespace Jiaokan::App
