#pragma once

#include "analysis/compareoptions.h"
#include "match/passagefinder.h"

#include <QStringList>
#include <QTextStream>

namespace Jiaokan::Cli {

class CommandLine;

enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

// Each command of shared/spec/cli.md: arguments after the command name in, exit code out.
class CliCommands final
{
public:
    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);

private:
    int reflow(const QStringList &args);
    int match(const QStringList &args);
    int diff(const QStringList &args);
    int collate(const QStringList &args);
    int report(const QStringList &args);

    // -1 when line has parsed args and the command goes on; otherwise the exit code,
    // with the command's help, the version or the error (and the usage) printed.
    int parse(CommandLine &line, const QStringList &args);
    // Every passage the files share; unreadable files (and, when the pages are needed,
    // too many of them) are reported, and give nothing. The result is kept as long as the
    // commands are: main() may end the process without taking it apart (see there).
    int printGroups(const Core::PassageFinder::Result &result, bool json);
    // A and B read whole (every page of a PDF) and compared as one passage, or why not.
    bool compareWhole(const QStringList &files, const Core::CompareOptions &options);
    // The found passages of two files A and B as a diff of them shows them: between A
    // and B only, and the two compared whole when the matcher pairs them not at all or
    // in part (said on standard error). False, said, when they cannot be read whole.
    bool compareAsGiven(const QString &command, const QStringList &files, const Core::CompareOptions &options);
    const Core::PassageFinder::Result *findPassages(const QString &command, const QStringList &files,
                                                    const Core::CompareOptions &options, bool needPages);
    int usage(const QString &message);
    void writeBytes(const QByteArray &utf8);

    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<Core::PassageFinder::Result> m_found;
};

} // namespace Jiaokan::Cli
