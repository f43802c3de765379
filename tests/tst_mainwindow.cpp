#include "mainwindow.h"
#include "pagelibrarymodel.h"

#include <QTest>

#include <memory>
#include <QTextBrowser>
#include <QTreeView>

using namespace Jiaokan::App;
using namespace Qt::StringLiterals;

namespace {
// The real window, shown offscreen, with the bundled sample pages open.
std::unique_ptr<MainWindow> windowWithSamples()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->openSamples();
    return window;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensSamplePagesWithTheirStories();
    void showsTheChosenStoryReflowed();
    void hidesFurnitureUnlessAskedTo();
};

void tst_MainWindow::opensSamplePagesWithTheirStories()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    const PageLibraryModel *library = window.library();
    QCOMPARE(library->rowCount(), 4);
    QStringList firstStories;
    for (int p = 0; p < library->rowCount(); ++p) {
        const QModelIndex page = library->index(p, 0);
        QVERIFY2(library->rowCount(page) >= 2, qPrintable(page.data().toString()));
        firstStories.append(library->index(0, 0, page).data().toString());
    }
    QCOMPARE(firstStories.at(1), u"习近平同俄罗斯总统普京会谈"_s);
}

void tst_MainWindow::showsTheChosenStoryReflowed()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    auto *reader = window.findChild<QTextBrowser *>(u"readerView"_s);
    QVERIFY(tree && reader);
    const QModelIndex page001 = window.library()->index(1, 0);
    tree->setCurrentIndex(window.library()->index(0, 0, page001));
    const QString text = reader->toPlainText();
    QVERIFY(text.startsWith(u"习近平同俄罗斯总统普京会谈"_s));
    // Lines joined across the column change: no break inside 上午.
    QVERIFY(text.contains(u"当地时间5月8日上午，俄罗斯总统普京"_s));
    QVERIFY(!text.contains(u"川渝"_s));   // the next story is not shown
}

void tst_MainWindow::hidesFurnitureUnlessAskedTo()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    auto *reader = window.findChild<QTextBrowser *>(u"readerView"_s);
    tree->setCurrentIndex(window.library()->index(2, 0));   // page 002, with a slogan block
    QVERIFY(!reader->toPlainText().contains(u"富强 民主"_s));
    auto *toggle = window.findChild<QAction *>(u"showFurnitureAction"_s);
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(reader->toPlainText().contains(u"富强 民主"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
