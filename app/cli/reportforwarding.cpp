// jiaokan-cli's `report`: handed to jiaokan-report, the same commands with the page
// layout of reports (Qt GUI) linked in. Loading Qt GUI and what it pulls in (fonts,
// X11, OpenGL: some 30 libraries) costs every process about 15 ms at start.
#include "clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace Jiaokan::Cli {

namespace {

// Beside jiaokan-cli in the build tree, in libexec/jiaokan once installed.
QString reportProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &relative : {QStringLiteral("jiaokan-report"), QStringLiteral("../libexec/jiaokan/jiaokan-report")}) {
        const QFileInfo program(here.absoluteFilePath(relative));
        if (program.isExecutable())
            return program.absoluteFilePath();
    }
    return {};
}

} // namespace

int CliCommands::report(const QStringList &args)
{
    const QString program = reportProgram();
    if (program.isEmpty()) {
        m_err << "jiaokan-cli: report: jiaokan-report, which lays reports out, is not installed beside "
                 "jiaokan-cli (looked in " << QCoreApplication::applicationDirPath() << " and ../libexec/jiaokan)\n";
        return BadInput;
    }
    m_out.flush();
    m_err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, QStringList{QStringLiteral("report")} + args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        m_err << "jiaokan-cli: report: " << program << " failed: " << process.errorString() << '\n';
        return BadInput;
    }
    return process.exitCode();
}

} // namespace Jiaokan::Cli
