#include "clicommands.h"

#include "commandline.h"

#include "layout/documentloader.h"
#include "annotate/annotationplacer.h"
#include "report/collationreport.h"
#include "collate/collator.h"
#include "collate/teiwriter.h"
#include "collate/varianttable.h"
#include "json/collationjson.h"
#include "json/comparisonjson.h"
#include "json/pagejson.h"
#include "util/parallelfor.h"
#include "match/storygroups.h"
#include "json/jsonwriter.h"
#include "match/passagefinder.h"
#include "project/projectfile.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"
#include "text/tr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>

namespace Jiaokan::Cli {

using namespace Jiaokan::Core;

namespace {
const QString UsageText = QStringLiteral(
    "usage: jiaokan-cli reflow [--json] FILE\n"
    "       jiaokan-cli match [--groups] [--json] FILE FILE [FILE...]\n"
    "       jiaokan-cli diff [--json] [--whole] [--ignore LIST] [--granularity char|word] A B\n"
    "       jiaokan-cli collate [--json | --tei | --html | --csv | --tsv] [--base FILE] [--ignore LIST]\n"
    "                           [--granularity char|word] FILE FILE [FILE...]\n"
    "       jiaokan-cli report [--project FILE.jiaokan] (--pdf OUT | --html OUT) [--ignore LIST]\n"
    "                          [--granularity char|word] [--only annotated|STATUS] [--paper a4|letter]\n"
    "                          [--landscape] [--printed-pages] A B [C...]\n"
    "  STATUS: unreviewed, accepted, error-in-a, error-in-b, query\n"
    "  LIST: comma list of width, punctuation, script, space (default width,space)\n");

// One line per difference: line numbers, then the reading in its context.
QString oneLine(QString s)
{
    return s.replace(u'\n', QStringLiteral("¶"));
}

} // namespace

// Large JSON goes out as the UTF-8 it was written in, not through QTextStream.
void CliCommands::writeBytes(const QByteArray &utf8)
{
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(utf8);
    else if (QString *string = m_out.string())
        string->append(QString::fromUtf8(utf8));
    else
        std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

int CliCommands::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "jiaokan-cli: " << message << '\n';
    m_err << UsageText;
    m_err.flush();
    return BadUsage;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage({});
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"reflow")
        return reflow(rest);
    if (command == u"match")
        return match(rest);
    if (command == u"diff")
        return diff(rest);
    if (command == u"collate")
        return collate(rest);
    if (command == u"report")
        return report(rest);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << UsageText;
        return Success;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << "jiaokan-cli " << JIAOKAN_VERSION << '\n';
        return Success;
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

int CliCommands::reflow(const QStringList &args)
{
    CommandLine line(QStringLiteral("reflow"),
                     QStringLiteral("One page into blocks and stories."), QStringLiteral("FILE"));
    line.addFlag(QStringLiteral("json"), QStringLiteral("The blocks and stories as JSON."));
    if (const int done = parse(line, args); done >= 0)
        return done;
    const bool json = line.isSet(QStringLiteral("json"));
    const QStringList files = line.files();
    if (files.size() != 1)
        return usage(QStringLiteral("reflow takes one FILE"));
    QString error;
    auto source = DocumentLoader::load(files.first(), &error, PageLoader::Digest::Skip);
    if (!source) {
        m_err << "jiaokan-cli: " << error << '\n';
        return BadInput;
    }
    const ReflowedPage page = ReflowedPage::analyze(std::move(*source));
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(pageToJson(page)).toJson(QJsonDocument::Indented));
    else
        m_out << page.readingText() << '\n';
    return Success;
}

int CliCommands::match(const QStringList &args)
{
    CommandLine line(QStringLiteral("match"), QStringLiteral("The passages that pages share."),
                     QStringLiteral("FILE FILE [FILE...]"));
    line.addFlag(QStringLiteral("groups"), QStringLiteral("Each shared story once, with every page that prints it."));
    line.addFlag(QStringLiteral("json"), QStringLiteral("As JSON."));
    if (const int done = parse(line, args); done >= 0)
        return done;
    const bool json = line.isSet(QStringLiteral("json"));
    const bool groups = line.isSet(QStringLiteral("groups"));
    const QStringList files = line.files();
    if (files.size() < 2)
        return usage(QStringLiteral("match takes two or more FILEs"));
    // Groups need each story compared along its printings, not every pair of them.
    const PassageFinder::Result result = PassageFinder::run(
        files, CompareOptions{}, nullptr, groups ? PassageFinder::Reach::AlongStories : PassageFinder::Reach::EveryPair);
    if (files.size() - result.failures.size() < 2) {
        m_err << "jiaokan-cli: " << result.failures.first().reason << '\n';
        return BadInput;
    }
    // One unreadable page in a folder of many does not spoil the rest: it is named
    // on standard error and in the JSON's "skipped".
    for (const PassageFinder::Failure &f : result.failures)
        m_err << "jiaokan-cli: skipped " << f.reason << '\n';
    m_err.flush();
    if (groups)
        return printGroups(result, json);
    if (json) {
        writeBytes(matchesToJson(result));
        return Success;
    }
    for (const PassageComparison &p : result.passages) {
        m_out << result.paths[p.page[SideA]] << ' ' << p.lines[SideA].text(u'-') << "  "
              << result.paths[p.page[SideB]] << ' ' << p.lines[SideB].text(u'-') << "  "
              << QString::number(p.similarity, 'f', 3) << "  "
              << Core::Tr::tr("%n difference(s)", nullptr, int(p.differences.size())) << '\n';
    }
    return Success;
}

// match --groups: each story that two or more pages print, each printing once.
int CliCommands::printGroups(const PassageFinder::Result &result, bool json)
{
    // The pages' stories, as the finder read them.
    QList<ReflowedPage> pages = result.outlines;
    pages.resize(result.paths.size());
    const QList<StoryGroup> groups = StoryGroup::group(pages, result.passages);
    // Where a member's story is, or (text outside any story) where its passages are.
    auto linesOf = [&](const StoryGroup &g, const StoryGroup::Member &m) {
        if (m.part.first.value > 0)
            return m.part;
        if (m.story >= 0 && m.story < pages[m.page].stories.size()) {
            const Story &st = pages[m.page].stories[m.story];
            return LineRange{st.firstLine, st.lastLine};
        }
        LineRange r{SourceLine{INT_MAX}, SourceLine{0}};
        for (int p : g.passages)
            for (Side s : {SideA, SideB})
                if (result.passages[p].page[s] == m.page) {
                    r.first = std::min(r.first, result.passages[p].lines[s].first);
                    r.last = std::max(r.last, result.passages[p].lines[s].last);
                }
        return r;
    };
    if (json) {
        JsonWriter w;
        w.beginObject();
        w.key(u"groups");
        w.beginArray();
        for (const StoryGroup &g : groups) {
            w.newline();
            w.beginObject();
            w.key(u"headline");
            w.value(QStringView(g.headline));
            w.key(u"printings");
            w.beginArray();
            for (const StoryGroup::Member &m : g.members) {
                w.beginObject();
                w.key(u"file");
                w.value(QStringView(result.paths[m.page]));
                w.key(u"lines");
                w.value(linesOf(g, m));
                w.key(u"partial");
                w.value(m.continued);
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        writeBytes(w.bytes() + '\n');
        return Success;
    }
    for (const StoryGroup &g : groups) {
        m_out << (g.headline.isEmpty() ? Core::Tr::tr("(no headline)") : g.headline) << "  ("
              << Core::Tr::tr("%n printing(s)", nullptr, int(g.members.size())) << ")\n";
        for (const StoryGroup::Member &m : g.members)
            m_out << "  " << result.paths[m.page] << ' ' << linesOf(g, m).text(u'-')
                  << (m.continued ? Core::Tr::tr(", partial") : QString()) << '\n';
    }
    return Success;
}

bool CliCommands::compareWhole(const QStringList &files, const CompareOptions &options)
{
    QString error;
    auto result = PassageFinder::compareWhole(files, options, &error);
    if (!result) {
        m_err << "jiaokan-cli: " << error << '\n';
        return false;
    }
    m_found = std::move(*result);
    return true;
}

bool CliCommands::compareAsGiven(const QString &command, const QStringList &files, const CompareOptions &options)
{
    // A and B may each be a PDF of several pages: what differs between A and B, not
    // between two pages of A.
    m_found->passages.removeIf([&](const PassageComparison &p) {
        return m_found->given[p.page[SideA]] == m_found->given[p.page[SideB]];
    });
    // Two texts the matcher pairs nothing of, or two of one story each that it pairs
    // only in part, are compared whole: a diff compares what it is given.
    if (auto whole = PassageFinder::wholeComparison(*m_found, options)) {
        m_err << "jiaokan-cli: " << command << ": " << whole->reason << "; compared as wholes\n";
        m_found = std::move(whole->result);
    } else if (const auto reason = PassageFinder::wholeComparisonReason(*m_found, options)) {
        // Pages of PDFs the finder split: read whole and compared.
        if (!compareWhole(files, options))
            return false;
        m_err << "jiaokan-cli: " << command << ": " << *reason << "; compared as wholes\n";
    }
    return true;
}

const PassageFinder::Result *CliCommands::findPassages(const QString &command, const QStringList &files,
                                                      const CompareOptions &options, bool needPages)
{
    m_found = PassageFinder::run(files, options);
    if (!m_found->failures.isEmpty()) {
        m_err << "jiaokan-cli: " << m_found->failures.first().reason << '\n';
        return nullptr;
    }
    if (needPages && m_found->pages.empty()) {
        m_err << "jiaokan-cli: " << command << ": too many pages to keep in memory at once; give fewer\n";
        return nullptr;
    }
    return &*m_found;
}

int CliCommands::parse(CommandLine &line, const QStringList &args)
{
    switch (line.parse(args)) {
    case CommandLine::Outcome::Parsed: return -1;
    case CommandLine::Outcome::Help: m_out << line.helpText(); return Success;
    case CommandLine::Outcome::Version: m_out << "jiaokan-cli " << JIAOKAN_VERSION << '\n'; return Success;
    case CommandLine::Outcome::Error: return usage(line.error());
    }
    return -1;
}

int CliCommands::diff(const QStringList &args)
{
    CommandLine line(QStringLiteral("diff"),
                     QStringLiteral("Every difference between A and B."), QStringLiteral("A B"));
    line.addFlag(QStringLiteral("json"), QStringLiteral("As JSON."));
    line.addFlag(QStringLiteral("whole"), QStringLiteral("Compare A and B as wholes, whatever the matcher pairs."));
    line.addCompareOptions();
    if (const int done = parse(line, args); done >= 0)
        return done;
    const CompareOptions &options = line.compareOptions();
    const bool json = line.isSet(QStringLiteral("json"));
    const QStringList files = line.files();
    if (files.size() != 2)
        return usage(QStringLiteral("diff takes two FILEs"));

    if (line.isSet(QStringLiteral("whole"))) {
        if (!compareWhole(files, options))
            return BadInput;
    } else {
        const auto found = findPassages(QStringLiteral("diff"), files, options, false);
        if (!found)
            return BadInput;
        if (!compareAsGiven(QStringLiteral("diff"), files, options))
            return BadInput;
        m_err.flush();
    }
    const PassageFinder::Result &result = *m_found;
    if (json) {
        writeBytes(passagesToJson(result));
        return Success;
    }
    for (const PassageComparison &p : result.passages) {
        m_out << result.paths[p.page[SideA]] << ' ' << p.lines[SideA].text(u'-') << "  ~  "
              << result.paths[p.page[SideB]] << ' ' << p.lines[SideB].text(u'-') << "  ("
              << QString::number(p.similarity, 'f', 3) << ")\n";
        for (const Difference &d : p.differences) {
            m_out << d.lines[SideA].text(u'-') << " | " << d.lines[SideB].text(u'-') << "  " << oneLine(d.before) << '['
                  << oneLine(d.text[SideA]) << "→" << oneLine(d.text[SideB]) << ']' << oneLine(d.after);
            if (d.kind != DifferenceClass::Text)
                m_out << "  (" << differenceClassName(d.kind) << ')';
            if (d.movedWith >= 0) {
                const Difference &other = p.differences[d.movedWith];
                m_out << "  (" << Core::Tr::tr("moved: %1 | %2").arg(other.lines[SideA].text(u'-'), other.lines[SideB].text(u'-'))
                      << ')';
            }
            m_out << '\n';
        }
        for (Side s : {SideA, SideB})
            for (const LineRange &r : p.only[s])
                m_out << Core::Tr::tr("only in %1: lines %2").arg(result.paths[p.page[s]], r.text(u'-')) << '\n';
        m_out << '\n';
    }
    return Success;
}

int CliCommands::collate(const QStringList &args)
{
    CommandLine line(QStringLiteral("collate"),
                     QStringLiteral("Every version's reading at each place where they differ."),
                     QStringLiteral("FILE FILE [FILE...]"));
    const QStringList formats{QStringLiteral("json"), QStringLiteral("tei"), QStringLiteral("html"),
                              QStringLiteral("csv"), QStringLiteral("tsv")};
    for (const QString &format : formats)
        line.addFlag(format, QStringLiteral("Write %1.").arg(format.toUpper()));
    line.addValue(QStringLiteral("base"),
                  QStringLiteral("FILE"), QStringLiteral("The version the others are read against."));
    line.addCompareOptions();
    if (const int done = parse(line, args); done >= 0)
        return done;
    const CompareOptions &options = line.compareOptions();
    QStringList chosen;
    for (const QString &format : formats)
        if (line.isSet(format))
            chosen.append(QStringLiteral("--") + format);
    if (chosen.size() > 1)
        return usage(QStringLiteral("collate: choose one of --json, --tei, --html, --csv, --tsv"));
    const QStringList files = line.files();
    if (files.size() < 2)
        return usage(QStringLiteral("collate takes two or more FILEs"));
    std::optional<int> basePage;
    if (const QString base = line.value(QStringLiteral("base")); !base.isEmpty()) {
        const QString wanted = QFileInfo(base).absoluteFilePath();
        for (int i = 0; i < files.size(); ++i)
            if (QFileInfo(files[i]).absoluteFilePath() == wanted)
                basePage = i;
        if (!basePage)
            return usage(QStringLiteral("collate: --base %1 is not among the FILEs").arg(base));
    }
    const auto found = findPassages(QStringLiteral("collate"), files, options, true);
    if (!found)
        return BadInput;
    const PassageFinder::Result &result = *found;
    if (basePage)   // the first page of the file given as the base
        basePage = int(result.given.indexOf(*basePage));
    const QList<Collation> collations = Collator::collate(result, basePage, options);
    const QString format = chosen.value(0);
    if (format == u"--json") {
        writeBytes(collationsToJson(result.paths, collations));
        return Success;
    }
    if (format == u"--tei") {
        writeBytes(TeiWriter::write(result, collations));
        return Success;
    }
    if (format == u"--html") {
        writeBytes(CollationReport::buildAll(collations, result.pages, ReportOptions{}).toUtf8());
        return Success;
    }
    if (format == u"--csv" || format == u"--tsv") {
        writeBytes(VariantTable::write(result.paths, collations,
                                       format == u"--csv" ? VariantTable::Format::Csv : VariantTable::Format::Tsv));
        return Success;
    }
    for (const Collation &c : collations) {
        m_out << (c.headline.isEmpty() ? Core::Tr::tr("(no headline)") : c.headline) << '\n';
        QStringList witnesses;
        for (const Collation::Witness &w : c.witnesses)
            witnesses.append(QStringLiteral("%1 %2 (lines %3%4)")
                                 .arg(w.siglum, result.paths[w.page], w.lines.text(u'-'),
                                      c.isPartial(w) ? Core::Tr::tr(", partial") : QString()));
        m_out << "  " << Core::Tr::tr("base: %1").arg(c.witnesses[c.base].siglum) << '\n';
        for (const QString &w : witnesses)
            m_out << "  " << w << '\n';
        for (qsizetype i = 0; i < c.locations.size(); ++i) {
            const Collation::Location &l = c.locations[i];
            QStringList readings;
            for (const Collation::Reading &r : l.readings) {
                readings.append(QStringLiteral("%1 — %2").arg(r.text.isEmpty() ? QStringLiteral("∅") : oneLine(r.text),
                                                               c.sigla(r.witnesses)));
            }
            if (!l.lacking.isEmpty())
                readings.append(Core::Tr::tr("lacking — %1").arg(c.sigla(l.lacking)));
            for (const Collation::Location::Move &m : l.moved)
                readings.append(Core::Tr::tr("%1 moved, see %2").arg(c.witnesses[m.witness].siglum).arg(m.location + 1));
            m_out << QStringLiteral("%1. line %2  ").arg(i + 1).arg(l.baseLines.text(u'-')) << oneLine(l.before)
                  << "[…]" << oneLine(l.after) << "  (" << differenceClassName(l.kind) << ")\n     "
                  << readings.join(QStringLiteral(" | ")) << '\n';
        }
        m_out << '\n';
    }
    return Success;
}

} // namespace Jiaokan::Cli
