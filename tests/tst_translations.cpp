// The interface's translations: every string of the sources translated in each .ts file
// and none left over (lupdate is run here, on copies), placeholders and accelerators
// kept, each Chinese file in its own script (OpenCC), the English plurals written out;
// and the language chosen from the locale and installed with Qt's own translations.
#include "i18n/datetimetext.h"
#include "i18n/interfacelanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;            // of the translation: "", "unfinished", "vanished", "obsolete"
    QStringList forms;       // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
            // Either text, or <numerusform> elements (read on their own).
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                messages.last().forms.append(xml.text().toString());
            else if (xml.isEndElement())
                messages.last().forms.append(QString());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(JIAOKAN_SOURCE_DIR "/translations/jiaokan_%1.ts").arg(language);
}

// %1 … %99, %n and %p (a progress bar's percentage), sorted: a translation has the same.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d+|n|p)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

// The letter after a single '&' ("&Open…" → O), or none.
QChar accelerator(const QString &text)
{
    static const QRegularExpression mnemonic(u"(?<!&)&([A-Za-z])"_s);
    const QRegularExpressionMatch m = mnemonic.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toUpper() : QChar();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void everyStringIsTranslatedAndNoneIsObsolete_data();
    void everyStringIsTranslatedAndNoneIsObsolete();
    void placeholdersAndAcceleratorsAreKept_data();
    void placeholdersAndAcceleratorsAreKept();
    void eachChineseTranslationIsInItsOwnScript_data();
    void eachChineseTranslationIsInItsOwnScript();
    void englishPluralsAreWrittenOut();
    void languageFollowsTheLocaleUnlessChosen_data();
    void languageFollowsTheLocaleUnlessChosen();
    void applyInstallsJiaokansAndQtsTranslations();
    void datesAndTimesAreWrittenAsTheLanguageWritesThem_data();
    void datesAndTimesAreWrittenAsTheLanguageWritesThem();
};

void tst_Translations::everyStringIsTranslatedAndNoneIsObsolete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : InterfaceLanguage::available())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_Translations::everyStringIsTranslatedAndNoneIsObsolete()
{
    QFETCH(QString, language);
    // lupdate on a copy, as a developer would run it: a new or changed string comes in
    // unfinished, a removed one stays as vanished or obsolete.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"jiaokan_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{u"-locations"_s, u"none"_s, u"-recursive"_s, QStringLiteral(JIAOKAN_SOURCE_DIR "/app"),
                     QStringLiteral(JIAOKAN_SOURCE_DIR "/core"), u"-ts"_s, copy};
    if (language == u"en")
        args.prepend(u"-pluralonly"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(JIAOKAN_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0,
             qPrintable(QString::fromUtf8(lupdate.readAllStandardError())));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList wrong;
    for (const Message &m : messages) {
        if (!m.type.isEmpty() || m.forms.isEmpty() || m.forms.contains(QString()))
            wrong.append(u"%1 [%2]: %3"_s.arg(m.type.isEmpty() ? u"empty"_s : m.type, m.context, m.source));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u"%1 of %2 messages need work:\n"_s.arg(wrong.size()).arg(messages.size())
                                         + wrong.mid(0, 20).join(u'\n')));
}

void tst_Translations::placeholdersAndAcceleratorsAreKept_data()
{
    everyStringIsTranslatedAndNoneIsObsolete_data();
}

void tst_Translations::placeholdersAndAcceleratorsAreKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : messages) {
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                wrong.append(u"placeholders differ: %1 → %2"_s.arg(m.source, form));
            // Chinese menus keep the English letter: 文件(&F).
            if (accelerator(form) != accelerator(m.source))
                wrong.append(u"accelerator differs: %1 → %2"_s.arg(m.source, form));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(u'\n')));
}

void tst_Translations::eachChineseTranslationIsInItsOwnScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("conversion");   // OpenCC's: leaves a text in that script as it is
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"t2s.json"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"s2tw.json"_s;
}

void tst_Translations::eachChineseTranslationIsInItsOwnScript()
{
    QFETCH(QString, language);
    QFETCH(QString, conversion);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList lines;
    for (const Message &m : messages)
        for (const QString &form : m.forms)
            lines.append(QString(form).replace(u'\n', u' '));
    QProcess opencc;
    opencc.start(u"opencc"_s, {u"-c"_s, conversion});
    QVERIFY2(opencc.waitForStarted(), "opencc (Debian package opencc) is needed");
    opencc.write(lines.join(u'\n').toUtf8() + '\n');
    opencc.closeWriteChannel();
    QVERIFY(opencc.waitForFinished(60000));
    const QStringList converted = QString::fromUtf8(opencc.readAllStandardOutput()).split(u'\n');
    QVERIFY(converted.size() >= lines.size());
    QStringList wrong;
    for (int i = 0; i < lines.size(); ++i) {
        // 台 is how Taiwan writes it day to day; OpenCC's standard form is 臺.
        if (QString(converted[i]).replace(u'臺', u'台') != QString(lines[i]).replace(u'臺', u'台'))
            wrong.append(lines[i] + u"\n  → "_s + converted[i]);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u"not in the file's script:\n"_s + wrong.mid(0, 20).join(u'\n')));
}

void tst_Translations::englishPluralsAreWrittenOut()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(u"en"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message &m : messages) {
        QVERIFY2(m.source.contains(u"%n"_s), qPrintable(m.source));
        QCOMPARE(m.forms.size(), 2);   // one, other
        for (const QString &form : m.forms)
            QVERIFY2(!form.contains(u"(s)"_s) && form.contains(u"%n"_s), qPrintable(form));
        QVERIFY(m.forms[0] != m.forms[1]);
    }
}

void tst_Translations::languageFollowsTheLocaleUnlessChosen_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mainland") << QString() << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("Singapore") << QString() << u"zh_SG"_s << u"zh_CN"_s;
    QTest::newRow("Taiwan") << QString() << u"zh_TW"_s << u"zh_TW"_s;
    QTest::newRow("Hong Kong") << QString() << u"zh_HK"_s << u"zh_TW"_s;
    QTest::newRow("traditional script") << QString() << u"zh_Hant"_s << u"zh_TW"_s;
    QTest::newRow("simplified in Hong Kong") << QString() << u"zh_Hans_HK"_s << u"zh_CN"_s;
    QTest::newRow("English") << QString() << u"en_GB"_s << u"en"_s;
    QTest::newRow("German: English") << QString() << u"de_DE"_s << u"en"_s;
    QTest::newRow("chosen over the locale") << u"zh_TW"_s << u"de_DE"_s << u"zh_TW"_s;
    QTest::newRow("English chosen in Beijing") << u"en"_s << u"zh_CN"_s << u"en"_s;
    QTest::newRow("unknown choice: the locale") << u"fr"_s << u"zh_CN"_s << u"zh_CN"_s;
}

void tst_Translations::languageFollowsTheLocaleUnlessChosen()
{
    QFETCH(QString, choice);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(InterfaceLanguage::resolve(choice, QLocale(locale)), expected);
}

void tst_Translations::applyInstallsJiaokansAndQtsTranslations()
{
    QVERIFY2(!InterfaceLanguage::directory().isEmpty(), "the .qm files are built into build/translations");
    QVERIFY(InterfaceLanguage::apply(u"zh_CN"_s));
    QCOMPARE(InterfaceLanguage::current(), u"zh_CN"_s);
    QCOMPARE(QCoreApplication::translate("Jiaokan::App::ReviewStyle", "Query"), u"存疑"_s);
    QCOMPARE(QCoreApplication::translate("Jiaokan::Core", "%n difference(s)", nullptr, 3), u"3 处差异"_s);
    // Qt's own (qtbase): the buttons of standard dialogs.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    QCOMPARE(QLocale().language(), QLocale::Chinese);   // dates in the annotation list
    QVERIFY(!QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat).contains(u"Nov"_s));

    QVERIFY(InterfaceLanguage::apply(u"zh_TW"_s));
    QCOMPARE(QCoreApplication::translate("Jiaokan::App::FileMenu", "&File"), u"檔案(&F)"_s);
    QCOMPARE(QCoreApplication::translate("Jiaokan::Core", "annotation %1"), u"第 %1 條批註"_s);

    QVERIFY(InterfaceLanguage::apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("Jiaokan::App::FileMenu", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QVERIFY(QLocale().language() != QLocale::Chinese);
    QCOMPARE(QCoreApplication::translate("Jiaokan::Core", "%n difference(s)", nullptr, 1), u"1 difference"_s);
    QCOMPARE(QCoreApplication::translate("Jiaokan::Core", "%n difference(s)", nullptr, 4), u"4 differences"_s);
}

void tst_Translations::datesAndTimesAreWrittenAsTheLanguageWritesThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN short") << u"zh_CN"_s << int(QLocale::ShortFormat) << u"2026/11/23 15:45"_s;
    QTest::newRow("zh_CN long") << u"zh_CN"_s << int(QLocale::LongFormat) << u"2026年11月23日 15:45"_s;
    // CLDR's "Bh:mm": Qt 6.4 printed "B3:45".
    QTest::newRow("zh_TW short") << u"zh_TW"_s << int(QLocale::ShortFormat) << u"2026/11/23 下午3:45"_s;
    QTest::newRow("en_US short") << u"en_US"_s << int(QLocale::ShortFormat) << u"11/23/26, 3:45\u202FPM"_s;
}

void tst_Translations::datesAndTimesAreWrittenAsTheLanguageWritesThem()
{
    QFETCH(QString, locale);
    QFETCH(int, format);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2026, 11, 23), QTime(15, 45, 16));
    QCOMPARE(DateTimeText::format(when, QLocale::FormatType(format), QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
