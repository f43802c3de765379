#include "projectcontroller.h"

#include "annotationstore.h"
#include "pagelibrarymodel.h"
#include "workspace.h"

#include "collate/collation.h"
#include "project/projectfile.h"
#include "stories/reflowedpage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

namespace {
// Project file → the pages outside its folder this user saved in it or agreed to open.
const QString TrustedOutsideKey = QStringLiteral("projects/trustedOutsidePages");
} // namespace

ProjectController::ProjectController(Workspace *work, AnnotationStore *annotations,
                                     std::function<const Collation *()> shownCollation, QWidget *window)
    : QObject(window)
    , m_work(work)
    , m_annotations(annotations)
    , m_shownCollation(std::move(shownCollation))
    , m_window(window)
    , m_autosaveTimer(new QTimer(this))
{
    // A recovery copy a few seconds after the last edit: at most that much is lost.
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(3000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectController::writeRecovery);
    connect(m_work, &Workspace::changed, this, &ProjectController::workChanged);
    connect(m_annotations, &AnnotationStore::changed, this, &ProjectController::workChanged);
    connect(m_annotations->undoStack(), &QUndoStack::cleanChanged, this, &ProjectController::updateTitle);
}

bool ProjectController::askToOpenOutside(const QString &projectPath, const QStringList &pages)
{
    QMessageBox box(QMessageBox::Question, tr("Open project"),
                    tr("The project %1 opens %n file(s) outside its folder. A project from someone else "
                       "could name any file on this computer. Open them?", nullptr, int(pages.size()))
                        .arg(QFileInfo(projectPath).fileName()),
                    QMessageBox::NoButton, m_window);
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

QStringList ProjectController::trustedOutside(const QString &projectPath)
{
    return QSettings().value(TrustedOutsideKey).toMap().value(QFileInfo(projectPath).absoluteFilePath()).toStringList();
}

void ProjectController::trustOutside(const QString &projectPath, const QStringList &pages)
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

QStringList ProjectController::unsavedWork() const
{
    QStringList unsaved;
    if (isModified() && (!m_annotations->annotations().isEmpty() || !m_annotations->undoStack()->isClean()))
        unsaved.append(tr("the annotations"));
    if (m_workChanged) {
        int pasted = 0;
        bool named = false;
        for (const ReflowedPage &page : m_work->library()->pages()) {
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

void ProjectController::workChanged()
{
    m_workChanged = true;
    updateTitle();
    if (!m_annotations->annotations().isEmpty() || !m_annotations->undoStack()->isClean())
        m_autosaveTimer->start();
}

bool ProjectController::isModified() const
{
    // Opening pages and changing options is work worth saving in a project, or when
    // there are annotations; otherwise nobody needs to be asked about it.
    return !m_annotations->undoStack()->isClean()
        || (m_workChanged && (!m_path.isEmpty() || !m_annotations->annotations().isEmpty()));
}

void ProjectController::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    emit titleChanged(tr("Jiaokan — %1[*]").arg(name), isModified());
}

Project ProjectController::currentProject() const
{
    Project project;
    for (const ReflowedPage &page : m_work->library()->pages()) {
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
                project.pages.append({anchor.page, {}, {}, std::nullopt, {}});
        }
    }
    project.options = m_work->options();
    for (const ChosenComparisons::Choice &choice : m_work->chosen().choices()) {
        std::array<Project::ChosenSide, 2> sides;
        for (Side s : {SideA, SideB})
            sides[s] = {choice[s].page, choice[s].firstRank, choice[s].lastRank, choice[s].firstOffset, choice[s].lastEnd};
        project.chosen.append(sides);
    }
    if (const int shown = m_work->shownPassage(); shown >= 0) {
        const PassageComparison &p = m_work->passages().at(shown);
        project.comparison = Project::Comparison{{p.page[SideA], p.page[SideB]}, p.lines[SideA].first.value};
    }
    if (const Collation *shown = m_shownCollation(); shown && shown->witnesses.size() > 0) {
        const Collation &c = *shown;
        Project::CollationChoice choice;
        for (const Collation::Witness &w : c.witnesses)
            choice.witnesses.append(w.page);
        choice.base = c.witnesses[c.base].page;
        project.collation = choice;
    }
    project.annotations = m_annotations->annotations();
    return project;
}

bool ProjectController::open(const QString &path, OutsidePages outside)
{
    QString error;
    auto project = ProjectFile::load(path, &error);
    if (!project) {
        emit problem(tr("The project could not be opened"), tr("%1\n\nThe file has not been changed.").arg(error));
        return false;
    }
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

    // Comparisons of a page that did not open are dropped with it.
    QList<ChosenComparisons::Choice> chosen;
    for (const auto &sides : std::as_const(project->chosen)) {
        ChosenComparisons::Choice choice;
        for (Side s : {SideA, SideB})
            choice[s] = {renumber(sides[s].page), sides[s].firstRank, sides[s].lastRank, sides[s].firstOffset,
                         sides[s].lastEnd};
        if (choice[SideA].page >= 0 && choice[SideB].page >= 0)
            chosen.append(choice);
    }

    emit aboutToReplace(project->options);
    m_work->clear(project->options);
    m_work->setChosen(chosen);
    m_annotations->reset(project->annotations);
    m_path = project->recoveryOf.isEmpty() ? path : project->recoveryOf;
    m_pendingView = *project;
    if (pages.isEmpty())
        m_work->findMatches();   // nothing to find: the lists are emptied
    else
        m_work->addPages(std::move(pages));
    m_workChanged = false;
    updateTitle();
    if (!problems.isEmpty())
        emit problem(tr("Some pages of the project were not opened or have changed"), problems.join(u'\n'));
    emit message(tr("Opened %1: %n annotation(s)", nullptr, int(project->annotations.size()))
                     .arg(QFileInfo(path).fileName()));
    return true;
}

bool ProjectController::save(const QString &path)
{
    QString error;
    if (!ProjectFile::save(currentProject(), path, &error)) {
        emit problem(tr("The project could not be saved"), error);
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    // The pages this user has open are theirs: opening this project again need not ask.
    trustOutside(m_path, ProjectFile::pagesOutsideFolder(currentProject(), m_path));
    m_annotations->undoStack()->setClean();
    m_workChanged = false;
    m_autosaveTimer->stop();
    discardRecovery();
    updateTitle();
    emit message(tr("Saved %1").arg(m_path));
    return true;
}

bool ProjectController::saveRequested(bool choosePath)
{
    QString path = m_path;
    if (choosePath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_window, tr("Save project"), path,
                                            tr("Jiaokan projects (*.jiaokan);;All files (*)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".jiaokan");
    }
    return save(path);
}

void ProjectController::openRequested()
{
    if (isModified()
        && QMessageBox::question(m_window, tr("Open project"),
                                 tr("The open work has unsaved changes, which opening a project discards. Go on?"))
               != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"), QString(),
                                                      tr("Jiaokan projects (*.jiaokan);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

QString ProjectController::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery.jiaokan");
}

bool ProjectController::hasRecovery()
{
    return QFileInfo::exists(recoveryPath());
}

bool ProjectController::writeRecovery()
{
    if (!isModified())
        return false;
    Project project = currentProject();
    project.recoveryOf = m_path;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QString error;
    if (!ProjectFile::save(project, recoveryPath(), &error)) {
        emit message(tr("The recovery copy could not be written: %1").arg(error));
        return false;
    }
    return true;
}

bool ProjectController::restoreRecovery()
{
    // Written by this app from the user's own pages, which lie elsewhere.
    if (!open(recoveryPath(), OutsidePages::Open))
        return false;
    // What was restored is not saved anywhere but in the recovery copy.
    m_workChanged = true;
    if (m_path == recoveryPath())
        m_path.clear();
    updateTitle();
    emit titleChanged(tr("Jiaokan — %1[*]").arg(tr("Untitled")), true);
    return true;
}

void ProjectController::discardRecovery()
{
    QFile::remove(recoveryPath());
}

} // namespace Jiaokan::App
