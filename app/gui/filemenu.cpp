#include "filemenu.h"

#include "projectcontroller.h"
#include "recentfilesmenu.h"
#include "reportactions.h"

#include <QApplication>
#include <QFileDialog>

namespace Jiaokan::App {

FileMenu::FileMenu(ProjectController *projects, ReportActions *reports, QWidget *parent)
    : QMenu(parent)
    , m_reports(reports)
{
    m_texts.add([this] { setTitle(tr("&File")); });
    QAction *open = addAction(QString(), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            parentWidget(), tr("Open pages"), QString(),
            tr("Pages (*.txt *.pdf *.html *.htm *.md);;Page text (*.txt);;PDF (*.pdf);;Web articles (*.html *.htm "
               "*.xhtml *.md *.markdown);;All files (*)"));
        if (!paths.isEmpty())
            emit openRequested(paths);
    });
    m_texts.add([=] { open->setText(tr("&Open…")); });
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder = addAction(QString(), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(parentWidget(), tr("Open a folder of pages"));
        if (!folder.isEmpty())
            emit openRequested({folder});
    });
    m_texts.add([=] { openFolder->setText(tr("Open &folder…")); });
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_recent = new RecentFilesMenu(this);
    addMenu(m_recent);
    QAction *paste = addAction(QString(), this, &FileMenu::pasteRequested);
    m_texts.add([=] { paste->setText(tr("Paste as &new page")); });
    paste->setObjectName(QStringLiteral("pasteAction"));
    paste->setShortcut(QKeySequence::Paste);
    addSeparator();
    QAction *openProject = addAction(QString(), projects, &ProjectController::openRequested);
    m_texts.add([=] { openProject->setText(tr("Open pro&ject…")); });
    openProject->setObjectName(QStringLiteral("openProjectAction"));
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *save = addAction(QString(), projects, [projects] { projects->saveRequested(false); });
    m_texts.add([=] { save->setText(tr("&Save project")); });
    save->setObjectName(QStringLiteral("saveProjectAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = addAction(QString(), projects, [projects] { projects->saveRequested(true); });
    m_texts.add([=] { saveAs->setText(tr("Save project &as…")); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    addSeparator();
    reports->addTo(this);
    reports->retranslate();
    addSeparator();
    QAction *quit = addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_texts.add([=] { quit->setText(tr("&Quit")); });
    quit->setShortcut(QKeySequence::Quit);
}

void FileMenu::retranslate()
{
    m_texts.apply();
    m_recent->retranslate();
    m_reports->retranslate();
}

} // namespace Jiaokan::App
