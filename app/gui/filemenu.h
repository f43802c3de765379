#pragma once

#include "translatedtexts.h"

#include <QMenu>

namespace Jiaokan::App {

class ProjectController;
class RecentFilesMenu;
class ReportActions;

// The File menu: opening pages, a folder, a recent file or pasted text; opening and
// saving projects; printing and exporting (ReportActions); quitting.
class FileMenu final : public QMenu
{
    Q_OBJECT
public:
    FileMenu(ProjectController *projects, ReportActions *reports, QWidget *parent = nullptr);

    RecentFilesMenu *recentMenu() const { return m_recent; }
    void retranslate();

signals:
    // Files or a folder chosen in File ▸ Open or Open folder.
    void openRequested(const QStringList &paths);
    void pasteRequested();

private:
    RecentFilesMenu *m_recent;
    ReportActions *m_reports;
    TranslatedTexts m_texts;
};

} // namespace Jiaokan::App
