#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jiaokan"));
    QApplication::setOrganizationName(QStringLiteral("Jiaokan"));
    QApplication::setApplicationDisplayName(QStringLiteral("校勘 Jiaokan"));
    Jiaokan::App::MainWindow window;
    window.show();
    window.openFiles(app.arguments().mid(1));
    return app.exec();
}
