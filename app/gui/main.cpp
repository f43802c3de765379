#include "languagemenu.h"
#include "mainwindow.h"

#include "i18n/datetimetext.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Where Help > Sample pages opens from, for installers and support to check; no
    // display needed.
    if (argc > 1 && qstrcmp(argv[1], "--samples-folder") == 0) {
        QCoreApplication core(argc, argv);
        std::printf("%s\n", qPrintable(Jiaokan::App::MainWindow::samplesFolder()));
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jiaokan"));
    QApplication::setOrganizationName(QStringLiteral("Jiaokan"));
    QApplication::setApplicationDisplayName(QStringLiteral("校勘 Jiaokan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jiaokan.Jiaokan"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/jiaokan-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    using Jiaokan::App::MainWindow;
    Jiaokan::App::LanguageMenu::applySaved();
    MainWindow window;
    window.show();

    // Work autosaved before the app last ended without closing: offer it back first.
    if (MainWindow::hasRecovery()) {
        const QString when = Jiaokan::Core::DateTimeText::format(QFileInfo(MainWindow::recoveryPath()).lastModified());
        const auto answer = QMessageBox::question(
            &window, MainWindow::tr("Restore unsaved work"),
            MainWindow::tr("Jiaokan did not close normally. Restore the annotations saved automatically at %1?")
                .arg(when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes && window.restoreRecovery())
            return app.exec();
        MainWindow::discardRecovery();
    }
    QStringList pages;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument.endsWith(QStringLiteral(".jiaokan"), Qt::CaseInsensitive))
            window.openProject(argument);
        else
            pages.append(argument);
    }
    window.openFiles(pages);
    return app.exec();
}
