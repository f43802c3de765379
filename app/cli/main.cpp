#include "clicommands.h"

#include "i18n/interfacelanguage.h"

#include <QCoreApplication>
#ifdef JIAOKAN_WITH_PRINT
#include <QGuiApplication>
#endif
#include <QFileDevice>
#include <QStringConverter>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include <unistd.h>

namespace {

// Comparing two long pages touches some 100 MB once, and on virtual machines the page
// faults of 4 KiB pages were half the time of a diff of two 1,000,000-character pages.
// glibc's own tunables ask its malloc for transparent huge pages and a large top pad;
// ld.so reads them only when a program starts, so the CLI starts itself once more with
// them set (about 2 ms; the diff takes 20 % less).
void useHugePages(char *argv[])
{
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
    const char *const Tunables = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=268435456";
    const char *current = std::getenv("GLIBC_TUNABLES");
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return;   // set already: by this, or by the user
    const std::string value = current && *current ? std::string(current) + ':' + Tunables : std::string(Tunables);
    setenv("GLIBC_TUNABLES", value.c_str(), 1);
    execv("/proc/self/exe", argv);   // returns only if it failed: then on as we are
#else
    (void)argv;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    useHugePages(argv);
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
