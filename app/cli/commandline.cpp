#include "commandline.h"

namespace Jiaokan::Cli {

CommandLine::CommandLine(const QString& command, const QString& description, const QString& files)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(
        QStringLiteral("files"), QStringLiteral("Pages: text, HTML, Markdown or PDF, known by their content."), files);
}

void CommandLine::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addValue(
    const QString& name, const QString& valueName, const QString& description, const QString& defaultValue)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

void CommandLine::addCompareOptions()
{
    m_takesCompareOptions = true;
    addValue(QStringLiteral("ignore"), QStringLiteral("LIST"),
        QStringLiteral("What is not a difference: a comma list of width, punctuation, script, space."),
        QStringLiteral("width,space"));
    addValue(QStringLiteral("granularity"), QStringLiteral("char|word"),
        QStringLiteral("Mark characters or whole words."), QStringLiteral("char"));
}

CommandLine::Outcome CommandLine::parse(const QStringList& args)
{
    if (!m_parser.parse(QStringList { QStringLiteral("jiaokan-cli ") + m_command } + args)) {
        m_error = m_command + QStringLiteral(": ") + m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Outcome::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::Version;
    if (m_takesCompareOptions && !readCompareOptions())
        return Outcome::Error;
    return Outcome::Parsed;
}

QString CommandLine::helpText() const
{
    // Qt names the program as it was started; the usage names the command too.
    QString text = m_parser.helpText();
    const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
    if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
        text.replace(7, options - 7, QStringLiteral("jiaokan-cli ") + m_command);
    return text;
}

bool CommandLine::readCompareOptions()
{
    QString error;
    std::optional<Core::CompareOptions> options
        = Core::CompareOptions::withIgnoreList(value(QStringLiteral("ignore")), &error);
    if (!options) {
        m_error = m_command + QStringLiteral(": ") + error;
        return false;
    }
    const QString granularity = value(QStringLiteral("granularity"));
    if (granularity == u"word") {
        options->granularity = Core::CompareOptions::Granularity::Word;
    } else if (granularity != u"char") {
        m_error = QStringLiteral("%1: --granularity is char or word, not '%2'").arg(m_command, granularity);
        return false;
    }
    m_compare = options;
    return true;
}

} // namespace Jiaokan::Cli
