#pragma once

// Runs the jiaokan-cli under test (JIAOKAN_CLI, set by CMake) to its end.
#include <QProcess>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static CliRun run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(JIAOKAN_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
};
