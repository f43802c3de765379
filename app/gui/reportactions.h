#pragma once

#include "report/reportmarkup.h"
#include "report/reportoptions.h"
#include "reportprinter.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace Jiaokan::App {

// File ▸ Print preview, Print, Export PDF and HTML, Page setup and Report contents:
// the report of what the window shows (a comparison or a collation), which report()
// makes with the options given.
class ReportActions final : public QObject
{
    Q_OBJECT
public:
    ReportActions(std::function<Core::ReportDocument(const Core::ReportOptions &)> report, QMainWindow *window);

    void addTo(QMenu *file);
    void retranslate();

    // What a report shows (all differences, the annotated, one status; printed pages).
    const Core::ReportOptions &options() const { return m_options; }
    void setFilter(Core::ReportOptions::Filter filter, Core::ReviewStatus status = {});
    // Writes the report to path (PDF or HTML by its suffix); false, and said, when
    // there is nothing to report or it cannot be written.
    bool exportTo(const QString &path);

signals:
    void problem(const QString &title, const QString &text);

private:
    void print(bool preview);
    void exportRequested(bool pdf);
    Core::ReportDocument report(bool forPrint) const;
    void say(const QString &text) const;

    std::function<Core::ReportDocument(const Core::ReportOptions &)> m_report;
    QMainWindow *m_window;
    Core::ReportOptions m_options;
    ReportPrinter::PageSetup m_pageSetup;
    // Each action with the words it is named by, set again on a change of language.
    QList<std::pair<QAction *, std::function<QString()>>> m_named;
    QMenu *m_contents = nullptr;
};

} // namespace Jiaokan::App
