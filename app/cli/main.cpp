#include "clicommands.h"

#include "i18n/interfacelanguage.h"
#include "util/heaptuning.h"

#include <QCoreApplication>
#ifdef JIAOKAN_WITH_PRINT
#include <QGuiApplication>
#endif
#include <QStringConverter>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    Jiaokan::Core::HeapTuning::preferHugePages();
#ifdef JIAOKAN_WITH_PRINT
    // jiaokan-report: a report is laid out with Qt's fonts and text layout, which need
    // a GUI application; it never needs a display.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> owned = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                     : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto owned = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication &app = *owned;
    QCoreApplication::setApplicationName(QStringLiteral("jiaokan-cli"));
    // The CLI's output is a contract (../shared/spec/cli.md): English whatever the
    // locale, with its plural forms ("1 difference").
    Jiaokan::Core::InterfaceLanguage::apply(QStringLiteral("en"));
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
