#pragma once

#include "diff/compareoptions.h"
#include "match/passagefinder.h"

#include <QMainWindow>

class QAction;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace Jiaokan::App {

class ComparisonView;
class DifferenceTableModel;
class PageLibraryModel;
class ReaderView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Loads each file; a file that cannot be read is reported and the rest still open.
    void openFiles(const QStringList &paths);
    void openSamples();
    PageLibraryModel *library() const { return m_library; }
    // The passages the open pages share, as last found (PassageComparison::page
    // indexes the library's pages).
    const QList<Core::PassageComparison> &matches() const { return m_matches.passages; }
    // Shows the index-th shared passage side by side.
    void compareMatch(int index);
    const Core::CompareOptions &options() const { return m_options; }

private:
    void createActions();
    void openRequested();
    void showSelection();
    void findMatches();
    void fillMatchList();
    void setOption(bool Core::CompareOptions::*option, bool value);
    void stepDifference(int delta);
    void showCurrentDifference(int index);
    void updateStatus();

    PageLibraryModel *m_library = nullptr;
    QTreeView *m_tree = nullptr;
    QTreeWidget *m_matchList = nullptr;
    QTabWidget *m_views = nullptr;
    ReaderView *m_reader = nullptr;
    ComparisonView *m_comparison = nullptr;
    DifferenceTableModel *m_differences = nullptr;
    QTableView *m_differenceTable = nullptr;
    QAction *m_showFurniture = nullptr;
    Core::CompareOptions m_options;
    Core::PassageFinder::Result m_matches;
    int m_currentMatch = -1;
};

} // namespace Jiaokan::App
