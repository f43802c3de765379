#include "report/comparisonreport.h"
#include "testsettings.h"
#include "mainwindow.h"
#include "collationview.h"
#include "comparisonview.h"
#include "overviewruler.h"
#include "pagelibrarymodel.h"
#include "readerview.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QLineEdit>
#include <QLabel>
#include <QWheelEvent>
#include <QTextCursor>
#include <QProcess>
#include <QTest>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Jiaokan::App;
using namespace Qt::StringLiterals;

namespace {
// The library's index as its tree shows it (sorted by a proxy).
QModelIndex shown(QTreeView *tree, const QModelIndex &index)
{
    return static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(index);
}

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
    void initTestCase();
    void init();
    void opensSamplePagesWithTheirStories();
    void showsTheChosenStoryReflowed();
    void hidesFurnitureUnlessAskedTo();
    void listsThePassagesTheSamplesShare();
    void nextDifferenceSelectsItInBothPanes_data();
    void nextDifferenceSelectsItInBothPanes();
    void ignoringPunctuationDropsItsDifferences();
    void groupsTheStoriesThePagesShare();
    void restoresItsLayoutAndOptionsFromSettings();
    void remembersRecentFilesNewestFirst();
    void opensDroppedFilesAndText_data();
    void opensDroppedFilesAndText();
    void opensADroppedFolder();
    void pastesTheClipboardAsAPage();
    void opensAndComparesLargeSetsInTheBackground();
    void cancelledOpeningAddsNothing();
    void cancelledComparisonKeepsTheLastResult();
    void originalLinesHighlightTheCurrentBlock();
    void theComparisonHasMostOfTheWindow();
    void findsTextInBothPanes();
    void emptyViewsSayHowToFillThem();
    void aStoryPrintedFromItsContinuationStartsLevel();
    void comparesAndCollatesBeyondThePagesTheFinderKeeps();
    void aPageNamedInTheLibraryIsNamedEverywhere();
    void textSizeChangesInBothPanesTogether();
    void libraryColumnsSort_data();
    void libraryColumnsSort();
    void correspondingParagraphsStartLevel_data();
    void correspondingParagraphsStartLevel();
    void overviewRulerMarksAndGoesToDifferences();
    void storyGroupShowsAllVersionsCollated();

private:
    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    // Settings go to a directory of the test's own, never the user's.
    QVERIFY(m_settingsDir.isValid());
    keepSettingsIn(m_settingsDir, u"tst_mainwindow"_s);
}

void tst_MainWindow::init()
{
    clearSettings();
}

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
    tree->setCurrentIndex(shown(tree, window.library()->index(0, 0, page001)));
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
    tree->setCurrentIndex(shown(tree, window.library()->index(2, 0)));   // page 002, with a slogan block
    QVERIFY(!reader->toPlainText().contains(u"富强 民主"_s));
    auto *toggle = window.findChild<QAction *>(u"showFurnitureAction"_s);
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(reader->toPlainText().contains(u"富强 民主"_s));
}

namespace {
// The index of the shared passage between two sample pages (by the start of their file
// names) in the story under a headline.
int matchOf(const MainWindow &window, const QString &pageA, const QString &pageB, const QString &headline)
{
    for (const Jiaokan::Core::StoryGroup &g : window.storyGroups()) {
        if (g.headline != headline)
            continue;
        for (int i : g.passages) {
            const Jiaokan::Core::PassageComparison &p = window.matches().at(i);
            if (window.library()->pageName(p.page[0]).startsWith(pageA)
                && window.library()->pageName(p.page[1]).startsWith(pageB))
                return i;
        }
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
    const int talks = matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(talks >= 0);
    QCOMPARE(window.matches().at(talks).differences.size(), 4);
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

void tst_MainWindow::groupsTheStoriesThePagesShare()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    // Two stories, each printed by 000, 001 and 002; 000 prints the talks from their
    // continuation (（上接第1版）) only.
    const QString talks = u"习近平同俄罗斯总统普京会谈"_s;
    QCOMPARE(window.storyGroups().size(), 2);
    const PageLibraryModel *library = window.library();
    for (const Jiaokan::Core::StoryGroup &g : window.storyGroups()) {
        QCOMPARE(g.members.size(), 3);
        QCOMPARE(g.passages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(g.members.at(i).page, i);
            QCOMPARE(g.members.at(i).continued, i == 0 && g.headline == talks);
        }
    }
    auto *list = window.findChild<QTreeWidget *>(u"matchList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *group = list->topLevelItem(0)->text(0).startsWith(talks) ? list->topLevelItem(0)
                                                                               : list->topLevelItem(1);
    QVERIFY2(group->text(0).startsWith(talks), qPrintable(group->text(0)));
    QCOMPARE(group->childCount(), 3);
    // (The English plural forms are the installed app's; here the source text may show.)
    QVERIFY2(group->text(0).startsWith(talks + u" — 3 printing"_s)
                 && group->text(0).endsWith(u": 001, 002 and 000 (continuation)"_s),
             qPrintable(group->text(0)));
    // The library says it of the story on each page.
    const QModelIndex page001 = library->index(1, 0);
    QCOMPARE(library->index(0, 0, page001).data().toString(), talks);
    QCOMPARE(library->index(0, PageLibraryModel::AlsoIn, page001).data().toString(),
             u"002 and 000 (continuation)"_s);
    // Page 004's story under the same headline is in no group.
    const QModelIndex page004 = library->index(3, 0);
    for (int s = 0; s < library->rowCount(page004); ++s)
        QVERIFY(library->index(s, PageLibraryModel::AlsoIn, page004).data().toString().isEmpty());
}

void tst_MainWindow::restoresItsLayoutAndOptionsFromSettings()
{
    QList<int> sizes;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        auto *dock = window.findChild<QDockWidget *>(u"differencesDock"_s);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({250, 750});
        sizes = splitter->sizes();
        window.findChild<QAction *>(u"ignorePunctuationAction"_s)->trigger();
        window.findChild<QAction *>(u"wordGranularityAction"_s)->trigger();
        window.close();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 700));
    QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(u"differencesDock"_s)), Qt::RightDockWidgetArea);
    // The library keeps its width; the text takes what the dock on the right leaves.
    QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes().at(0), sizes.at(0));
    QVERIFY(window.findChild<QAction *>(u"ignorePunctuationAction"_s)->isChecked());
    QVERIFY(window.options().ignorePunctuation);
    QVERIFY(window.options().granularity == Jiaokan::Core::CompareOptions::Granularity::Word);
    // The defaults not touched stay the defaults.
    QVERIFY(window.options().ignoreWidth);
}

void tst_MainWindow::remembersRecentFilesNewestFirst()
{
    const QDir samples(QStringLiteral(JIAOKAN_SAMPLES_DIR));
    const QString first = samples.absoluteFilePath(u"001_7bef9e0345aafa9a.txt"_s);
    const QString second = samples.absoluteFilePath(u"002_8f3d60094bcd0134.txt"_s);
    {
        MainWindow window;
        window.openFiles({first});
        window.openFiles({second, u"/no/such/page.txt"_s});
        // The file that failed is reported, and not remembered.
        QVERIFY(window.findChild<QMessageBox *>(u"problemMessage"_s));
        QVERIFY(window.findChild<QMessageBox *>(u"problemMessage"_s)->text().contains(u"/no/such/page.txt"_s));
        window.openFiles({first});
        QCOMPARE(window.recentFiles(), (QStringList{first, second}));
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.recentFiles(), (QStringList{first, second}));
}

namespace {
// Drags data over the window and drops it there, as a file manager or browser does;
// false when the window refuses it.
bool dropOn(MainWindow &window, QMimeData &data)
{
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return true;
}
} // namespace

void tst_MainWindow::opensDroppedFilesAndText_data()
{
    QTest::addColumn<bool>("asFiles");
    QTest::addColumn<QString>("pageName");
    QTest::newRow("files from a file manager") << true << u"001"_s;
    QTest::newRow("text from a browser") << false << u"Dropped 1"_s;
}

void tst_MainWindow::opensDroppedFilesAndText()
{
    QFETCH(bool, asFiles);
    QFETCH(QString, pageName);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QDir samples(QStringLiteral(JIAOKAN_SAMPLES_DIR));
    QMimeData data;
    if (asFiles)
        data.setUrls({QUrl::fromLocalFile(samples.absoluteFilePath(u"001_7bef9e0345aafa9a.txt"_s)),
                      QUrl::fromLocalFile(samples.absoluteFilePath(u"002_8f3d60094bcd0134.txt"_s))});
    else
        data.setText(u"新华社北京5月8日电 两国元首就中俄关系深入交换意见。"_s);
    QVERIFY(dropOn(window, data));
    QCOMPARE(window.library()->rowCount(), asFiles ? 2 : 1);
    QCOMPARE(window.library()->pageName(0), pageName);
    if (asFiles)
        QCOMPARE(window.matches().size(), 2);
}

void tst_MainWindow::opensADroppedFolder()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString samples = QDir(QStringLiteral(JIAOKAN_SAMPLES_DIR)).absolutePath();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(samples)});
    QVERIFY(dropOn(window, data));
    // Every sample page, in order, and the folder among the recent files.
    const QStringList pages = QDir(samples).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 2);
    QCOMPARE(window.library()->pages().size(), pages.size());
    QCOMPARE(QFileInfo(window.library()->page(0).source.path).fileName(), pages.first());
    QCOMPARE(window.recentFiles().value(0), samples);
    QVERIFY(!window.storyGroups().isEmpty());
    QVERIFY(window.findChild<QAction *>(u"openFolderAction"_s));
}

void tst_MainWindow::pastesTheClipboardAsAPage()
{
    MainWindow window;
    QGuiApplication::clipboard()->setText(u"天高云阔。\n两国元首深入交换意见。"_s);
    window.findChild<QAction *>(u"pasteAction"_s)->trigger();
    QCOMPARE(window.library()->rowCount(), 1);
    QCOMPARE(window.library()->pageName(0), u"Pasted 1"_s);
    QCOMPARE(window.library()->page(0).source.lines, (QStringList{u"天高云阔。"_s, u"两国元首深入交换意见。"_s}));
    // An empty clipboard opens nothing and says so.
    QGuiApplication::clipboard()->setText(QString());
    window.findChild<QAction *>(u"pasteAction"_s)->trigger();
    QCOMPARE(window.library()->rowCount(), 1);
}

void tst_MainWindow::opensAndComparesLargeSetsInTheBackground()
{
    MainWindow window;
    window.setBackgroundThreshold(0);   // every set counts as large
    QSignalSpy opened(&window, &MainWindow::pagesOpened);
    QSignalSpy updated(&window, &MainWindow::matchesUpdated);
    window.openSamples();
    QVERIFY(window.isOpening());
    QCOMPARE(window.library()->rowCount(), 0);
    QVERIFY(window.findChild<QAction *>(u"cancelAction"_s)->isEnabled());
    QVERIFY(opened.wait(20000));
    QVERIFY(!window.isOpening());
    QCOMPARE(window.library()->rowCount(), 4);
    QCOMPARE(window.library()->pageName(1), u"001"_s);   // in the order asked for
    // Compared from when the pages were in: at it still, or done.
    if (window.isComparing()) {
        QVERIFY(window.findChild<QAction *>(u"cancelAction"_s)->isEnabled());
        QVERIFY(updated.wait(20000));
    }
    QVERIFY(updated.size() > 0);
    QVERIFY(!window.isComparing());
    QCOMPARE(window.matches().size(), 6);
    QCOMPARE(window.storyGroups().size(), 2);
    QVERIFY(!window.findChild<QAction *>(u"cancelAction"_s)->isEnabled());
}

void tst_MainWindow::cancelledOpeningAddsNothing()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setBackgroundThreshold(0);
    QSignalSpy opened(&window, &MainWindow::pagesOpened);
    window.openSamples();
    QVERIFY(window.isOpening());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isOpening());
    QCOMPARE(opened.size(), 1);
    // The workers' late pages are dropped.
    QVERIFY(!opened.wait(1000));
    QCOMPARE(window.library()->rowCount(), 0);
    QVERIFY(!window.isComparing());
}

void tst_MainWindow::cancelledComparisonKeepsTheLastResult()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openSamples();   // small: compared at once
    QCOMPARE(window.matches().size(), 6);
    const int talks = matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    window.compareMatch(talks);
    window.setBackgroundThreshold(0);
    QSignalSpy updated(&window, &MainWindow::matchesUpdated);
    window.findChild<QAction *>(u"ignorePunctuationAction"_s)->trigger();
    QVERIFY(window.isComparing());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isComparing());
    QCOMPARE(updated.size(), 1);
    // The worker's late result is dropped: nothing else arrives, the passage stays.
    QVERIFY(!updated.wait(1000));
    QCOMPARE(window.matches().size(), 6);
    QCOMPARE(window.matches().at(talks).differences.size(), 4);
}

void tst_MainWindow::originalLinesHighlightTheCurrentBlock()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    auto *reader = window.findChild<ReaderView *>(u"readerView"_s);
    const QModelIndex page001 = window.library()->index(1, 0);
    tree->setCurrentIndex(shown(tree, window.library()->index(0, 0, page001)));
    // Put the cursor in the story's first paragraph.
    const QString lead = u"当地时间5月8日上午"_s;
    QTextCursor c = reader->document()->find(lead);
    QVERIFY(!c.isNull());
    reader->setTextCursor(c);
    const int block = reader->currentBlock();
    QVERIFY(block >= 0);
    const Jiaokan::Core::Block &b = window.library()->page(1).blocks.at(block);
    QVERIFY(b.text.contains(lead));

    window.findChild<QAction *>(u"showOriginalAction"_s)->trigger();
    QVERIFY(reader->showsOriginalLines());
    // Numbered source lines, as extracted: the paragraph's first line is there whole.
    const QString firstLine = window.library()->page(1).source.line(b.firstLine);
    QVERIFY(reader->toPlainText().contains(QString::number(b.firstLine.value) + u"  "_s + firstLine));
    // The cursor stands at the highlighted block.
    QTextCursor at = reader->textCursor();
    at.movePosition(QTextCursor::NextCharacter);
    QVERIFY(at.charFormat().background().style() != Qt::NoBrush);
    QVERIFY(firstLine.startsWith(reader->document()->findBlock(at.position()).text().section(u"  "_s, 1).left(4)));

    window.findChild<QAction *>(u"showOriginalAction"_s)->trigger();
    QCOMPARE(reader->currentBlock(), block);
    QVERIFY(reader->textCursor().block().text().contains(lead));
}

namespace {
// Writes each text as a page into dir and opens them all in window.
bool openTexts(MainWindow &window, const QTemporaryDir &dir, const QStringList &texts)
{
    QStringList paths;
    for (int i = 0; i < texts.size(); ++i) {
        QFile f(dir.filePath(u"page%1.txt"_s.arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(texts[i].toUtf8());
        paths.append(f.fileName());
    }
    window.openFiles(paths);
    return true;
}

const QString Lead = u"新华社莫斯科5月8日电 当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。"
                     u"两国元首就中俄关系和重大国际和地区问题深入交换意见，一致同意坚定不移深化战略协作。"_s;
const QString Second = u"5月的莫斯科，天高云阔。习近平乘车抵达时，克里姆林宫司令在下车处迎接，陪同习近平步入克里姆林宫大厅。"_s;
const QString Extra = u"俄方仪仗队在大厅列队，军乐团奏中俄两国国歌，场面隆重热烈，宾主在乐声中步入会谈厅开始会谈。"_s;
const QString Third = u"习近平指出，中俄关系走到今天，历经风雨，愈加坚韧，两国要坚定支持彼此维护自身核心利益。"_s;
} // namespace

// In a window 1,280 pixels wide the comparison takes most of it; F9 hides the library
// and shows it again; each view keeps the share the user gave it, after a restart too.
void tst_MainWindow::theComparisonHasMostOfTheWindow()
{
    clearSettings();
    auto owned = std::make_unique<MainWindow>();
    owned->resize(1280, 860);
    owned->show();
    QVERIFY(QTest::qWaitForWindowExposed(owned.get()));
    owned->openSamples();
    MainWindow &window = *owned;
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    auto *views = window.findChild<QTabWidget *>(u"views"_s);
    const auto libraryShare = [&] { return double(splitter->sizes().value(0)) / (splitter->sizes().value(0) + splitter->sizes().value(1)); };
    QVERIFY2(libraryShare() > 0.25 && libraryShare() < 0.4, qPrintable(QString::number(libraryShare())));   // the reader
    window.compareMatch(0);
    QCOMPARE(views->currentIndex(), 1);
    QVERIFY2(libraryShare() < 0.25, qPrintable(QString::number(libraryShare())));
    auto *panes = window.findChild<ComparisonView *>();
    QVERIFY(panes->pane(Jiaokan::Core::SideA)->width() > 450);

    // F9: the library goes, the comparison takes the window; and back.
    auto *toggle = window.findChild<QAction *>(u"showLibraryAction"_s);
    QVERIFY(toggle && toggle->shortcut() == QKeySequence(Qt::Key_F9));
    toggle->trigger();
    QVERIFY(!splitter->widget(0)->isVisible());
    QTRY_VERIFY(panes->pane(Jiaokan::Core::SideA)->width() > 550);
    toggle->trigger();
    QVERIFY(splitter->widget(0)->isVisible());

    // A share the user gives the comparison's view is its own, and is kept.
    splitter->setSizes({400, 880});
    views->setCurrentIndex(0);
    QVERIFY2(libraryShare() > 0.25 && libraryShare() < 0.4, qPrintable(QString::number(libraryShare())));
    views->setCurrentIndex(1);
    QVERIFY2(std::abs(splitter->sizes().value(0) - 400) <= 2, qPrintable(QString::number(splitter->sizes().value(0))));
    owned->close();   // saves the settings
    owned.reset();
    MainWindow again;
    again.resize(1280, 860);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *views2 = again.findChild<QTabWidget *>(u"views"_s);
    views2->setCurrentIndex(1);
    auto *splitter2 = again.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY2(std::abs(splitter2->sizes().value(0) - 400) <= 30, qPrintable(QString::number(splitter2->sizes().value(0))));
}

// A page named in place in the library goes by that name in the shared stories, the
// comparison and the report, and keeps it in the project; emptied, it has its own again.
void tst_MainWindow::aPageNamedInTheLibraryIsNamedEverywhere()
{
    QTemporaryDir dir;
    auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PageLibraryModel *library = const_cast<PageLibraryModel *>(window.library());
    int page = -1;
    for (int i = 0; i < library->pages().size(); ++i)
        if (library->pageName(i) == u"001"_s)
            page = i;
    QVERIFY(page >= 0);
    QVERIFY(library->index(page, 0).flags() & Qt::ItemIsEditable);
    QVERIFY(library->setData(library->index(page, 0), u"新华社通稿"_s, Qt::EditRole));   // as the editor commits it
    QCOMPARE(library->index(page, 0).data().toString(), u"新华社通稿"_s);
    QCOMPARE(library->pageName(page), u"新华社通稿"_s);
    const int talks = matchOf(window, u"新华社通稿"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(talks >= 0);
    auto *list = window.findChild<QTreeWidget *>(u"matchList"_s);
    QVERIFY(!list->findItems(u"新华社通稿 ↔ 002"_s, Qt::MatchRecursive | Qt::MatchContains).isEmpty());
    window.compareMatch(talks);
    QVERIFY(window.currentReport(false).html.contains(u"新华社通稿"_s));
    // The report's PDF, as pdftotext reads it.
    const QString pdf = dir.filePath(u"named.pdf"_s);
    QVERIFY(window.exportReport(pdf));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"新华社通稿"_s));
    // The collation's column for the page.
    for (int g = 0; g < window.storyGroups().size(); ++g)
        if (window.storyGroups()[g].headline == u"习近平同俄罗斯总统普京会谈"_s)
            window.showCollation(g);
    auto *collation = window.findChild<QTableWidget *>(u"collationTable"_s);
    bool header = false;
    for (int c = 0; c < collation->columnCount(); ++c)
        header = header || collation->horizontalHeaderItem(c)->text().startsWith(u"新华社通稿"_s);
    QVERIFY(header);
    const QString project = dir.filePath(u"named.jiaokan"_s);
    QVERIFY(window.saveProject(project));
    owned.reset();

    MainWindow again;
    again.show();
    QVERIFY(again.openProject(project));
    int named = -1;
    for (int i = 0; i < again.library()->pages().size(); ++i)
        if (again.library()->pageName(i) == u"新华社通稿"_s)
            named = i;
    QVERIFY(named >= 0);
    PageLibraryModel *reopened = const_cast<PageLibraryModel *>(again.library());
    QVERIFY(reopened->setData(reopened->index(named, 0), QString(), Qt::EditRole));
    QCOMPARE(reopened->pageName(named), u"001"_s);
}

// Over 200 open pages the finder keeps no analysed pages; the window analyses the ones it
// shows, so a comparison and a collation open whatever the number of pages.
void tst_MainWindow::comparesAndCollatesBeyondThePagesTheFinderKeeps()
{
    QTemporaryDir dir;
    QStringList texts;
    const QString alphabet = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"_s;
    for (int i = 0; i < 205; ++i) {
        QString body;
        for (int k = 0; k < 240; ++k)
            body += alphabet.at((i * 7919 + k * k * 31 + k * i) % alphabet.size());
        texts.append(u"第%1号新闻\n\n　　"_s.arg(i) + body + u"。\n"_s);
    }
    for (int i = 0; i < 3; ++i)
        texts[i] = u"两国元首举行会谈\n\n　　"_s + Lead + u"\n　　"_s + Second.left(20) + u"甲乙丙"_s.at(i) + Second.mid(21)
            + u"\n　　"_s + Third + u"\n"_s;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openTexts(window, dir, texts));
    QCOMPARE(window.library()->pages().size(), 205);
    QVERIFY(!window.matches().isEmpty());
    window.compareMatch(0);
    auto *view = window.findChild<ComparisonView *>();
    QVERIFY(view->page(Jiaokan::Core::SideA));
    QCOMPARE(view->differenceCount(), 1);
    int group = -1;
    for (int g = 0; g < window.storyGroups().size(); ++g)
        if (window.storyGroups()[g].members.size() == 3)
            group = g;
    QVERIFY(group >= 0);
    window.showCollation(group);
    QCOMPARE(window.findChild<CollationView *>(u"collationView"_s)->locationCount(), 1);
}

// 000 prints the talks story from its continuation: in 000 ↔ 001, what 001 has before
// (printed on another page of 000) is shown greyed and not compared, and 000's first
// line is level with the line of 001 where the text both print starts.
void tst_MainWindow::aStoryPrintedFromItsContinuationStartsLevel()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int pair = matchOf(window, u"000"_s, u"001"_s, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(pair >= 0);
    window.compareMatch(pair);
    auto *view = window.findChild<ComparisonView *>();
    const int shared = view->sharedStart(Jiaokan::Core::SideB);
    QVERIFY2(shared > 0, "001's own part comes first");
    QTextCursor before(view->pane(Jiaokan::Core::SideB)->document());
    before.setPosition(1);
    QVERIFY(before.charFormat().fontItalic());
    QVERIFY(before.charFormat().toolTip().contains(u"elsewhere"_s));
    QTextCursor after(view->pane(Jiaokan::Core::SideB)->document());
    after.setPosition(shared + 1);
    QVERIFY(!after.charFormat().fontItalic());
    QTRY_VERIFY2(std::abs(view->lineTop(Jiaokan::Core::SideA, view->sharedStart(Jiaokan::Core::SideA))
                          - view->lineTop(Jiaokan::Core::SideB, shared)) < 1,
                 qPrintable(u"%1 vs %2"_s.arg(view->lineTop(Jiaokan::Core::SideA, view->sharedStart(Jiaokan::Core::SideA)))
                                .arg(view->lineTop(Jiaokan::Core::SideB, shared))));
}

// Before anything is open or chosen, each view says what to do to fill it.
void tst_MainWindow::emptyViewsSayHowToFillThem()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QTextBrowser *>(u"readerView"_s)->placeholderText().contains(u"File ▸ Open"_s));
    QVERIFY(window.findChild<ComparisonView *>()->pane(Jiaokan::Core::SideA)->placeholderText().contains(u"Shared stories"_s));
    QVERIFY(window.findChild<QTextBrowser *>(u"collationText"_s)->placeholderText().contains(u"Shared stories"_s));
}

// Ctrl+F finds in both panes of a comparison: A's matches, then B's, round again; the
// bar counts them and says when there are none.
void tst_MainWindow::findsTextInBothPanes()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.compareMatch(matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s));
    auto *view = window.findChild<ComparisonView *>();
    window.findChild<QAction *>(u"findAction"_s)->trigger();
    auto *bar = window.findChild<QWidget *>(u"findBar"_s);
    QVERIFY(bar->isVisible());
    auto *text = bar->findChild<QLineEdit *>(u"findText"_s);
    QVERIFY(text->hasFocus());
    text->setText(u"天高云"_s);   // as an input method gives it
    auto *count = bar->findChild<QLabel *>(u"findCount"_s);
    QCOMPARE(count->text(), u"1 of 2"_s);
    QCOMPARE(view->pane(Jiaokan::Core::SideA)->textCursor().selectedText(), u"天高云"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(count->text(), u"2 of 2"_s);
    QCOMPARE(view->pane(Jiaokan::Core::SideB)->textCursor().selectedText(), u"天高云"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(count->text(), u"1 of 2"_s);   // round to the first
    QTest::keyClick(text, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count->text(), u"2 of 2"_s);
    text->setText(u"不在文中的词"_s);
    QCOMPARE(count->text(), u"No match"_s);
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

// Ctrl++, Ctrl+− and Ctrl+0, and Ctrl+wheel over a pane, size both panes' text together,
// and their paragraphs stay level.
void tst_MainWindow::textSizeChangesInBothPanesTogether()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.compareMatch(matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s));
    auto *view = window.findChild<ComparisonView *>();
    const auto size = [&](Jiaokan::Core::Side s) { return view->pane(s)->font().pointSizeF(); };
    const qreal before = size(Jiaokan::Core::SideA);
    QCOMPARE(size(Jiaokan::Core::SideB), before);
    const int current = 2;
    view->setCurrentDifference(current);
    window.findChild<QAction *>(u"zoomInAction"_s)->trigger();
    window.findChild<QAction *>(u"zoomInAction"_s)->trigger();
    QCOMPARE(size(Jiaokan::Core::SideA), before + 2);
    QCOMPARE(size(Jiaokan::Core::SideB), before + 2);
    QCOMPARE(view->currentDifference(), current);
    const auto level = [&] {
        for (const auto &[rankA, rankB] : view->alignedBlocks())
            if (std::abs(view->blockTop(Jiaokan::Core::SideA, rankA) - view->blockTop(Jiaokan::Core::SideB, rankB)) >= 1)
                return false;
        return !view->alignedBlocks().isEmpty();
    };
    QTRY_VERIFY(level());
    // Ctrl+wheel over one pane: both.
    QWheelEvent wheel(QPointF(20, 20), view->pane(Jiaokan::Core::SideA)->viewport()->mapToGlobal(QPointF(20, 20)), {},
                      QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->pane(Jiaokan::Core::SideA)->viewport(), &wheel);
    QCOMPARE(size(Jiaokan::Core::SideA), before + 1);
    QCOMPARE(size(Jiaokan::Core::SideB), before + 1);
    QTRY_VERIFY(level());
    window.findChild<QAction *>(u"zoomResetAction"_s)->trigger();
    QCOMPARE(size(Jiaokan::Core::SideA), before);
    QCOMPARE(size(Jiaokan::Core::SideB), before);
}

// A click on a column's header sorts the library by it: characters as numbers (40,
// 400, 5000, not 400 before 5000's "5"), dates as dates, and again the other way.
void tst_MainWindow::libraryColumnsSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("papers");   // ascending
    QTest::newRow("characters") << int(PageLibraryModel::Characters) << QStringList{u"人民日报"_s, u"光明日报"_s, u"经济日报"_s};
    QTest::newRow("date") << int(PageLibraryModel::Date) << QStringList{u"光明日报"_s, u"经济日报"_s, u"人民日报"_s};
    QTest::newRow("paper") << int(PageLibraryModel::Paper) << QStringList{u"光明日报"_s, u"经济日报"_s, u"人民日报"_s};
}

void tst_MainWindow::libraryColumnsSort()
{
    QFETCH(int, column);
    QFETCH(QStringList, papers);
    const auto article = [](const QString &paper, const QString &date, int characters) -> QString {
        QString body;
        while (body.size() < characters)
            body += u"今天的会议在北京举行，各方代表出席会议。"_s;
        return u"---\ntitle: 会议\npaper: %1\ndate: %2\n---\n\n"_s.arg(paper, date) + body.left(characters) + u"\n"_s;
    };
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openTexts(window, dir, {article(u"人民日报"_s, u"2026-04-27"_s, 40), article(u"光明日报"_s, u"2025-12-01"_s, 400),
                                    article(u"经济日报"_s, u"2026-01-15"_s, 5000)}));
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    const auto order = [&] {
        QStringList shownPapers;
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            shownPapers.append(tree->model()->index(row, PageLibraryModel::Paper).data().toString());
        return shownPapers;
    };
    tree->sortByColumn(column, Qt::AscendingOrder);
    QCOMPARE(order(), papers);
    tree->sortByColumn(column, Qt::DescendingOrder);
    std::reverse(papers.begin(), papers.end());
    QCOMPARE(order(), papers);
    // A page chosen in the sorted tree is the page shown.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QCOMPARE(window.findChild<QTextBrowser *>(u"readerView"_s)->toPlainText().left(2), u"会议"_s);
}

void tst_MainWindow::correspondingParagraphsStartLevel_data()
{
    QTest::addColumn<QString>("textA");
    QTest::addColumn<QString>("textB");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<QString>("lastLevel");   // the last paragraph that starts level on both sides
    // B prints a paragraph A lacks: A's next paragraph is moved down to meet B's.
    QTest::newRow("a paragraph only in B") << Lead + u"\n"_s + Second + u"\n"_s + Third
                                           << Lead + u"\n"_s + Second + u"\n"_s + Extra + u"\n"_s + Third << 3 << Third;
    QTest::newRow("a paragraph only in A") << Lead + u"\n"_s + Extra + u"\n"_s + Second + u"\n"_s + Third
                                           << Lead + u"\n"_s + Second + u"\n"_s + Third << 3 << Third;
    // A's Extra is printed at B's end: A's Second, not Extra, stands level with B's.
    QTest::newRow("a paragraph moved to the end")
        << Lead + u"\n"_s + Extra + u"\n"_s + Second + u"\n"_s + Third
        << Lead + u"\n"_s + Second + u"\n"_s + Third + u"\n"_s + Extra << 3 << Third;
    // B runs A's second and third paragraphs into one: only the starts both have align.
    QTest::newRow("two paragraphs run together") << Lead + u"\n"_s + Second + u"\n"_s + Third
                                                 << Lead + u"\n"_s + Second + Third << 2 << Second;
}

void tst_MainWindow::correspondingParagraphsStartLevel()
{
    QFETCH(QString, textA);
    QFETCH(QString, textB);
    QFETCH(int, pairs);
    QFETCH(QString, lastLevel);
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openTexts(window, dir, {textA, textB}));
    QCOMPARE(window.matches().size(), 1);
    window.compareMatch(0);
    auto *view = window.findChild<ComparisonView *>(u"comparisonView"_s);
    QCOMPARE(view->alignedBlocks().size(), pairs);
    // The report sets the same paragraphs level: a row starts at each pair.
    using Jiaokan::Core::ComparisonReport;
    const QList<ComparisonReport::Row> rows = ComparisonReport::alignParagraphs(
        *view->page(Jiaokan::Core::SideA), *view->page(Jiaokan::Core::SideB), window.matches().first());
    QCOMPARE(rows.size(), pairs);
    for (int i = 0; i < pairs; ++i)
        QCOMPARE(std::make_pair(rows[i].first[Jiaokan::Core::SideA], rows[i].first[Jiaokan::Core::SideB]),
                 view->alignedBlocks()[i]);
    for (const auto &[rankA, rankB] : view->alignedBlocks())
        QVERIFY2(std::abs(view->blockTop(Jiaokan::Core::SideA, rankA) - view->blockTop(Jiaokan::Core::SideB, rankB)) < 1,
                 qPrintable(u"ranks %1/%2: %3 vs %4"_s.arg(rankA).arg(rankB)
                                .arg(view->blockTop(Jiaokan::Core::SideA, rankA))
                                .arg(view->blockTop(Jiaokan::Core::SideB, rankB))));
    // The last paragraph, which follows the extra one on one side, is among them.
    auto opening = [&](Jiaokan::Core::Side side, int rank) {
        const int first = side == Jiaokan::Core::SideA ? view->alignedBlocks().first().first
                                                       : view->alignedBlocks().first().second;
        return view->pane(side)->document()->findBlockByNumber(rank - first).text().remove(QChar(0x2038)).left(4);
    };
    QCOMPARE(opening(Jiaokan::Core::SideA, view->alignedBlocks().last().first), lastLevel.left(4));
    QCOMPARE(opening(Jiaokan::Core::SideB, view->alignedBlocks().last().second), lastLevel.left(4));
    // Paragraphs set level open alike.
    for (const auto &[rankA, rankB] : view->alignedBlocks())
        QCOMPARE(opening(Jiaokan::Core::SideA, rankA), opening(Jiaokan::Core::SideB, rankB));
    // Still level at another width: the panes reflow, and alignment follows.
    window.resize(window.width() - 300, window.height());
    QTRY_VERIFY(std::abs(view->blockTop(Jiaokan::Core::SideA, view->alignedBlocks().last().first)
                         - view->blockTop(Jiaokan::Core::SideB, view->alignedBlocks().last().second)) < 1);
}

void tst_MainWindow::overviewRulerMarksAndGoesToDifferences()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int talks = matchOf(window, u"001"_s, u"002"_s, u"习近平同俄罗斯总统普京会谈"_s);
    window.compareMatch(talks);
    auto *ruler = window.findChild<OverviewRuler *>(u"overviewRuler"_s);
    QVERIFY(ruler);
    QCOMPARE(ruler->marks().size(), 4);
    for (int i = 1; i < 4; ++i)
        QVERIFY(ruler->marks()[i - 1].start <= ruler->marks()[i].start);
    // A click on the third mark makes it current: both panes and the table follow.
    const auto &mark = ruler->marks().at(2);
    const int y = 2 + int((mark.start + mark.end) / 2 * (ruler->height() - 4));
    QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(ruler->width() / 2, y));
    auto *table = window.findChild<QTableView *>(u"differencesTable"_s);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(window.findChild<QTextBrowser *>(u"comparisonPaneA"_s)->textCursor().selectedText(), u"膺担当"_s);
}

QTEST_MAIN(tst_MainWindow)
void tst_MainWindow::storyGroupShowsAllVersionsCollated()
{
    const auto owned = windowWithSamples();
    MainWindow &window = *owned;
    const QString talks = u"习近平同俄罗斯总统普京会谈"_s;
    auto *list = window.findChild<QTreeWidget *>(u"matchList"_s);
    QTreeWidgetItem *group = list->topLevelItem(0)->text(0).startsWith(talks) ? list->topLevelItem(0)
                                                                               : list->topLevelItem(1);
    list->setCurrentItem(group);
    auto *view = window.findChild<CollationView *>(u"collationView"_s);
    QCOMPARE(window.findChild<QTabWidget *>(u"views"_s)->currentWidget(), view);
    QCOMPARE(view->locationCount(), 4);
    auto *table = window.findChild<QTableWidget *>(u"collationTable"_s);
    auto *base = window.findChild<QComboBox *>(u"collationBase"_s);
    QCOMPARE(base->count(), 3);
    QCOMPARE(base->itemText(0), u"000 (partial)"_s);

    // 001 as the base: its readings come first.
    emit base->activated(1);
    QCOMPARE(base->currentIndex(), 1);
    QCOMPARE(table->rowCount(), 4);
    // A column for each version's reading, the base marked; then status and comment.
    QCOMPARE(table->columnCount(), 3 + 3 + 2);
    QCOMPARE(table->horizontalHeaderItem(3)->text(), u"000"_s);
    QCOMPARE(table->horizontalHeaderItem(4)->text(), u"001 (base)"_s);
    QCOMPARE(table->horizontalHeaderItem(5)->text(), u"002"_s);
    QCOMPARE(table->item(1, 3)->text(), u"(lacking)"_s);
    QCOMPARE(table->item(1, 4)->text(), u"阔"_s);
    QCOMPARE(table->item(1, 5)->text(), u"淡"_s);
    QCOMPARE(table->item(3, 3)->text(), u"高"_s);
    QCOMPARE(table->item(3, 5)->text(), u"(omitted)"_s);
    QVERIFY(table->columnWidth(7) > 0 && table->columnWidth(6) >= 8 * table->fontMetrics().horizontalAdvance(u'字'));

    // F7 walks the locations, in the text and the table.
    auto *text = window.findChild<QTextBrowser *>(u"collationText"_s);
    window.findChild<QAction *>(u"nextDifferenceAction"_s)->trigger();
    QCOMPARE(view->currentLocation(), 0);
    QCOMPARE(text->textCursor().selectedText(), u"据新华社电"_s);
    window.findChild<QAction *>(u"nextDifferenceAction"_s)->trigger();
    QCOMPARE(text->textCursor().selectedText(), u"阔"_s);
    QCOMPARE(table->currentRow(), 1);
    window.findChild<QAction *>(u"nextDifferenceAction"_s)->trigger();
    QCOMPARE(text->textCursor().selectedText(), u"膺担当"_s);

    // Choosing a row goes there; a pair under the group goes back to the comparison.
    table->setCurrentCell(3, 0);
    QCOMPARE(view->currentLocation(), 3);
    QCOMPARE(text->textCursor().selectedText(), u"高"_s);
    list->setCurrentItem(group->child(2));
    // The Compare tab: the comparison, with the printed pages under it.
    QCOMPARE(window.findChild<QTabWidget *>(u"views"_s)->currentWidget(),
             window.findChild<ComparisonView *>()->parentWidget());
}

#include "tst_mainwindow.moc"
