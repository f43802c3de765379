#include "clicommands.h"

#include "i18n/interfacelanguage.h"
#include "util/heaptuning.h"

#include <QCoreApplication>
#ifdef JIAOKAN_WITH_PRINT
#include <QGuiApplication>
#endif
#include <QFileDevice>
#include <QStringConverter>

#include <cstdio>
#include <cstdlib>
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
    for (QTextStream *stream : {&out, &err}) {
        stream->flush();
        // Bytes written to the device itself (large JSON) may wait in its own buffer.
        if (auto *file = qobject_cast<QFileDevice *>(stream->device()))
            file->flush();
    }
#ifndef __SANITIZE_ADDRESS__   // (where the leak checker runs at exit, everything is freed)
    // All is written. Ending here leaves the kernel to take back the memory at once;
    // freeing a long diff's pages, keys and differences one by one, and stopping the
    // thread pool, takes a tenth of the time the diff took.
    std::fflush(nullptr);
    std::_Exit(code);
#endif
    return code;
}
