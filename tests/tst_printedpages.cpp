// Pages read from a PDF in the app: the printed page beside the reflowed text, and
// every difference of a comparison marked on both printed pages. The real widgets,
// offscreen; pages rendered by Poppler off the window's thread.
#include "testsettings.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "pageimageview.h"
#include "pagelibrarymodel.h"
#include "printedcomparison.h"
#include "readerpane.h"
#include "readerview.h"

#include "layout/printedboxes.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Jiaokan::App;
using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {
// The library's index as its tree shows it (sorted by a proxy).
QModelIndex shown(QTreeView *tree, const QModelIndex &index)
{
    return static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(index);
}

QString pdf(const QString &name) { return QStringLiteral(JIAOKAN_TEST_DATA "/pdf/") + name; }
} // namespace

class tst_PrintedPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsThePrintedPageBesideTheText();
    void clickingThePageChoosesTheParagraph();
    void pageTextHasNoPrintedPage();
    void marksEveryDifferenceOnBothPrintedPages();
    void libraryShowsPaperDateAndPage();

private:
    // The window with files open, the first page's row chosen in the library.
    std::unique_ptr<MainWindow> windowWith(const QStringList &files);
    QTemporaryDir m_settingsDir;
};

void tst_PrintedPages::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    keepSettingsIn(m_settingsDir, u"tst_printedpages"_s);
}

std::unique_ptr<MainWindow> tst_PrintedPages::windowWith(const QStringList &files)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    window->setBackgroundThreshold(1LL << 40);   // opened at once
    window->openFiles(files);
    auto *tree = window->findChild<QTreeView *>(u"libraryTree"_s);
    tree->setCurrentIndex(shown(tree, window->library()->index(0, 0)));
    return window;
}

void tst_PrintedPages::showsThePrintedPageBesideTheText()
{
    const auto window = windowWith({pdf(u"pdf01_000.pdf"_s)});
    auto *pane = window->findChild<ReaderPane *>();
    PageImageView *page = pane->printedPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->file(), pdf(u"pdf01_000.pdf"_s));
    QCOMPARE(page->pageNumber(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(page->isRendered(), 10000);   // rendered on a worker thread

    // Putting the cursor in a paragraph outlines where it is printed.
    ReaderView *reader = pane->reader();
    QTextCursor c(reader->document());
    QTextBlock paragraph = reader->document()->firstBlock();
    while (paragraph.isValid() && !paragraph.text().startsWith(u"陈吉宁代表市委"_s))
        paragraph = paragraph.next();
    QVERIFY(paragraph.isValid());
    c.setPosition(paragraph.position() + 3);
    reader->setTextCursor(c);
    const int block = reader->currentBlock();
    QVERIFY(window->library()->page(0).blocks.at(block).text.startsWith(u"陈吉宁代表市委"_s));
    QCOMPARE(page->outlines().size(), PrintedBoxes::ofBlock(window->library()->page(0), block).size());
    QVERIFY(page->outlines().size() >= 10);   // a paragraph of some twenty column lines
}

void tst_PrintedPages::clickingThePageChoosesTheParagraph()
{
    const auto window = windowWith({pdf(u"pdf01_000.pdf"_s)});
    auto *pane = window->findChild<ReaderPane *>();
    const ReflowedPage &page = window->library()->page(0);
    int target = -1;
    for (int b = 0; b < page.blocks.size() && target < 0; ++b)
        if (page.blocks.at(b).text.startsWith(u"座谈会上"_s))
            target = b;
    QVERIFY(target >= 0);
    const QRectF box = PrintedBoxes::ofBlock(page, target).first().box;
    PageImageView *view = pane->printedPage();
    view->centreOn(box);
    const QPoint at = view->toView(box).center().toPoint();
    QVERIFY2(view->viewport()->rect().contains(at), qPrintable(u"%1,%2 in %3x%4"_s.arg(at.x()).arg(at.y())
                                                                 .arg(view->viewport()->width()).arg(view->viewport()->height())));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(pane->reader()->currentBlock(), target);
    QVERIFY(pane->reader()->textCursor().block().text().startsWith(u"座谈会上"_s));
}

void tst_PrintedPages::pageTextHasNoPrintedPage()
{
    const auto window = windowWith({QStringLiteral(JIAOKAN_SAMPLES_DIR "/001.txt")});
    QVERIFY(!window->findChild<ReaderPane *>()->printedPage()->isVisible());
}

void tst_PrintedPages::marksEveryDifferenceOnBothPrintedPages()
{
    const auto window = windowWith({pdf(u"pdf01_000.pdf"_s), pdf(u"pdf03_002.pdf"_s)});
    // The talks: 挺膺担当 in one, 挺身而出 in the other.
    int pair = -1;
    for (int i = 0; i < window->matches().size() && pair < 0; ++i)
        for (const Difference &d : window->matches().at(i).differences)
            if (d.text[SideA] == u"膺担当"_s || d.text[SideB] == u"膺担当"_s)
                pair = i;
    QVERIFY(pair >= 0);
    window->compareMatch(pair);
    QTRY_VERIFY(!window->isComparing());
    auto *comparison = window->findChild<ComparisonView *>();
    auto *printed = window->findChild<PrintedComparison *>();
    QVERIFY(printed->isVisible());
    window->findChild<QAction *>(u"nextDifferenceAction"_s)->trigger();
    const int current = comparison->currentDifference();
    QVERIFY(current >= 0);
    for (Side s : {SideA, SideB}) {
        PageImageView *view = printed->printedPage(s);
        QVERIFY(view->isVisible());
        // Every difference of the passage has its mark; the current one is drawn
        // strong, and is in the middle of the view.
        QList<int> marked;
        int strong = 0;
        for (const PageImageView::Mark &m : view->marks()) {
            strong += m.current;
            if (m.current) {
                const QPointF centre = view->toView(m.box).center();
                QVERIFY2(QRectF(view->viewport()->rect()).contains(centre), "the current difference is out of view");
            }
        }
        QVERIFY(strong >= 1);
        QVERIFY(view->marks().size() >= comparison->differenceCount());
        QTRY_VERIFY_WITH_TIMEOUT(view->isRendered(), 10000);
    }
}

void tst_PrintedPages::libraryShowsPaperDateAndPage()
{
    const auto window = windowWith({QStringLiteral(JIAOKAN_TEST_DATA "/web/site-b.md"),
                                    QStringLiteral(JIAOKAN_TEST_DATA "/web/site-a.html")});
    PageLibraryModel *library = window->library();
    QCOMPARE(library->index(0, PageLibraryModel::Title).data().toString(), u"南屏晨报 2025-05-09 第01版"_s);
    QCOMPARE(library->index(0, PageLibraryModel::Paper).data().toString(), u"南屏晨报"_s);
    QCOMPARE(library->index(0, PageLibraryModel::Date).data().toString(), u"2025-05-09"_s);
    QCOMPARE(library->index(0, PageLibraryModel::Page).data().toString(), u"第01版 要闻"_s);
    QCOMPARE(library->index(1, PageLibraryModel::Paper).data().toString(), u"海岳日报"_s);
    QCOMPARE(library->index(1, PageLibraryModel::Page).data().toString(), u"要闻"_s);
    QVERIFY(!window->findChild<ReaderPane *>()->printedPage()->isVisible());   // web text: no printed page
}

QTEST_MAIN(tst_PrintedPages)
#include "tst_printedpages.moc"
