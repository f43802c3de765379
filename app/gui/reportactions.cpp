#include "reportactions.h"

#include "reportfigures.h"
#include "reviewstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

ReportActions::ReportActions(std::function<ReportDocument(const ReportOptions &)> report, QMainWindow *window)
    : QObject(window), m_report(std::move(report)), m_window(window)
{
}

void ReportActions::addTo(QMenu *file)
{
    const auto add = [&](const char *name, std::function<QString()> text, std::function<void()> run) {
        QAction *action = file->addAction(QString(), this, std::move(run));
        action->setObjectName(QString::fromLatin1(name));
        m_named.append({action, std::move(text)});
        return action;
    };
    add("printPreviewAction", [] { return tr("Print pre&view…"); }, [this] { print(true); });
    add("printAction", [] { return tr("&Print…"); }, [this] { print(false); })->setShortcut(QKeySequence::Print);
    add("exportPdfAction", [] { return tr("Export P&DF…"); }, [this] { exportRequested(true); });
    add("exportHtmlAction", [] { return tr("Export &HTML…"); }, [this] { exportRequested(false); });
    add("pageSetupAction", [] { return tr("Page set&up…"); }, [this] {
        QPrinter printer;
        printer.setPageSize(QPageSize(m_pageSetup.size));
        printer.setPageOrientation(m_pageSetup.orientation);
        QPageSetupDialog dialog(&printer, m_window);
        if (dialog.exec() == QDialog::Accepted) {
            m_pageSetup.size = printer.pageLayout().pageSize().id();
            m_pageSetup.orientation = printer.pageLayout().orientation();
        }
    });
    // What a report shows: every difference, the annotated ones, or one status.
    m_contents = file->addMenu(QString());
    auto *group = new QActionGroup(m_contents);
    const auto addFilter = [&](std::function<QString()> text, ReportOptions::Filter filter, ReviewStatus status) {
        QAction *a = m_contents->addAction(QString(), this, [this, filter, status] { setFilter(filter, status); });
        a->setCheckable(true);
        a->setChecked(filter == ReportOptions::Filter::All);
        group->addAction(a);
        m_named.append({a, std::move(text)});
    };
    addFilter([] { return tr("&All differences"); }, ReportOptions::Filter::All, ReviewStatus::Unreviewed);
    addFilter([] { return tr("A&nnotated differences only"); }, ReportOptions::Filter::Annotated,
              ReviewStatus::Unreviewed);
    for (int i = 0; i < ReviewStatusCount; ++i) {
        const auto status = ReviewStatus(i);
        addFilter([status] { return tr("Only “%1”").arg(ReviewStyle::name(status)); }, ReportOptions::Filter::Status,
                  status);
    }
    m_contents->addSeparator();
    QAction *printed = m_contents->addAction(QString(), this, [this](bool on) { m_options.printedPages = on; });
    printed->setObjectName(QStringLiteral("reportPrintedPagesAction"));
    printed->setCheckable(true);
    m_named.append({printed, [] { return tr("&Printed pages with the differences marked"); }});
    retranslate();
}

void ReportActions::retranslate()
{
    for (const auto &[action, text] : std::as_const(m_named))
        action->setText(text());
    if (m_contents)
        m_contents->setTitle(tr("Report &contents"));
}

void ReportActions::setFilter(ReportOptions::Filter filter, ReviewStatus status)
{
    m_options.filter = filter;
    m_options.status = status;
}

ReportDocument ReportActions::report(bool forPrint) const
{
    ReportOptions options = m_options;
    options.forPrint = forPrint;
    options.printed = QDateTime::currentDateTime();
    return m_report(options);
}

void ReportActions::say(const QString &text) const
{
    m_window->statusBar()->showMessage(text, 5000);
}

void ReportActions::print(bool preview)
{
    const ReportDocument document = report(true);
    if (document.html.isEmpty()) {
        say(tr("Choose a comparison or a collation to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(m_pageSetup.size));
    printer.setPageOrientation(m_pageSetup.orientation);
    printer.setDocName(document.title);
    const auto draw = [&document](QPrinter *device) { ReportPrinter::print(document, device); };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.resize(900, 1000);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, draw);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        draw(&printer);
}

void ReportActions::exportRequested(bool pdf)
{
    if (report(false).html.isEmpty()) {
        say(tr("Choose a comparison or a collation to export."));
        return;
    }
    const QString filter = pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html)");
    QString path = QFileDialog::getSaveFileName(m_window, pdf ? tr("Export PDF") : tr("Export HTML"), QString(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path);
}

bool ReportActions::exportTo(const QString &path)
{
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const ReportDocument document = report(pdf);
    if (document.html.isEmpty()) {
        say(tr("Choose a comparison or a collation to export."));
        return false;
    }
    QString error;
    if (pdf) {
        int pages = 0;
        if (ReportPrinter::writePdf(document, path, m_pageSetup, &error, &pages)) {
            say(tr("Exported %1 (%n page(s))", nullptr, pages).arg(path));
            return true;
        }
    } else {
        QSaveFile file(path);
        const QByteArray bytes = ReportFigures::embed(document.html, document.figures).toUtf8();
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
            say(tr("Exported %1").arg(path));
            return true;
        }
        error = tr("cannot write %1: %2").arg(path, file.errorString());
    }
    emit problem(tr("The report could not be exported"), error);
    return false;
}

} // namespace Jiaokan::App
