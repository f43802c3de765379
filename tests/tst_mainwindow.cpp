#include "mainwindow.h"
#include "pagelibrarymodel.h"

#include <QTest>

#include <QAction>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

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
    void listsThePassagesTheSamplesShare();
    void nextDifferenceSelectsItInBothPanes_data();
    void nextDifferenceSelectsItInBothPanes();
    void ignoringPunctuationDropsItsDifferences();
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

namespace {
// The row of the shared passage between two sample pages (by the start of their file
// names) under a headline.
int matchOf(const MainWindow &window, const QString &pageA, const QString &pageB, const QString &headline)
{
    auto *list = window.findChild<QTreeWidget *>(u"matchList"_s);
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        const QString text = list->topLevelItem(i)->text(0);
        const QString pages = text.section(u" · "_s, -1);   // "001_… ↔ 002_…"
        if (text.startsWith(headline) && pages.section(u" ↔ "_s, 0, 0).startsWith(pageA)
            && pages.section(u" ↔ "_s, 1, 1).startsWith(pageB))
            return i;
    }
    return -1;
}
} // namespace

void tst_MainWindow::listsThePassagesTheSamplesShare()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    // The talks story and the press statement, each in 000 (from its continuation), 001
    // and 002: six pairs, as ../shared/tools/score match counts them.
    QCOMPARE(window.matches().size(), 6);
    auto *list = window.findChild<QTreeWidget *>(u"matchList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 6);
    const int talks = matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(talks >= 0);
    QCOMPARE(list->topLevelItem(talks)->text(2), u"4"_s);
    // Page 004's story under the same headline is another event: it is in no pair.
    for (const Jiaokan::Core::PassageComparison &p : window.matches())
        QVERIFY(p.page[0] != 3 && p.page[1] != 3);
}

void tst_MainWindow::nextDifferenceSelectsItInBothPanes_data()
{
    QTest::addColumn<QList<int>>("keys");   // 1 for F7, -1 for Shift+F7, 2 for Alt+Down
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("readingA");
    QTest::addColumn<QString>("readingB");
    QTest::newRow("first: the dateline") << QList<int>{1} << 0 << u"据新华社电"_s << u"新华社莫斯科5月8日电"_s;
    QTest::newRow("second: 天高云阔/淡") << QList<int>{1, 1} << 1 << u"阔"_s << u"淡"_s;
    QTest::newRow("Alt+Down as F7") << QList<int>{2, 2, 2} << 2 << u"膺担当"_s << u"身而出"_s;
    QTest::newRow("back with Shift+F7") << QList<int>{1, 1, 1, -1} << 1 << u"阔"_s << u"淡"_s;
    // 加征高关税 / 加征关税: B marks where 高 would be.
    QTest::newRow("last: only in A") << QList<int>{1, 1, 1, 1, 1} << 3 << u"高"_s << u"\u2038"_s;
}

void tst_MainWindow::nextDifferenceSelectsItInBothPanes()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, row);
    QFETCH(QString, readingA);
    QFETCH(QString, readingB);
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const int talks = matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    window.compareMatch(talks);
    for (int key : keys) {
        if (key == 1)
            QTest::keyClick(&window, Qt::Key_F7);
        else if (key == -1)
            QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        else
            QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    }
    auto *table = window.findChild<QTableView *>(u"differencesTable"_s);
    auto *paneA = window.findChild<QTextBrowser *>(u"comparisonPaneA"_s);
    auto *paneB = window.findChild<QTextBrowser *>(u"comparisonPaneB"_s);
    QVERIFY(table && paneA && paneB);
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(paneA->textCursor().selectedText(), readingA);
    QCOMPARE(paneB->textCursor().selectedText(), readingB);
}

void tst_MainWindow::ignoringPunctuationDropsItsDifferences()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString body = u"新华社莫斯科5月8日电 当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。"
                         u"两国元首就中俄关系和重大国际和地区问题深入交换意见，一致同意坚定不移深化战略协作。\n"
                         u"5月的莫斯科，天高云阔。习近平乘车抵达时，克里姆林宫司令在下车处迎接。"_s;
    QString other = body;
    other.replace(u"天高云阔"_s, u"天高云淡"_s);
    other.replace(u"深入交换意见，一致同意"_s, u"深入交换意见；一致同意"_s);
    QStringList paths;
    for (const auto &[name, text] : {std::pair{u"a.txt"_s, body}, std::pair{u"b.txt"_s, other}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        paths.append(f.fileName());
    }
    MainWindow window;
    window.show();
    window.openFiles(paths);
    QCOMPARE(window.matches().size(), 1);
    window.compareMatch(0);
    auto *table = window.findChild<QTableView *>(u"differencesTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    auto *ignore = window.findChild<QAction *>(u"ignorePunctuationAction"_s);
    QVERIFY(ignore && !ignore->isChecked());
    ignore->trigger();
    QVERIFY(window.options().ignorePunctuation);
    // Re-diffed at once, the same passage still shown: only the wording is left.
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"阔"_s);
    ignore->trigger();
    QCOMPARE(table->model()->rowCount(), 2);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
