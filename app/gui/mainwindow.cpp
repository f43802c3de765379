#include "mainwindow.h"

#include "pagelibrarymodel.h"
#include "readerview.h"

#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new PageLibraryModel(this))
{
    setWindowTitle(tr("Jiaokan"));
    auto *splitter = new QSplitter(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setAccessibleName(tr("Open pages and their stories"));
    m_tree->setModel(m_library);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_reader = new ReaderView(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    createActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelection);
    resize(1200, 800);
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

} // namespace Jiaokan::App
