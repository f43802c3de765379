#pragma once

#include "analysis/compareoptions.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Jiaokan::Cli {

// One command's options, parsed by QCommandLineParser: --help and --version as Qt's
// tools give them, "--name VALUE" and "--name=VALUE", and its errors ("Unknown option
// 'frob'.", "Missing value after '--ignore'.").
class CommandLine final
{
public:
    // files: how the usage names the positional arguments ("A B", "FILE FILE [FILE…]").
    CommandLine(const QString &command, const QString &description, const QString &files);

    void addFlag(const QString &name, const QString &description);
    void addValue(const QString &name, const QString &valueName, const QString &description,
                  const QString &defaultValue = {});
    // --ignore LIST and --granularity char|word, checked by parse() and read back by
    // compareOptions().
    void addCompareOptions();

    enum class Outcome { Parsed, Help, Version, Error };
    Outcome parse(const QStringList &args);
    // The message of an Error ("diff: Unknown option 'frob'."), or the text of Help.
    QString error() const { return m_error; }
    QString helpText() const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList files() const { return m_parser.positionalArguments(); }
    // The options --ignore and --granularity give (after a parse that was Parsed).
    const Core::CompareOptions &compareOptions() const { return *m_compare; }
    // Whether --ignore or --granularity was given (a project's own options yield to them).
    bool compareOptionsGiven() const { return isSet(QStringLiteral("ignore")) || isSet(QStringLiteral("granularity")); }

private:
    bool readCompareOptions();

    QString m_command;
    QCommandLineParser m_parser;
    QString m_error;
    bool m_takesCompareOptions = false;
    std::optional<Core::CompareOptions> m_compare;
};

} // namespace Jiaokan::Cli
