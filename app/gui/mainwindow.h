#pragma once

#include <QMainWindow>

class QTreeView;
class QAction;

namespace Jiaokan::App {

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

private:
    void createActions();
    void openRequested();
    void showSelection();

    PageLibraryModel *m_library = nullptr;
    QTreeView *m_tree = nullptr;
    ReaderView *m_reader = nullptr;
    QAction *m_showFurniture = nullptr;
};

} // namespace Jiaokan::App
