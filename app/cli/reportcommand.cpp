// `report`: the annotated diff as PDF or HTML. Built into jiaokan-report only, which
// links Qt GUI for the page layout; jiaokan-cli hands the command over to it
// (reportforwarding.cpp), so its other commands start without loading Qt GUI.
#include "clicommands.h"
#include "commandline.h"

#include "annotate/annotationplacer.h"
#include "project/projectfile.h"
#include "report/comparisonreport.h"
#include "reportfigures.h"
#include "reportprinter.h"
#include "text/tr.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Jiaokan::Cli {

using namespace Jiaokan::Core;
using App::ReportPrinter;

int CliCommands::report(const QStringList &args)
{
    CommandLine line(QStringLiteral("report"),
                     QStringLiteral("An annotated diff for print."), QStringLiteral("A B [C...]"));
    line.addValue(QStringLiteral("project"),
                  QStringLiteral("FILE.jiaokan"), QStringLiteral("The annotations (and pages) of a project."));
    line.addValue(QStringLiteral("pdf"), QStringLiteral("OUT"), QStringLiteral("Write the report as PDF."));
    line.addValue(QStringLiteral("html"), QStringLiteral("OUT"), QStringLiteral("Write the report as HTML."));
    line.addValue(QStringLiteral("only"),
                  QStringLiteral("annotated|STATUS"), QStringLiteral("Show only those differences."));
    line.addValue(QStringLiteral("paper"),
                  QStringLiteral("a4|letter"), QStringLiteral("The paper size."), QStringLiteral("a4"));
    line.addFlag(QStringLiteral("landscape"), QStringLiteral("Pages wider than high."));
    line.addFlag(QStringLiteral("printed-pages"),
                 QStringLiteral("Show the printed pages of PDFs with the differences marked."));
    line.addCompareOptions();
    if (const int done = parse(line, args); done >= 0)
        return done;
    const auto option = [&](const QString &name) { return line.value(name.mid(2)); };
    const QString pdfPath = option(QStringLiteral("--pdf")), htmlPath = option(QStringLiteral("--html"));
    if (pdfPath.isEmpty() && htmlPath.isEmpty())
        return usage(QStringLiteral("report: give --pdf OUT or --html OUT"));

    ReportOptions reportOptions;
    reportOptions.compare = line.compareOptions();
    if (const QString only = option(QStringLiteral("--only")); !only.isEmpty()) {
        if (only == u"annotated") {
            reportOptions.filter = ReportOptions::Filter::Annotated;
        } else if (const auto status = reviewStatusFromName(only)) {
            reportOptions.filter = ReportOptions::Filter::Status;
            reportOptions.status = *status;
        } else {
            return usage(QStringLiteral("report: --only is annotated or a status, not '%1'").arg(only));
        }
    }
    ReportPrinter::PageSetup setup;
    const QString paper = option(QStringLiteral("--paper")).toLower();
    if (paper == u"letter")
        setup.size = QPageSize::Letter;
    else if (paper != u"a4")
        return usage(QStringLiteral("report: --paper is a4 or letter, not '%1'").arg(paper));
    if (line.isSet(QStringLiteral("landscape")))
        setup.orientation = QPageLayout::Landscape;
    reportOptions.printedPages = line.isSet(QStringLiteral("printed-pages"));

    // The project's annotations, placed on the pages as they are now.
    QList<Annotation> annotations;
    QStringList files;
    for (const QString &file : line.files())
        files.append(QFileInfo(file).absoluteFilePath());
    if (const QString projectPath = option(QStringLiteral("--project")); !projectPath.isEmpty()) {
        QString error;
        const auto project = ProjectFile::load(projectPath, &error);
        if (!project) {
            m_err << "jiaokan-cli: " << error << '\n';
            return BadInput;
        }
        annotations = project->annotations;
        if (!line.compareOptionsGiven())
            reportOptions.compare = project->options;
        if (files.isEmpty()) {
            // The project's own pages; a project from elsewhere must not read any file
            // it names, nor hang on a pipe.
            const QStringList outside = ProjectFile::pagesOutsideFolder(*project, projectPath);
            if (!outside.isEmpty()) {
                m_err << "jiaokan-cli: report: " << projectPath << " names pages outside its folder ("
                      << outside.join(QStringLiteral(", "))
                      << "); name the pages on the command line to use them\n";
                return BadInput;
            }
            for (const Project::Page &page : project->pages) {
                if (page.text)
                    continue;
                if (const QString why = ProjectFile::notAPageFile(page.path); !why.isEmpty()) {
                    m_err << "jiaokan-cli: report: " << why << '\n';
                    return BadInput;
                }
                files.append(page.path);
            }
        }
    }
    if (files.size() < 2)
        return usage(QStringLiteral("report takes two or more FILEs (or a --project with them)"));

    if (!findPassages(QStringLiteral("report"), files, reportOptions.compare, true))
        return BadInput;
    // A report of two texts reports what a diff of them shows.
    if (files.size() == 2 && !compareAsGiven(QStringLiteral("report"), files, reportOptions.compare))
        return BadInput;
    const PassageFinder::Result &result = *m_found;
    const AnnotationPlacer placer(result.paths, result.pages);
    const QList<Placement> placements = placer.place(annotations, result.passages);
    QList<ComparisonReport::Section> sections = ComparisonReport::sectionsOf(result);
    for (int a = 0; a < placements.size(); ++a)
        if (placements[a].state == Placement::State::Attached)
            sections[placements[a].passage].annotations[placements[a].item] = annotations[a];
    if (sections.isEmpty()) {
        m_err << "jiaokan-cli: report: the pages share no passage\n";
        return BadInput;
    }

    if (!htmlPath.isEmpty()) {
        QSaveFile file(htmlPath);
        const ComparisonReport::Document document = ComparisonReport::build(sections, reportOptions);
        const QByteArray html = App::ReportFigures::embed(document.html, document.figures).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
            m_err << "jiaokan-cli: cannot write " << htmlPath << ": " << file.errorString() << '\n';
            return BadInput;
        }
    }
    if (!pdfPath.isEmpty()) {
        reportOptions.forPrint = true;
        const ComparisonReport::Document document = ComparisonReport::build(sections, reportOptions);
        QString error;
        int pages = 0;
        if (!App::ReportPrinter::writePdf(document, pdfPath, setup, &error, &pages)) {
            m_err << "jiaokan-cli: " << error << '\n';
            return BadInput;
        }
        m_out << Core::Tr::tr("%1: %n page(s)", nullptr, pages).arg(pdfPath) << '\n';
    }
    return Success;
}

} // namespace Jiaokan::Cli
