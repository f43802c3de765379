#include "clicommands.h"

#include "json/pagejson.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Jiaokan::Cli {

using namespace Jiaokan::Core;

namespace {
const QString UsageText = QStringLiteral(
    "usage: jiaokan-cli reflow [--json] FILE\n");
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
    for (const QString &a : args) {
        if (a == u"--json")
            json = true;
        else if (a.startsWith(u"--"))
            return usage(QStringLiteral("reflow: unknown option '%1'").arg(a));
        else
            files.append(a);
    }
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

} // namespace Jiaokan::Cli
