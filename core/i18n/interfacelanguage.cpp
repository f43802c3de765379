#include "i18n/interfacelanguage.h"

#include "text/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Jiaokan::Core {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList InterfaceLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString InterfaceLanguage::resolve(const QString &choice, const QLocale &system)
{
    if (available().contains(choice))
        return choice;
    if (system.language() != QLocale::Chinese)
        return QStringLiteral("en");
    // A locale that names its script outright wins over its territory (zh_Hans_HK).
    if (system.script() == QLocale::SimplifiedChineseScript)
        return QStringLiteral("zh_CN");
    if (system.script() == QLocale::TraditionalChineseScript || system.territory() == QLocale::Taiwan
        || system.territory() == QLocale::HongKong || system.territory() == QLocale::Macau)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

QString InterfaceLanguage::directory()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    // bin/ and libexec/jiaokan/ when installed; app/ and tests/ in the build tree.
    for (const QString &relative : {QStringLiteral("../share/jiaokan/translations"),
                                    QStringLiteral("../../share/jiaokan/translations"),
                                    QStringLiteral("../translations"), QStringLiteral("translations")}) {
        const QString path = QDir::cleanPath(binary.absoluteFilePath(relative));
        if (QFileInfo::exists(path + QStringLiteral("/jiaokan_en.qm")))
            return path;
    }
    return {};
}

bool InterfaceLanguage::apply(const QString &choice, QString *error)
{
    const QString language = resolve(choice);
    Installed &state = installed();
    for (auto *translator : {&state.own, &state.qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    state.language = language;
    // Dates and times as the language writes them, unless the system's own locale is
    // already of that language (then its formats are the user's).
    const QLocale system = QLocale::system();
    QLocale::setDefault(resolve(QString(), system) == language ? system : QLocale(language));

    auto own = std::make_unique<QTranslator>();
    const QString folder = directory();
    if (folder.isEmpty() || !own->load(QStringLiteral("jiaokan_") + language, folder)) {
        if (error)
            *error = Tr::tr("the translations (jiaokan_%1.qm) were not found beside the program").arg(language);
        state.language = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    state.own = std::move(own);
    if (language != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return true;
}

QString InterfaceLanguage::current()
{
    return installed().language;
}

} // namespace Jiaokan::Core
