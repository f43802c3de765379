#include "clicommands.h"

#include "util/heaptuning.h"

#include <QCoreApplication>
#include <QStringConverter>

#include <cstdio>

int main(int argc, char *argv[])
{
    Jiaokan::Core::HeapTuning::preferHugePages();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiaokan-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    Jiaokan::Cli::CliCommands commands(out, err);
    const int code = commands.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
