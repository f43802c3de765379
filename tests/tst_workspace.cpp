#include "testsettings.h"
#include "collationview.h"
#include "mainwindow.h"
#include "pagelibrarymodel.h"
#include "sharedstorieslist.h"
#include "workspace.h"

#include "stories/reflowedpage.h"
#include "match/storygroups.h"
#include "archive/archiveindex.h"
#include "text/pageloader.h"

#include <QDir>
#include <QSemaphore>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

#include <set>
#include <QTest>

#include <algorithm>

using namespace Jiaokan::App;
using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

// The work behind the window, without it: opening folders, and comparing the pages as
// they were read.
class tst_Workspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensAFolderOfPages_data();
    void opensAFolderOfPages();
    void aFolderWithNoPageIsSaid_data();
    void aFolderWithNoPageIsSaid();
    void theLibraryKeepsTheRulesOfAModel();
    void theLibraryIsFilteredByWhatItsPagesSay_data();
    void theLibraryIsFilteredByWhatItsPagesSay();
    void aStoryOfManyPrintingsIsCollatedByReading_data();
    void aStoryOfManyPrintingsIsCollatedByReading();
    void anOptionChangeDoesNotReflowAnyPageAgain_data();
    void anOptionChangeDoesNotReflowAnyPageAgain();
    void aFolderReopensFromItsIndex();
    void storiesAreFoundWhileAFolderIsStillRead();
    void aStoryPrintedWithoutHeadlineIsListedByItsFirstWords();
    void aPrintingOfTwoStoriesRunTogetherIsComparedOnItsPart();
    void manyStoriesListTheirPairsWhenOpened_data();
    void manyStoriesListTheirPairsWhenOpened();

private:
    QTemporaryDir m_settingsDir;
};

namespace {
const QDir samples(QStringLiteral(JIAOKAN_SAMPLES_DIR));

void copySample(const QString &name, const QString &to)
{
    QVERIFY(QDir().mkpath(QFileInfo(to).path()));
    QVERIFY(QFile::copy(samples.filePath(name), to));
}
} // namespace

void tst_Workspace::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    keepSettingsIn(m_settingsDir, u"tst_workspace"_s);
}

void tst_Workspace::opensAFolderOfPages_data()
{
    QTest::addColumn<qsizetype>("threshold");   // the background threshold
    QTest::newRow("read before the call returns") << Workspace::DefaultBackgroundThreshold;
    QTest::newRow("read on worker threads") << qsizetype(0);
}

void tst_Workspace::opensAFolderOfPages()
{
    QFETCH(qsizetype, threshold);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    copySample(u"001_7bef9e0345aafa9a.txt"_s, root.filePath(u"2024-05-08/paper-a/page1.txt"_s));
    copySample(u"002_8f3d60094bcd0134.txt"_s, root.filePath(u"2024-05-08/paper-b/page1.txt"_s));
    copySample(u"004_61b16b637bcca7d8.txt"_s, root.filePath(u"2024-05-09/paper-a/page1.txt"_s));
    QFile label(root.filePath(u"2024-05-08/paper-a/page1.blocks.tsv"_s));
    QVERIFY(label.open(QIODevice::WriteOnly));

    Workspace work;
    work.setBackgroundThreshold(threshold);
    QSignalSpy opened(&work, &Workspace::filesOpened);
    QSignalSpy notices(&work, &Workspace::notice);
    QSignalSpy found(&work, &Workspace::matchesFound);
    QSignalSpy problems(&work, &Workspace::problem);
    work.openFiles({dir.path()});
    QTRY_COMPARE(work.library()->pages().size(), 3);
    QTRY_VERIFY(found.size() > 0 && !work.isComparing());
    QCOMPARE(problems.size(), 0);
    // In the folders' order, every page under them.
    QCOMPARE(work.library()->page(0).source.path, root.filePath(u"2024-05-08/paper-a/page1.txt"_s));
    QCOMPARE(work.library()->page(2).source.path, root.filePath(u"2024-05-09/paper-a/page1.txt"_s));
    // The folder is remembered as itself, not as its pages.
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toStringList(), QStringList{QFileInfo(dir.path()).absoluteFilePath()});
    // The label file is not quietly passed over.
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(u"page1.blocks.tsv"_s),
             qPrintable(notices.first().first().toString()));
    QVERIFY(!work.passages().isEmpty());
}

void tst_Workspace::aFolderWithNoPageIsSaid_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("said");
    QTest::newRow("an empty folder") << QStringList{} << u"No page in"_s;
    QTest::newRow("a folder of scans") << QStringList{u"scan1.png"_s, u"scan2.png"_s} << u"scan1.png"_s;
}

void tst_Workspace::aFolderWithNoPageIsSaid()
{
    QFETCH(QStringList, files);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : std::as_const(files)) {
        QFile file(QDir(dir.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Workspace work;
    QSignalSpy problems(&work, &Workspace::problem);
    work.openFiles({dir.path()});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().at(1).toString().contains(said), qPrintable(problems.first().at(1).toString()));
    QCOMPARE(work.library()->pages().size(), 0);
}

void tst_Workspace::theLibraryKeepsTheRulesOfAModel()
{
    // Qt's own checker watches every change: pages added, named, grouped, closed.
    Workspace work;
    QAbstractItemModelTester tester(work.library(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    work.openFiles({samples.path()});
    PageLibraryModel *library = work.library();
    QVERIFY(library->rowCount() >= 2);
    QVERIFY(!work.groups().isEmpty());
    const QModelIndex page = library->index(1, PageLibraryModel::Title);
    QVERIFY(library->rowCount(page) > 0);
    QCOMPARE(library->index(0, PageLibraryModel::Title, page).data(PageLibraryModel::StoryRole).toInt(), 0);
    QCOMPARE(library->index(0, PageLibraryModel::Title, page).parent(), page.siblingAtColumn(0));
    QVERIFY(!library->index(0, PageLibraryModel::AlsoIn, page).data().toString().isEmpty()
            || !library->index(1, PageLibraryModel::AlsoIn, page).data().toString().isEmpty());
    // Only a page's title is named in place.
    QVERIFY(library->flags(page) & Qt::ItemIsEditable);
    QVERIFY(!(library->flags(library->index(0, PageLibraryModel::Title, page)) & Qt::ItemIsEditable));
    QVERIFY(!library->setData(library->index(0, PageLibraryModel::Title, page), u"x"_s));
    // Committed as it is shown (the file's name), the page keeps its own name.
    const QString shown = page.data().toString(), named = library->pageName(1);
    QVERIFY(library->setData(page, shown));
    QVERIFY(library->page(1).source.label.isEmpty());
    QCOMPARE(library->pageName(1), named);
    QVERIFY(library->setData(page, u"人民日报"_s));
    QCOMPARE(library->pageName(1), u"人民日报"_s);
    QCOMPARE(page.data().toString(), u"人民日报"_s);
    library->retranslate();
    work.clear({});
    QCOMPARE(library->rowCount(), 0);
}

void tst_Workspace::theLibraryIsFilteredByWhatItsPagesSay_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("shown");   // the pages' file names, in order
    const QStringList all{u"000_800ada7c4181dbc5.txt"_s, u"001_7bef9e0345aafa9a.txt"_s, u"002_8f3d60094bcd0134.txt"_s,
                          u"004_61b16b637bcca7d8.txt"_s, u"site-b.md"_s};
    QTest::newRow("nothing typed: every page") << QString() << all;
    QTest::newRow("a word of the text, across a line break") << u"天高云阔"_s << QStringList{all[1]};
    QTest::newRow("a word of another reading") << u"天高云淡"_s << QStringList{all[2], all[4]};
    QTest::newRow("the paper the page names") << u"南屏晨报"_s << QStringList{all[4]};
    QTest::newRow("the date it names") << u"2025-05-09"_s << QStringList{all[4]};
    QTest::newRow("every word must be there") << u"普京 天高云"_s << QStringList{all[1], all[2], all[4]};
    QTest::newRow("one word of two is no match") << u"普京 南屏晨报 没有"_s << QStringList();
    QTest::newRow("a name the library shows") << u"004"_s << QStringList{all[3]};
    QTest::newRow("no page has it") << u"没有这个词"_s << QStringList();
}

void tst_Workspace::theLibraryIsFilteredByWhatItsPagesSay()
{
    QFETCH(QString, words);
    QFETCH(QStringList, shown);
    MainWindow window;
    window.show();
    QStringList files;
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files.append(samples.filePath(name));
    files.append(QStringLiteral(JIAOKAN_TEST_DATA) + u"/web/site-b.md"_s);
    window.openFiles(files);
    QTRY_VERIFY(!window.isOpening() && !window.isComparing());
    auto *box = window.findChild<QLineEdit *>(u"libraryFilter"_s);
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    auto *count = window.findChild<QLabel *>(u"libraryCount"_s);
    QVERIFY(box && tree && count);
    box->setFocus();
    box->setText(words);   // as an input method commits Chinese
    QTest::keyClick(box, Qt::Key_Return);   // at once, not when the typing pauses
    QStringList got;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        got.append(QFileInfo(tree->model()->index(row, 0).data(PageLibraryModel::PageRole).isValid()
                                 ? window.library()->page(tree->model()->index(row, 0).data(PageLibraryModel::PageRole).toInt()).source.path
                                 : QString()).fileName());
    QCOMPARE(got, shown);
    QCOMPARE(count->isVisibleTo(&window), !words.isEmpty());
    if (!words.isEmpty()) {
        QVERIFY2(count->text().contains(u"%1 of 5"_s.arg(shown.size())), qPrintable(count->text()));
        // A story row of a page shown is shown with it.
        if (!shown.isEmpty())
            QVERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
    }
    // Esc clears the filter: every page again.
    QTest::keyClick(box, Qt::Key_Escape);
    QCOMPARE(tree->model()->rowCount(), 5);
    QVERIFY(!count->isVisibleTo(&window));
}

void tst_Workspace::aStoryOfManyPrintingsIsCollatedByReading_data()
{
    QTest::addColumn<int>("printings");
    QTest::newRow("20 printings") << 20;
    QTest::newRow("a wire story's 300") << 300;
}

void tst_Workspace::aStoryOfManyPrintingsIsCollatedByReading()
{
    // A story's printings: half print 天高云阔, half 天高云淡. Too many for a column
    // each: one column says which reading how many print, and which.
    QFETCH(int, printings);
    const int Printings = printings, Half = printings / 2;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile sample(samples.filePath(u"001_7bef9e0345aafa9a.txt"_s));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll());
    QVERIFY(text.contains(u"天高云阔"_s));
    for (int c = 0; c < Printings; ++c) {
        QFile out(QDir(dir.path()).filePath(u"paper%1.txt"_s.arg(c, 3, 10, QChar(u'0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((c % 2 ? QString(text).replace(u"天高云阔"_s, u"天高云淡"_s) : text).toUtf8());
    }
    MainWindow window;
    window.openFiles({dir.path()});
    QTRY_VERIFY_WITH_TIMEOUT(!window.isOpening() && !window.isComparing(), 120000);
    int group = -1;
    for (int g = 0; g < window.storyGroups().size(); ++g)
        if (window.storyGroups()[g].headline == u"习近平同俄罗斯总统普京会谈"_s)
            group = g;
    QVERIFY(group >= 0);
    QCOMPARE(window.storyGroups()[group].members.size(), Printings);
    // Compared along hubs, not every pair (190 or 44,850 pairs would be).
    QVERIFY2(window.storyGroups()[group].passages.size() <= 4 * Printings,
             qPrintable(QString::number(window.storyGroups()[group].passages.size())));
    // A big story's pairs are listed when it is opened; one row says so meanwhile.
    auto *list = window.findChild<SharedStoriesList *>(u"matchList"_s);
    QTreeWidgetItem *row = list->topLevelItem(group);
    const qsizetype pairs = window.storyGroups()[group].passages.size();
    if (pairs > SharedStoriesList::PairsListedAtOnce) {
        QCOMPARE(row->childCount(), 1);
        row->setExpanded(true);
    }
    QCOMPARE(row->childCount(), pairs);
    window.showCollation(group);
    auto *view = window.findChild<CollationView *>(u"collationView"_s);
    // A big story is collated on a worker thread.
    QCOMPARE(window.workspace()->isCollating(), Printings > Workspace::CollateAtOnceUpTo);
    QTRY_COMPARE_WITH_TIMEOUT(view->collation().witnesses.size(), Printings, 120000);
    auto *table = window.findChild<QTableWidget *>(u"collationTable"_s);
    QCOMPARE(table->columnCount(), 3 + 1 + 2);
    QVERIFY2(table->horizontalHeaderItem(3)->text().contains(QString::number(Printings)),
             qPrintable(table->horizontalHeaderItem(3)->text()));
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString readings = table->item(row, 3)->text();
        if (readings.contains(u"阔 ×%1"_s.arg(Half)) && readings.contains(u"淡 ×%1"_s.arg(Half)))
            found = true;
    }
    QVERIFY(found);

    // The spread: a dot per printing, coloured by its reading at the location in view;
    // clicking one shows it beside the base.
    SpreadView *spread = view->spread();
    spread->resize(600, 200);
    for (int l = 0; l < view->locationCount(); ++l) {
        view->setCurrentLocation(l);
        const QList<int> &readings = spread->readingOfWitness();
        QCOMPARE(readings.size(), Printings);
        if (std::count(readings.begin(), readings.end(), 0) == Half && std::count(readings.begin(), readings.end(), 1) == Half)
            break;
        QVERIFY2(l + 1 < view->locationCount(), "no location where the printings split in half");
    }
    const Collation &c = view->collation();
    // A printing far from the base, which the finder need not have compared with it.
    const int other = c.base == Printings - 1 ? 0 : Printings - 1;
    QVERIFY(!spread->dotOf(other).isEmpty());
    QCOMPARE(spread->witnessAt(spread->dotOf(other).center()), other);
    QTest::mouseClick(spread, Qt::LeftButton, {}, spread->dotOf(other).center());
    const PassageComparison &shown = window.matches().at(window.workspace()->shownPassage());
    const std::set<int> pages{shown.page[SideA], shown.page[SideB]};
    QCOMPARE(pages, (std::set<int>{c.witnesses[c.base].page, c.witnesses[other].page}));
}

void tst_Workspace::anOptionChangeDoesNotReflowAnyPageAgain_data()
{
    QTest::addColumn<qsizetype>("threshold");
    QTest::newRow("compared before the call returns") << Workspace::DefaultBackgroundThreshold;
    QTest::newRow("compared on worker threads") << qsizetype(0);
}

void tst_Workspace::anOptionChangeDoesNotReflowAnyPageAgain()
{
    QFETCH(qsizetype, threshold);
    // Each page is reflowed once, when opened. A block marked by hand as furniture
    // here (which reflow never would) stays so in what is compared after an option
    // changes: were the page reflowed again, it would be a paragraph.
    QList<ReflowedPage> pages;
    int marked = -1;
    for (const QString &name : {u"001_7bef9e0345aafa9a.txt"_s, u"002_8f3d60094bcd0134.txt"_s}) {
        QString error;
        auto source = PageLoader::load(samples.filePath(name), &error);
        QVERIFY2(source, qPrintable(error));
        pages.append(ReflowedPage::analyze(std::move(*source)));
    }
    for (int b = 0; b < pages[0].blocks.size() && marked < 0; ++b)
        if (pages[0].blocks[b].kind == BlockKind::Paragraph)
            marked = b;
    QVERIFY(marked >= 0);
    pages[0].blocks[marked].kind = BlockKind::Furniture;

    Workspace work;
    work.setBackgroundThreshold(threshold);
    QSignalSpy found(&work, &Workspace::matchesFound);
    work.addPages(pages);
    QTRY_COMPARE(found.size(), 1);
    work.setOption(&CompareOptions::ignorePunctuation, true);
    QTRY_COMPARE(found.size(), 2);
    QVERIFY(work.options().ignorePunctuation);
    const auto analyzed = work.analyzedPage(0);
    QVERIFY(analyzed);
    QCOMPARE(analyzed->page.blocks.size(), pages[0].blocks.size());
    QCOMPARE(analyzed->page.blocks[marked].kind, BlockKind::Furniture);
    QVERIFY(work.matches().pages[0]);
    QCOMPARE(work.matches().pages[0]->page.blocks[marked].kind, BlockKind::Furniture);
}

void tst_Workspace::aFolderReopensFromItsIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"archive"_s);
    copySample(u"001_7bef9e0345aafa9a.txt"_s, folder + u"/a/001.txt"_s);
    copySample(u"002_8f3d60094bcd0134.txt"_s, folder + u"/b/002.txt"_s);
    copySample(u"004_61b16b637bcca7d8.txt"_s, folder + u"/c/004.txt"_s);
    auto open = [&](Workspace &work, int pages) {
        work.setArchiveEnabled(true);
        work.setBackgroundThreshold(0);
        work.openFiles({folder});
        QTRY_COMPARE(work.library()->pages().size(), pages);
        QTRY_VERIFY(!work.isOpening() && !work.isComparing() && !work.groups().isEmpty());
        QCOMPARE(work.archiveFolder(), QFileInfo(folder).absoluteFilePath());
    };

    // Read once: every page and the passages among them kept beside the folder.
    Workspace first;
    open(first, 3);
    const QList<PassageComparison> passages = first.passages();
    QVERIFY(passages.size() > 1);
    QVERIFY(QFileInfo::exists(folder + u".jiaokan-index"_s));
    {
        ArchiveIndex index(folder);
        QCOMPARE(index.pageFileCount(), 3);
        const QByteArray key = ArchiveIndex::passagesKey(first.library()->pages(), first.options(),
                                                         int(PassageFinder::Reach::AlongStories));
        QCOMPARE(index.passages(key).value().size(), passages.size());
        // What the index says is what is opened, not the file read again: mark both.
        const QString page = folder + u"/a/001.txt"_s;
        auto kept = index.pages(page, ArchiveIndex::digestOf(page));
        QVERIFY(kept);
        (*kept)[0].source.metadata.paper = u"从索引读出"_s;
        QVERIFY(index.store({{page, ArchiveIndex::digestOf(page), ArchiveIndex::recordOf(*kept, page)}}));
        QVERIFY(index.storePassages(key, passages.mid(0, 1)));
    }
    Workspace again;
    open(again, 3);
    QCOMPARE(again.library()->page(0).source.metadata.paper, u"从索引读出"_s);
    QCOMPARE(again.passages().size(), 1);
    QCOMPARE(again.passages()[0].page, passages[0].page);
    QCOMPARE(again.passages()[0].differences.size(), passages[0].differences.size());
    for (int p = 0; p < 3; ++p)
        QCOMPARE(again.library()->page(p).source.lines, first.library()->page(p).source.lines);

    // A page changed is read again, and the passages found again; the rest still come
    // from the index.
    {
        QFile changed(folder + u"/c/004.txt"_s);
        QVERIFY(changed.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\n补记：一页改过。\n");
    }
    Workspace changed;
    open(changed, 3);
    QCOMPARE(changed.library()->page(2).source.lines.last(), u"补记：一页改过。"_s);
    QCOMPARE(changed.library()->page(0).source.metadata.paper, u"从索引读出"_s);
    QCOMPARE(changed.passages().size(), passages.size());

    // A new page is matched against all the pages already read.
    copySample(u"002_8f3d60094bcd0134.txt"_s, folder + u"/d/new.txt"_s);
    Workspace grown;
    open(grown, 4);
    QCOMPARE(grown.library()->page(3).source.path, QFileInfo(folder + u"/d/new.txt"_s).absoluteFilePath());
    QVERIFY(std::any_of(grown.groups().begin(), grown.groups().end(), [](const StoryGroup &g) {
        return std::any_of(g.members.begin(), g.members.end(), [](const StoryGroup::Member &m) { return m.page == 3; })
            && std::any_of(g.members.begin(), g.members.end(), [](const StoryGroup::Member &m) { return m.page == 1; });
    }));
    QCOMPARE(ArchiveIndex(folder).pageFileCount(), 4);
}

// The first pages of a folder are compared while the rest are read: the first
// passages found name only them, and in the end every page is compared with every
// other as when all are opened at once.
void tst_Workspace::storiesAreFoundWhileAFolderIsStillRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList samples{u"000_800ada7c4181dbc5.txt"_s, u"001_7bef9e0345aafa9a.txt"_s, u"002_8f3d60094bcd0134.txt"_s,
                              u"004_61b16b637bcca7d8.txt"_s};
    for (int i = 0; i < 8; ++i)
        copySample(samples[i % 4], dir.filePath(u"p%1.txt"_s.arg(i)));
    auto highestPage = [](const Workspace &work) {
        int top = -1;
        for (const PassageComparison &p : work.passages())
            top = std::max({top, p.page[SideA], p.page[SideB]});
        return top;
    };
    Workspace all;
    all.setArchiveEnabled(false);
    all.openFiles({dir.path()});
    QTRY_VERIFY(!all.isOpening() && !all.isComparing() && !all.groups().isEmpty());

    Workspace work;
    work.setArchiveEnabled(false);
    work.setBackgroundThreshold(0);
    work.setFirstBatch(2);   // then the other 6: two batches
    // The rest is read only once the first two are compared: on a busy machine it
    // could otherwise all be read before, and compared at once.
    QSemaphore compared;
    work.setBeforeBatch([&] { compared.tryAcquire(1, 60000); });   // a timeout shows in seen
    QList<int> seen;         // at each finding, the highest page its passages name
    connect(&work, &Workspace::matchesFound, &work, [&] {
        seen.append(highestPage(work));
        compared.release();
    });
    // The first batch is chosen in the library; the next joins it, leaving the reader on
    // whatever page the user went on to meanwhile.
    QSignalSpy chosen(&work, &Workspace::pagesAdded);
    work.openFiles({dir.path()});
    QTRY_VERIFY_WITH_TIMEOUT(!work.isOpening() && !work.isComparing() && seen.size() >= 2, 60000);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toInt(), 0);
    QCOMPARE(seen.first(), 1);   // p0 and p1 (000 and 001) share the talks
    QCOMPARE(seen.last(), 7);
    QCOMPARE(work.library()->pages().size(), 8);
    QCOMPARE(work.passages().size(), all.passages().size());
    QCOMPARE(work.groups().size(), all.groups().size());
}

// A story no printing gives a headline (its headline elsewhere on the paper) is listed
// by its opening words, as the library names it, not as a bare "(no headline)".
void tst_Workspace::aStoryPrintedWithoutHeadlineIsListedByItsFirstWords()
{
    QFile sample(samples.filePath(u"001_7bef9e0345aafa9a.txt"_s));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    // The body of the corpus's talks story, from its dateline on: no headline above it.
    const QString text = QString::fromUtf8(sample.readAll());
    const qsizetype start = text.indexOf(u"新华社"_s);
    QVERIFY(start > 0);
    const QString body = text.mid(start, text.indexOf(u"蔡奇"_s) - start);
    QTemporaryDir dir;
    QStringList files;
    for (const QString &change : {u"天高云阔"_s, u"天高云淡"_s}) {
        files.append(QDir(dir.path()).filePath(change + u".txt"_s));
        QFile out(files.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QString(body).replace(u"天高云阔"_s, change).toUtf8());
    }
    MainWindow window;
    window.openFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isOpening() && !window.isComparing(), 60000);
    QCOMPARE(window.storyGroups().size(), 1);
    QVERIFY(window.storyGroups().first().headline.isEmpty());
    auto *list = window.findChild<SharedStoriesList *>(u"matchList"_s);
    const QString title = list->topLevelItem(0)->text(0);
    QVERIFY2(title.startsWith(u"(no headline) 新华社"_s), qPrintable(title));
}

// A printing that lost 据新华社 runs the visa story on into the summit story: chosen
// in the summit story's collation, it is compared with the base on its summit part.
void tst_Workspace::aPrintingOfTwoStoriesRunTogetherIsComparedOnItsPart()
{
    QFile sample(samples.filePath(u"004_61b16b637bcca7d8.txt"_s));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll());
    QVERIFY(text.contains(u"据新华社\n\n习近平主持"_s));
    QTemporaryDir dir;
    QStringList files;
    for (int c = 0; c < 4; ++c) {
        files.append(QDir(dir.path()).filePath(u"paper%1.txt"_s.arg(c)));
        QFile out(files.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((c == 3 ? QString(text).replace(u"据新华社\n\n习近平主持"_s, u"新华社\n\n习近平主持"_s) : text).toUtf8());
    }
    MainWindow window;
    window.openFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isOpening() && !window.isComparing(), 60000);
    int group = -1;
    for (int g = 0; g < window.storyGroups().size(); ++g)
        if (window.storyGroups()[g].headline.startsWith(u"习近平主持"_s))
            group = g;
    QVERIFY(group >= 0);
    const auto &members = window.storyGroups()[group].members;
    QCOMPARE(members.size(), 4);
    const StoryGroup::Member merged = members.last();
    QCOMPARE(merged.page, 3);
    QVERIFY(merged.part.first.value > 0);
    window.showCollation(group, 0);
    auto *view = window.findChild<CollationView *>(u"collationView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->collation().witnesses.size(), 4, 60000);
    emit view->printingChosen(3);
    const int shown = window.workspace()->shownPassage();
    QVERIFY(shown >= 0);
    const PassageComparison &p = window.matches().at(shown);
    const Side side = p.page[SideA] == 3 ? SideA : SideB;
    QCOMPARE(p.page[side], 3);
    QVERIFY2(merged.part.first <= p.lines[side].first && p.lines[side].last <= merged.part.last,
             qPrintable(p.lines[side].text() + u" outside "_s + merged.part.text()));
}

void tst_Workspace::manyStoriesListTheirPairsWhenOpened_data()
{
    QTest::addColumn<int>("stories");
    QTest::addColumn<bool>("listedAtOnce");
    QTest::newRow("ten stories of three printings: their pairs in view") << 10 << true;
    QTest::newRow("a thousand: each story's pairs when it is opened") << 1000 << false;
}

// An archive shares a thousand stories: making a row for each of their pairs held the
// window 100 ms, so then each story lists its pairs when it is opened.
void tst_Workspace::manyStoriesListTheirPairsWhenOpened()
{
    QFETCH(int, stories);
    QFETCH(bool, listedAtOnce);
    PageLibraryModel library;
    QList<ReflowedPage> pages;
    QList<PassageComparison> passages;
    QList<StoryGroup> groups;
    for (int g = 0; g < stories; ++g) {
        StoryGroup group;
        group.headline = u"Story %1"_s.arg(g);
        for (int m = 0; m < 3; ++m) {
            ReflowedPage page;
            page.source.path = u"/archive/page%1-%2.txt"_s.arg(g).arg(m);
            Block body;
            body.kind = BlockKind::Paragraph;
            body.text = u"天高云阔。"_s;
            page.blocks.append(body);
            Story story;
            story.headline = group.headline;
            page.stories.append(story);
            group.members.append({int(pages.size()), 0, false, {}});
            pages.append(page);
        }
        for (const auto &[a, b] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) {
            PassageComparison p;
            p.page = {group.members[a].page, group.members[b].page};
            group.passages.append(int(passages.size()));
            passages.append(p);
        }
        groups.append(group);
    }
    library.addPages(pages);
    SharedStoriesList list;
    list.fill(library, passages, groups, int(passages.size()));
    QCOMPARE(list.topLevelItemCount(), stories);
    QTreeWidgetItem *story = list.topLevelItem(stories - 1);
    QCOMPARE(story->isExpanded(), listedAtOnce);
    QCOMPARE(story->childCount(), listedAtOnce ? 3 : 1);
    if (!listedAtOnce) {
        QVERIFY(story->child(0)->text(0).contains(u"3 pair"_s));
        story->setExpanded(true);
        QCOMPARE(story->childCount(), 3);
    }
    QVERIFY(story->child(2)->text(0).contains(u"↔"_s));
    // A pair asked for by its passage (a project reopened on it) is listed and marked.
    QTreeWidgetItem *first = list.topLevelItem(0);
    list.markPassage(1);
    QCOMPARE(first->childCount(), 3);
    QCOMPARE(list.currentItem(), first->child(1));
}

QTEST_MAIN(tst_Workspace)
#include "tst_workspace.moc"
