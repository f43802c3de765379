#pragma once

#include "analysis/compareoptions.h"
#include "project/project.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace Jiaokan::Core {
struct Collation;
}

namespace Jiaokan::App {

class AnnotationStore;
class Workspace;

// The open work as a project: saving it, opening one in its place (asking before it
// opens pages outside its folder), whether anything is unsaved, and the recovery copy
// written a few seconds after each edit.
class ProjectController final : public QObject
{
    Q_OBJECT
public:
    // Pages outside the project's folder: Ask opens them when the user agrees, or
    // without asking when this user saved or accepted them before in this project.
    enum class OutsidePages { Ask, Open, Skip };

    // shownCollation: the collation in view, or null.
    ProjectController(Workspace *work, AnnotationStore *annotations,
                      std::function<const Core::Collation *()> shownCollation, QWidget *window);

    // The open pages, options, what is compared and collated, and the annotations.
    Core::Project currentProject() const;
    // Problems are reported; false when nothing was done.
    bool open(const QString &path, OutsidePages outside = OutsidePages::Ask);
    bool save(const QString &path);
    // File ▸ Save (choosePath: Save as); false when not saved.
    bool saveRequested(bool choosePath);
    void openRequested();
    QString path() const { return m_path; }
    // The comparison and collation of the project last opened, until its pages are compared.
    std::optional<Core::Project> takePendingView() { return std::exchange(m_pendingView, std::nullopt); }
    bool hasPendingView() const { return m_pendingView.has_value(); }

    // Unsaved annotation edits (or other changes to a saved project).
    bool isModified() const;
    // What closing now would lose: the annotations, pasted pages, the names given to pages.
    QStringList unsavedWork() const;
    // Pages, options or names changed: worth saving.
    void workChanged();
    void updateTitle();

    static QString recoveryPath();
    static bool hasRecovery();
    bool writeRecovery();
    bool restoreRecovery();
    static void discardRecovery();

signals:
    void titleChanged(const QString &title, bool modified);
    void problem(const QString &title, const QString &text);
    void message(const QString &text);
    // A project's pages are about to replace what is open, compared with options.
    void aboutToReplace(const Core::CompareOptions &options);

private:
    bool askToOpenOutside(const QString &projectPath, const QStringList &pages);
    static QStringList trustedOutside(const QString &projectPath);
    static void trustOutside(const QString &projectPath, const QStringList &pages);

    Workspace *m_work;
    AnnotationStore *m_annotations;
    std::function<const Core::Collation *()> m_shownCollation;
    QWidget *m_window;
    QTimer *m_autosaveTimer = nullptr;
    QString m_path;
    // Project pages that could not be opened: kept in the project, with their annotations.
    QList<Core::Project::Page> m_missingPages;
    std::optional<Core::Project> m_pendingView;
    bool m_workChanged = false;
};

} // namespace Jiaokan::App
