#include "clicommands.h"

#include "json/comparisonjson.h"
#include "json/pagejson.h"
#include "match/passagefinder.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"
#include "text/tr.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>

namespace Jiaokan::Cli {

using namespace Jiaokan::Core;

namespace {
const QString UsageText = QStringLiteral(
    "usage: jiaokan-cli reflow [--json] FILE\n"
    "       jiaokan-cli match [--json] FILE FILE [FILE...]\n"
    "       jiaokan-cli diff [--json] [--ignore LIST] [--granularity char|word] A B\n"
    "  LIST: comma list of width, punctuation, script, space (default width,space)\n");

QString lineRange(const LineRange &r)
{
    return r.first == r.last ? QString::number(r.first.value)
                             : QStringLiteral("%1-%2").arg(r.first.value).arg(r.last.value);
}

// One line per difference: line numbers, then the reading in its context.
QString oneLine(QString s)
{
    return s.replace(u'\n', QStringLiteral("¶"));
}

// Splits the arguments of a command that takes only --json and files; returns the
// first unknown option, if any.
QString jsonAndFiles(const QStringList &args, bool *json, QStringList *files)
{
    for (const QString &a : args) {
        if (a == u"--json")
            *json = true;
        else if (a.startsWith(u"--"))
            return a;
        else
            files->append(a);
    }
    return {};
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
    if (command == u"--help" || command == u"-h" || command == u"help") {
        m_out << UsageText;
        return Success;
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

int CliCommands::reflow(const QStringList &args)
{
    bool json = false;
    QStringList files;
    if (const QString unknown = jsonAndFiles(args, &json, &files); !unknown.isEmpty())
        return usage(QStringLiteral("reflow: unknown option '%1'").arg(unknown));
    if (files.size() != 1)
        return usage(QStringLiteral("reflow takes one FILE"));
    QString error;
    auto source = PageLoader::load(files.first(), &error);
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
    bool json = false;
    QStringList files;
    if (const QString unknown = jsonAndFiles(args, &json, &files); !unknown.isEmpty())
        return usage(QStringLiteral("match: unknown option '%1'").arg(unknown));
    if (files.size() < 2)
        return usage(QStringLiteral("match takes two or more FILEs"));
    const PassageFinder::Result result = PassageFinder::run(files, CompareOptions{});
    if (files.size() - result.failures.size() < 2) {
        m_err << "jiaokan-cli: " << result.failures.first().reason << '\n';
        return BadInput;
    }
    // One unreadable page in a folder of many does not spoil the rest: it is named
    // on standard error and in the JSON's "skipped".
    for (const PassageFinder::Failure &f : result.failures)
        m_err << "jiaokan-cli: skipped " << f.reason << '\n';
    m_err.flush();
    if (json) {
        writeBytes(matchesToJson(result));
        return Success;
    }
    for (const PassageComparison &p : result.passages) {
        m_out << result.paths[p.page[SideA]] << ' ' << lineRange(p.lines[SideA]) << "  "
              << result.paths[p.page[SideB]] << ' ' << lineRange(p.lines[SideB]) << "  "
              << QString::number(p.similarity, 'f', 3) << "  "
              << Core::Tr::tr("%n difference(s)", nullptr, int(p.differences.size())) << '\n';
    }
    return Success;
}

int CliCommands::diff(const QStringList &args)
{
    bool json = false;
    QString ignore = QStringLiteral("width,space");
    QString granularity = QStringLiteral("char");
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name, QString *into) {
            if (a == name) {
                if (i + 1 >= args.size())
                    return false;
                *into = args[++i];
                return true;
            }
            *into = a.mid(name.size() + 1);
            return true;
        };
        if (a == u"--json") {
            json = true;
        } else if (a == u"--ignore" || a.startsWith(u"--ignore=")) {
            if (!value(QStringLiteral("--ignore"), &ignore))
                return usage(QStringLiteral("diff: --ignore needs a LIST"));
        } else if (a == u"--granularity" || a.startsWith(u"--granularity=")) {
            if (!value(QStringLiteral("--granularity"), &granularity))
                return usage(QStringLiteral("diff: --granularity needs char or word"));
        } else if (a.startsWith(u"--")) {
            return usage(QStringLiteral("diff: unknown option '%1'").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.size() != 2)
        return usage(QStringLiteral("diff takes two FILEs"));
    QString error;
    std::optional<CompareOptions> options = CompareOptions::withIgnoreList(ignore, &error);
    if (!options)
        return usage(QStringLiteral("diff: %1").arg(error));
    if (granularity == u"word")
        options->granularity = CompareOptions::Granularity::Word;
    else if (granularity != u"char")
        return usage(QStringLiteral("diff: --granularity is char or word, not '%1'").arg(granularity));

    const PassageFinder::Result result = PassageFinder::run(files, *options);
    if (!result.failures.isEmpty()) {
        m_err << "jiaokan-cli: " << result.failures.first().reason << '\n';
        return BadInput;
    }
    if (json) {
        writeBytes(passagesToJson(result));
        return Success;
    }
    for (const PassageComparison &p : result.passages) {
        m_out << result.paths[p.page[SideA]] << ' ' << lineRange(p.lines[SideA]) << "  ~  "
              << result.paths[p.page[SideB]] << ' ' << lineRange(p.lines[SideB]) << "  ("
              << QString::number(p.similarity, 'f', 3) << ")\n";
        for (const Difference &d : p.differences) {
            m_out << lineRange(d.lines[SideA]) << " | " << lineRange(d.lines[SideB]) << "  " << oneLine(d.before) << '['
                  << oneLine(d.text[SideA]) << "→" << oneLine(d.text[SideB]) << ']' << oneLine(d.after);
            if (d.kind != DifferenceClass::Text)
                m_out << "  (" << differenceClassName(d.kind) << ')';
            m_out << '\n';
        }
        for (Side s : {SideA, SideB})
            for (const LineRange &r : p.only[s])
                m_out << Core::Tr::tr("only in %1: lines %2").arg(result.paths[p.page[s]], lineRange(r)) << '\n';
        m_out << '\n';
    }
    return Success;
}

} // namespace Jiaokan::Cli
