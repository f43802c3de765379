// The annotation workflow in the real window: a status and comment from the table, the
// menu or the keys, marked in the text and the ruler, filtered, undone; projects saved
// and opened again whole; damaged projects refused; work recovered after a crash.
#include "testsettings.h"
#include "annotationlistview.h"
#include "annotationstore.h"
#include "collationview.h"
#include "commentdialog.h"
#include "comparisonview.h"
#include "differencetablemodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "overviewruler.h"
#include "pagelibrarymodel.h"
#include "readerview.h"
#include "reportprinter.h"

#include "i18n/interfacelanguage.h"
#include "project/projectfile.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QAction>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QComboBox>
#include <QAbstractButton>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QDockWidget>
#include <QMenuBar>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QClipboard>
#include <QMimeData>
#include <QGuiApplication>
#include <QMenu>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUndoStack>

#include <memory>

using namespace Jiaokan::App;
using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

const QString Talks = u"习近平同俄罗斯总统普京会谈"_s;

int matchOf(const MainWindow &window, const QString &pageA, const QString &pageB)
{
    for (const StoryGroup &g : window.storyGroups()) {
        if (g.headline != Talks)
            continue;
        for (int i : g.passages) {
            const PassageComparison &p = window.matches().at(i);
            if (window.library()->pageName(p.page[0]).startsWith(pageA)
                && window.library()->pageName(p.page[1]).startsWith(pageB))
                return i;
        }
    }
    return -1;
}

int talksGroup(const MainWindow &window)
{
    for (int g = 0; g < window.storyGroups().size(); ++g) {
        if (window.storyGroups()[g].headline == Talks)
            return g;
    }
    return -1;
}

int differenceWith(const MainWindow &window, const QString &a, const QString &b)
{
    const auto *view = window.findChild<ComparisonView *>();
    const QList<Difference> &ds = view->passage().differences;
    for (int i = 0; i < ds.size(); ++i) {
        if (ds[i].text[SideA] == a && ds[i].text[SideB] == b)
            return i;
    }
    return -1;
}

void trigger(MainWindow &window, const QString &action)
{
    QAction *a = window.findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    a->trigger();
}

} // namespace

class tst_AnnotationWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusIsMarkedInTableTextAndRuler();
    void clickedMarkIsWhatTheStatusKeyJudges();
    void nextDifferenceIsCentredInBothPanes();
    void tableFiltersByStatus_data();
    void tableFiltersByStatus();
    void editsAreUndoneAndRedone();
    void commentWrittenInTheTableIsKept();
    void annotationFollowsItsDifferenceWhenOptionsChange();
    void locationOfACollationIsAnnotated();
    void saveThenOpenGivesTheSameState();
    void collationAndItsBaseAreSavedWithTheProject();
    void damagedProjectIsRefusedAndTheWorkKept_data();
    void damagedProjectIsRefusedAndTheWorkKept();
    void missingPageOrphansItsAnnotationsAndKeepsThem();
    void pagesOutsideTheProjectFolderOpenOnlyWhenAgreed();
    void languageChangesAtOnceAndIsRemembered();
    void everyWidgetHasAnAccessibleName_data();
    void everyWidgetHasAnAccessibleName();
    void differencesAreMarkedNotByColourAlone();
    void chineseInterfaceShowsNoEnglish_data();
    void chineseInterfaceShowsNoEnglish();
    void noTwoItemsOfAMenuShareAnAccessKey_data();
    void noTwoItemsOfAMenuShareAnAccessKey();
    void commentDialogKeepsLinesAndAcceptsOnCtrlEnter();
    void twoChosenTextsAreComparedSwappedAndAnnotated();
    void twoSelectionsAreComparedAndSwapped();
    void aVerdictShowsWhereverItsReadingIs();
    void copiedRowsAreTabSeparated();
    void theStatusMenuChecksTheCurrentStatusOnly();
    void theQuitQuestionNamesWhatIsUnsaved();
    void unsavedWorkIsRecoveredAfterACrash();
    void exportsTheComparisonShownWithItsAnnotations();
    void exportsTheCollationShownWithItsApparatus();
    void printedLinesNeverStartWithClosingPunctuation_data();
    void printedLinesNeverStartWithClosingPunctuation();

private:
    // The window with pages 000, 001, 002 and 004 (copies, in a folder of the test's own),
    // showing the talks story of 001 against 002.
    std::unique_ptr<MainWindow> windowOnTalks();
    void annotate(MainWindow &window, const QString &a, const QString &b, const QString &status,
                  const QString &comment = {});

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_pages;
};

void tst_AnnotationWorkflow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    keepSettingsIn(m_settingsDir, u"tst_annotationworkflow"_s);
    // The recovery copy goes to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AnnotationWorkflow::init()
{
    clearSettings();
    MainWindow::discardRecovery();
    m_pages = std::make_unique<QTemporaryDir>();
    const QDir samples(QStringLiteral(JIAOKAN_SAMPLES_DIR));
    for (const QString &name : samples.entryList({u"*.txt"_s}))
        QVERIFY(QFile::copy(samples.filePath(name), m_pages->filePath(name)));
}

void tst_AnnotationWorkflow::cleanup()
{
    MainWindow::discardRecovery();
}

std::unique_ptr<MainWindow> tst_AnnotationWorkflow::windowOnTalks()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->show();
    QStringList paths;
    const QDir dir(m_pages->path());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    window->openFiles(paths);
    const int talks = matchOf(*window, u"001"_s, u"002"_s);
    if (talks >= 0)
        window->compareMatch(talks);
    return window;
}

void tst_AnnotationWorkflow::annotate(MainWindow &window, const QString &a, const QString &b, const QString &status,
                                      const QString &comment)
{
    const int index = differenceWith(window, a, b);
    QVERIFY2(index >= 0, qPrintable(a + u" / "_s + b));
    auto *table = window.findChild<QTableView *>(u"differencesTable"_s);
    table->clearSelection();
    window.findChild<ComparisonView *>()->setCurrentDifference(index);
    trigger(window, u"status-"_s + status);
    if (!comment.isEmpty())
        window.setComment(comment);
}

void tst_AnnotationWorkflow::clickedMarkIsWhatTheStatusKeyJudges()
{
    // Issue 21's first harm: click 淡, press "error in B", and the dateline (the current
    // difference until then) got the verdict. The click makes 阔/淡 current first.
    const auto window = windowOnTalks();
    auto *view = window->findChild<ComparisonView *>();
    view->setCurrentDifference(0);
    const int sky = differenceWith(*window, u"阔"_s, u"淡"_s);
    QVERIFY(sky > 0);
    QTextBrowser *pane = view->pane(SideB);
    const int at = pane->toPlainText().indexOf(u"天高云淡"_s) + 3;
    QVERIFY(at >= 3);
    QTextCursor c(pane->document());
    c.setPosition(at);
    pane->setTextCursor(c);
    pane->ensureCursorVisible();
    const QPoint point = pane->cursorRect(c).center() + QPoint(2, 0);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(view->currentDifference(), sky);
    trigger(*window, u"status-error-in-b"_s);
    QCOMPARE(window->annotations()->annotations().size(), 1);
    const Annotation &a = window->annotations()->annotations().first();
    QCOMPARE(a.status, ReviewStatus::ErrorInB);
    QCOMPARE(a.readings(), u"阔 → 淡"_s);
}

void tst_AnnotationWorkflow::nextDifferenceIsCentredInBothPanes()
{
    // Issue 21's second harm: F7 left the difference on the pane's last line. Now its
    // line is in the middle third of both panes, unless the text ends too near it.
    const auto window = windowOnTalks();
    window->resize(1200, 700);
    QCoreApplication::processEvents();
    auto *view = window->findChild<ComparisonView *>();
    QVERIFY(view->differenceCount() >= 3);
    int centred = 0;
    for (int i = 0; i < view->differenceCount(); ++i) {
        view->setCurrentDifference(i);
        for (Side s : {SideA, SideB}) {
            QTextBrowser *pane = view->pane(s);
            QTextCursor start(pane->document());
            start.setPosition(pane->textCursor().selectionStart());
            const int y = pane->cursorRect(start).center().y(), h = pane->viewport()->height();
            const QScrollBar *bar = pane->verticalScrollBar();
            const bool atAnEnd = bar->value() == bar->minimum() || bar->value() == bar->maximum();
            QVERIFY2(atAnEnd || (y >= h / 3 && y <= 2 * h / 3),
                     qPrintable(u"difference %1 at %2 of %3"_s.arg(i).arg(y).arg(h)));
            centred += !atAnEnd;
        }
    }
    QVERIFY(centred >= 2);   // some were away from the ends, and were centred
}

void tst_AnnotationWorkflow::statusIsMarkedInTableTextAndRuler()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s);
    const int index = differenceWith(*window, u"阔"_s, u"淡"_s);

    QCOMPARE(window->annotations()->annotations().size(), 1);
    QCOMPARE(window->annotations()->annotations().first().status, ReviewStatus::ErrorInB);
    QCOMPARE(window->placements().first().state, Placement::State::Attached);

    const auto *model = window->findChild<DifferenceTableModel *>();
    QVERIFY(model->data(model->index(index, DifferenceTableModel::Status)).toString().contains(u"Error in B"_s));
    QVERIFY(model->data(model->index(0, DifferenceTableModel::Status)).toString().isEmpty() || index == 0);

    // In both panes the mark has a line above it (black-and-white proof) and a tooltip.
    auto *view = window->findChild<ComparisonView *>();
    for (Side side : {SideA, SideB}) {
        QTextCursor c = view->pane(side)->textCursor();   // the current difference is selected
        QTextCursor inside(view->pane(side)->document());
        inside.setPosition(c.selectionStart() + 1);
        QVERIFY2(inside.charFormat().fontOverline(), side == SideA ? "A" : "B");
        QVERIFY(inside.charFormat().toolTip().contains(u"Error in B"_s));
    }
    // Another difference, not annotated, has no such line.
    const int other = index == 0 ? 1 : 0;
    view->setCurrentDifference(other);
    QTextCursor inside(view->pane(SideB)->document());
    inside.setPosition(view->pane(SideB)->textCursor().selectionStart() + 1);
    QVERIFY(!inside.charFormat().fontOverline());

    const auto *ruler = window->findChild<OverviewRuler *>();
    QCOMPARE(ruler->marks().size(), view->differenceCount());
    for (int i = 0; i < ruler->marks().size(); ++i)
        QCOMPARE(ruler->marks()[i].annotation.isValid(), i == index);
}

void tst_AnnotationWorkflow::tableFiltersByStatus_data()
{
    QTest::addColumn<int>("filter");   // the item of the Show combo
    QTest::addColumn<int>("rows");
    // Four differences: 阔/淡 an error in B, 膺担当/身而出 accepted, the rest unannotated.
    QTest::newRow("all") << 0 << 4;
    QTest::newRow("annotated") << 1 << 2;
    QTest::newRow("unreviewed") << 2 << 2;
    QTest::newRow("accepted") << 3 << 1;
    QTest::newRow("error in A") << 4 << 0;
    QTest::newRow("error in B") << 5 << 1;
    QTest::newRow("query") << 6 << 0;
}

void tst_AnnotationWorkflow::tableFiltersByStatus()
{
    QFETCH(int, filter);
    QFETCH(int, rows);
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s);
    annotate(*window, u"膺担当"_s, u"身而出"_s, u"accepted"_s);
    auto *combo = window->findChild<QComboBox *>(u"statusFilter"_s);
    combo->setCurrentIndex(filter);
    auto *table = window->findChild<QTableView *>(u"differencesTable"_s);
    QCOMPARE(table->model()->rowCount(), rows);
}

void tst_AnnotationWorkflow::editsAreUndoneAndRedone()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"query"_s);
    annotate(*window, u"阔"_s, u"淡"_s, u"accepted"_s);
    QUndoStack *undo = window->annotations()->undoStack();
    QCOMPARE(undo->count(), 2);
    QVERIFY(window->isWindowModified());

    trigger(*window, u"undoAction"_s);
    QCOMPARE(window->annotations()->annotations().first().status, ReviewStatus::Query);
    trigger(*window, u"undoAction"_s);
    QVERIFY(window->annotations()->annotations().isEmpty());
    QVERIFY(!window->isWindowModified());
    const auto *model = window->findChild<DifferenceTableModel *>();
    const int index = differenceWith(*window, u"阔"_s, u"淡"_s);
    QVERIFY(model->data(model->index(index, DifferenceTableModel::Status)).toString().isEmpty());
    trigger(*window, u"redoAction"_s);
    trigger(*window, u"redoAction"_s);
    QCOMPARE(window->annotations()->annotations().first().status, ReviewStatus::Accepted);

    // Several selected rows take one status in one step.
    auto *table = window->findChild<QTableView *>(u"differencesTable"_s);
    table->selectAll();
    trigger(*window, u"status-error-in-a"_s);
    QCOMPARE(window->annotations()->annotations().size(), 4);
    QCOMPARE(undo->count(), 3);
    trigger(*window, u"undoAction"_s);
    QCOMPARE(window->annotations()->annotations().size(), 1);
}

void tst_AnnotationWorkflow::commentWrittenInTheTableIsKept()
{
    const auto window = windowOnTalks();
    const int index = differenceWith(*window, u"膺担当"_s, u"身而出"_s);
    auto *table = window->findChild<QTableView *>(u"differencesTable"_s);
    const QModelIndex cell = table->model()->index(index, DifferenceTableModel::Comment);
    QVERIFY(table->model()->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(table->model()->setData(cell, u"通稿作“挺膺担当”"_s));
    QCOMPARE(window->annotations()->annotations().size(), 1);
    const Annotation &a = window->annotations()->annotations().first();
    QCOMPARE(a.comment, u"通稿作“挺膺担当”"_s);
    QCOMPARE(a.status, ReviewStatus::Unreviewed);
    QCOMPARE(table->model()->data(cell).toString(), u"通稿作“挺膺担当”"_s);
    // An emptied comment on an unreviewed difference leaves nothing to keep.
    QVERIFY(table->model()->setData(cell, QString()));
    QVERIFY(window->annotations()->annotations().isEmpty());
}

void tst_AnnotationWorkflow::annotationFollowsItsDifferenceWhenOptionsChange()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"见通稿"_s);
    for (const QString &option : {u"ignorePunctuationAction"_s, u"wordGranularityAction"_s, u"ignoreWidthAction"_s}) {
        trigger(*window, option);
        QCOMPARE(window->placements().first().state, Placement::State::Attached);
        const Placement p = window->placements().first();
        const Difference &d = window->matches().at(p.passage).differences.at(p.item);
        QVERIFY2(d.text[SideA].contains(u"阔"_s), qPrintable(option));
        // Shown in the table of the passage on screen.
        const auto *model = window->findChild<DifferenceTableModel *>();
        if (window->findChild<ComparisonView *>()->passage().page == window->matches().at(p.passage).page)
            QCOMPARE(model->annotation(p.item)->comment, u"见通稿"_s);
    }
}

void tst_AnnotationWorkflow::locationOfACollationIsAnnotated()
{
    const auto window = windowOnTalks();
    const int group = talksGroup(*window);
    window->showCollation(group);
    auto *collation = window->findChild<CollationView *>();
    QVERIFY(collation->locationCount() > 0);
    collation->setCurrentLocation(0);
    trigger(*window, u"status-query"_s);
    QCOMPARE(window->annotations()->annotations().size(), 1);
    QCOMPARE(window->annotations()->annotations().first().target, Annotation::Target::Location);
    QCOMPARE(window->placements().first().item, 0);
    auto *list = window->annotationList();
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->text(0, AnnotationListView::Where).contains(u"Variant location 1"_s),
             qPrintable(list->text(0, AnnotationListView::Where)));
}

void tst_AnnotationWorkflow::saveThenOpenGivesTheSameState()
{
    const QString path = m_pages->filePath(u"work.jiaokan"_s);
    Project saved;
    {
        const auto window = windowOnTalks();
        annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"新华社通稿作“天高云阔”"_s);
        annotate(*window, u"膺担当"_s, u"身而出"_s, u"query"_s);
        trigger(*window, u"ignorePunctuationAction"_s);
        QVERIFY(window->saveProject(path));
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->annotations()->undoStack()->isClean(), true);
        saved = window->currentProject();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QCOMPARE(window.library()->pages().size(), 4);
    QVERIFY(window.options().ignorePunctuation);
    QVERIFY(window.findChild<QAction *>(u"ignorePunctuationAction"_s)->isChecked());
    const Project opened = window.currentProject();
    QCOMPARE(opened.pages, saved.pages);
    QCOMPARE(opened.annotations, saved.annotations);
    QCOMPARE(opened.comparison, saved.comparison);
    QVERIFY(opened == saved);
    QVERIFY(!window.isWindowModified());
    for (const Placement &p : window.placements())
        QCOMPARE(p.state, Placement::State::Attached);
    // The comparison on screen is the one saved, its differences marked.
    const auto *model = window.findChild<DifferenceTableModel *>();
    const int index = differenceWith(window, u"阔"_s, u"淡"_s);
    QVERIFY(index >= 0);
    QCOMPARE(model->annotation(index)->comment, u"新华社通稿作“天高云阔”"_s);
    QVERIFY(window.windowTitle().contains(u"work.jiaokan"_s));
}

void tst_AnnotationWorkflow::collationAndItsBaseAreSavedWithTheProject()
{
    const QString path = m_pages->filePath(u"collated.jiaokan"_s);
    QString base;
    {
        const auto window = windowOnTalks();
        const int group = talksGroup(*window);
        // Not the default base: the last member.
        window->showCollation(group, int(window->storyGroups()[group].members.size()) - 1);
        auto *collation = window->findChild<CollationView *>();
        base = collation->collation().witnesses[collation->collation().base].siglum;
        collation->setCurrentLocation(1);
        trigger(*window, u"status-accepted"_s);
        QVERIFY(window->saveProject(path));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *collation = window.findChild<CollationView *>();
    QCOMPARE(window.findChild<QTabWidget *>(u"views"_s)->currentWidget(), collation);
    QCOMPARE(collation->collation().witnesses[collation->collation().base].siglum, base);
    QCOMPARE(window.placements().first().state, Placement::State::Attached);
    QCOMPARE(window.placements().first().item, 1);
}

void tst_AnnotationWorkflow::damagedProjectIsRefusedAndTheWorkKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray("{\n    \"format\": \"jiaokan-project\",\n    \"schemaVersion\": 1,\n    \"pa")
                               << u"damaged"_s;
    QTest::newRow("newer") << QByteArray(R"({"format": "jiaokan-project", "schemaVersion": 2, "pages": []})")
                           << u"newer version of Jiaokan"_s;
}

void tst_AnnotationWorkflow::damagedProjectIsRefusedAndTheWorkKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_pages->filePath(u"damaged.jiaokan"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"accepted"_s);
    QVERIFY(!window->openProject(path));
    auto *box = window->findChild<QMessageBox *>(u"problemMessage"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(message), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"has not been changed"_s));
    // Nothing of the open work is lost, and the file is as it was.
    QCOMPARE(window->library()->pages().size(), 4);
    QCOMPARE(window->annotations()->annotations().size(), 1);
    QVERIFY(window->projectPath().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void tst_AnnotationWorkflow::missingPageOrphansItsAnnotationsAndKeepsThem()
{
    const QString path = m_pages->filePath(u"work.jiaokan"_s);
    QString page002;
    {
        const auto window = windowOnTalks();
        annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"留"_s);
        QVERIFY(window->saveProject(path));
        for (const ReflowedPage &p : window->library()->pages()) {
            if (p.source.fileName().startsWith(u"002"_s))
                page002 = p.source.path;
        }
    }
    QVERIFY(QFile::rename(page002, page002 + u".moved"_s));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *box = window.findChild<QMessageBox *>(u"problemMessage"_s);
    QVERIFY(box && box->text().contains(u"missing"_s));
    QCOMPARE(window.library()->pages().size(), 3);
    QCOMPARE(window.placements().first().state, Placement::State::Orphaned);
    QVERIFY(window.annotationList()->text(0, AnnotationListView::Where).contains(u"not open"_s));
    QCOMPARE(window.annotationList()->orphanedCount(), 1);

    // Saved again without the page: the page and its annotation are still in the project.
    QVERIFY(window.saveProject(path));
    QString error;
    const auto reread = ProjectFile::load(path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->pages.size(), 4);
    QCOMPARE(reread->annotations.size(), 1);
    QCOMPARE(reread->annotations.first().comment, u"留"_s);

    // The page back where it was: the annotation is on its difference again.
    QVERIFY(QFile::rename(page002 + u".moved"_s, page002));
    MainWindow again;
    QVERIFY(again.openProject(path));
    QCOMPARE(again.placements().first().state, Placement::State::Attached);
}

// Answers the question about pages outside a project's folder, if one is asked.
static void answerOutsideQuestion(const QString &button, bool *asked)
{
    *asked = false;
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == u"outsidePagesQuestion"_s) {
            *asked = true;
            box->findChild<QPushButton *>(button)->click();
        }
    });
}

void tst_AnnotationWorkflow::pagesOutsideTheProjectFolderOpenOnlyWhenAgreed()
{
    // The pages in the folder above the project's.
    QVERIFY(QDir(m_pages->path()).mkdir(u"project"_s));
    const QString path = m_pages->filePath(u"project/work.jiaokan"_s);
    {
        const auto window = windowOnTalks();
        annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"外"_s);
        QVERIFY(window->saveProject(path));
    }
    bool asked = false;
    {
        // Saved by this user: opened again without a question.
        MainWindow window;
        answerOutsideQuestion(u"skipOutside"_s, &asked);
        QVERIFY(window.openProject(path));
        QVERIFY(!asked);
        QCOMPARE(window.library()->pages().size(), 4);
        QCOMPARE(window.placements().first().state, Placement::State::Attached);
        QTest::qWait(10);   // the unused answer goes by
    }

    clearSettings();   // the same project, as someone else receives it
    {
        MainWindow window;
        window.show();
        answerOutsideQuestion(u"skipOutside"_s, &asked);
        QVERIFY(window.openProject(path));
        QVERIFY(asked);
        QCOMPARE(window.library()->pages().size(), 0);
        auto *box = window.findChild<QMessageBox *>(u"problemMessage"_s);
        QVERIFY(box && box->text().contains(u"outside the project's folder"_s));
        QCOMPARE(window.placements().first().state, Placement::State::Orphaned);
    }
    {
        MainWindow window;
        answerOutsideQuestion(u"openOutside"_s, &asked);
        QVERIFY(window.openProject(path));
        QVERIFY(asked);
        QCOMPARE(window.library()->pages().size(), 4);
        QCOMPARE(window.placements().first().state, Placement::State::Attached);
    }
    {
        // Agreed once: not asked again.
        MainWindow window;
        answerOutsideQuestion(u"skipOutside"_s, &asked);
        QVERIFY(window.openProject(path));
        QVERIFY(!asked);
        QCOMPARE(window.library()->pages().size(), 4);
        QTest::qWait(10);
    }
    {
        MainWindow window;
        QVERIFY(window.openProject(path, MainWindow::OutsidePages::Skip));
        QCOMPARE(window.library()->pages().size(), 0);
    }
}

void tst_AnnotationWorkflow::languageChangesAtOnceAndIsRemembered()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s);
    const int index = differenceWith(*window, u"阔"_s, u"淡"_s);
    const auto *model = window->findChild<DifferenceTableModel *>();
    auto *views = window->findChild<QTabWidget *>(u"views"_s);
    auto *dock = window->findChild<QDockWidget *>(u"differencesDock"_s);
    const auto fileMenu = [&] { return window->menuBar()->actions().first()->text(); };
    const auto status = [&] { return model->data(model->index(index, DifferenceTableModel::Status)).toString(); };
    const auto header = [&] { return model->headerData(DifferenceTableModel::Class, Qt::Horizontal).toString(); };
    QCOMPARE(fileMenu(), u"&File"_s);
    const int matchBefore = window->findChild<ComparisonView *>()->currentDifference();

    // Qt posts the LanguageChange to each window: let it arrive, as the event loop would.
    trigger(*window, u"language-zh_CN"_s);
    QCoreApplication::processEvents();
    QCOMPARE(InterfaceLanguage::current(), u"zh_CN"_s);
    QCOMPARE(fileMenu(), u"文件(&F)"_s);
    QCOMPARE(views->tabText(views->indexOf(window->findChild<ComparisonView *>()->parentWidget())), u"对照(&P)"_s);
    QCOMPARE(views->tabText(views->indexOf(window->annotationList())), u"批注(&A)（1）"_s);
    QCOMPARE(dock->windowTitle(), u"差异"_s);
    QCOMPARE(header(), u"类别"_s);
    QVERIFY2(status().contains(u"B 本有误"_s), qPrintable(status()));
    QVERIFY(window->findChild<QAction *>(u"undoAction"_s)->text().startsWith(u"撤销"_s));
    // What was shown stays shown.
    QCOMPARE(window->findChild<ComparisonView *>()->currentDifference(), matchBefore);
    {
        // Qt's own dialogs follow (qtbase's translations).
        QMessageBox box(QMessageBox::Question, {}, {}, QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), u"取消"_s);
    }

    trigger(*window, u"language-zh_TW"_s);
    QCoreApplication::processEvents();
    QCOMPARE(fileMenu(), u"檔案(&F)"_s);
    QCOMPARE(header(), u"類別"_s);
    QVERIFY2(status().contains(u"B 本有誤"_s), qPrintable(status()));
    QCOMPARE(QSettings().value(u"view/language"_s).toString(), u"zh_TW"_s);
    QVERIFY(window->findChild<QAction *>(u"language-zh_TW"_s)->isChecked());

    // A window opened later starts in the language chosen.
    InterfaceLanguage::apply(u"en"_s);
    LanguageMenu::applySaved();
    {
        MainWindow later;
        QCOMPARE(later.menuBar()->actions().first()->text(), u"檔案(&F)"_s);
    }

    trigger(*window, u"language-en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(fileMenu(), u"&File"_s);
    QCOMPARE(header(), u"Class"_s);
    QVERIFY(status().contains(u"Error in B"_s));
    trigger(*window, u"language-system"_s);
    QCOMPARE(QSettings().value(u"view/language"_s).toString(), QString());
    InterfaceLanguage::apply(u"en"_s);   // the other tests read English
}

void tst_AnnotationWorkflow::everyWidgetHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

// What a screen reader announces for every control a user can reach with the keyboard,
// in each tab: its own accessible name, its text (buttons), or its label's (buddies).
void tst_AnnotationWorkflow::everyWidgetHasAnAccessibleName()
{
    QFETCH(QString, language);
    InterfaceLanguage::apply(language);
    const auto window = windowOnTalks();
    QCoreApplication::processEvents();
    annotate(*window, u"阔"_s, u"淡"_s, u"query"_s, u"查"_s);
    auto *views = window->findChild<QTabWidget *>(u"views"_s);
    QStringList unnamed;
    for (int tab = 0; tab < views->count(); ++tab) {
        if (views->widget(tab) == window->findChild<CollationView *>())
            window->showCollation(0);
        views->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window.get()) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            // The viewport of a scroll area is the area's: it is what gets named.
            if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()) && w->objectName() == u"qt_scrollarea_viewport"_s)
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                const QString id = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
                if (!unnamed.contains(id))
                    unnamed.append(id);
            }
        }
    }
    InterfaceLanguage::apply(u"en"_s);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
}

// For a reader who cannot tell the colours apart, and on a black-and-white printout:
// every difference is also drawn — wavy underline where the versions differ, struck out
// where only A has text, underlined where only B has it, and a ‸ where a side lacks it.
void tst_AnnotationWorkflow::differencesAreMarkedNotByColourAlone()
{
    const auto window = windowOnTalks();
    auto *view = window->findChild<ComparisonView *>();
    QVERIFY(view->differenceCount() >= 4);
    for (int i = 0; i < view->differenceCount(); ++i) {
        view->setCurrentDifference(i);
        for (Side side : {SideA, SideB}) {
            const QTextCursor c = view->pane(side)->textCursor();   // the difference, selected
            QTextCursor inside(view->pane(side)->document());
            inside.setPosition(c.selectionStart() + 1);
            const QTextCharFormat f = inside.charFormat();
            const QString text = c.selectedText();
            const QString where = u"difference %1, side %2: %3"_s.arg(i).arg(int(side)).arg(text);
            if (text == u"‸"_s) {
                QVERIFY2(f.fontWeight() == QFont::Bold, qPrintable(where));
                continue;
            }
            QVERIFY2(f.fontStrikeOut() || f.fontUnderline() || f.underlineStyle() != QTextCharFormat::NoUnderline,
                     qPrintable(where));
        }
    }
}

namespace {

// Words of three or more Latin letters in what a widget shows, leaving out what comes
// from the data (file names) and the names of keys and formats.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression fileName(u"\\S*\\.(txt|jiaokan)\\b"_s);
    static const QRegularExpression word(u"\\b[A-Za-z]{3,}\\b"_s);
    static const QStringList allowed{u"Alt"_s, u"Ctrl"_s, u"Shift"_s, u"Tab"_s, u"Esc"_s, u"PDF"_s, u"HTML"_s,
                                     u"UTF"_s, u"English"_s, u"Jiaokan"_s};
    static const QRegularExpression markup(u"<[^>]*>|&\\w+;"_s);   // rich text: its tags are not shown
    QStringList found;
    for (const QRegularExpressionMatch &m : word.globalMatch(QString(text).remove(markup).remove(fileName)))
        if (!allowed.contains(m.captured()))
            found.append(m.captured());
    return found;
}

// Everything the window shows as words: menus, buttons, labels, tabs, headers, cells.
QStringList shownTexts(MainWindow &window)
{
    QStringList texts;
    std::function<void(QMenu *)> menu = [&](QMenu *m) {
        texts.append(m->title());
        for (QAction *a : m->actions()) {
            texts.append(a->text());
            if (a->menu())
                menu(a->menu());
        }
    };
    for (QAction *a : window.menuBar()->actions())
        menu(a->menu());
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            texts << a->text() << a->toolTip();
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window))
            texts.append(label->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window))
            texts.append(button->text());
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.append(dock->windowTitle());
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model || !view->isVisibleTo(&window))
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            texts.append(model->headerData(c, Qt::Horizontal).toString());
        std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c)
                    texts.append(model->index(r, c, parent).data().toString());
                rows(model->index(r, 0, parent));
            }
        };
        rows({});
    }
    texts.append(window.statusBar()->currentMessage());
    texts.append(window.windowTitle());
    return texts;
}

} // namespace

void tst_AnnotationWorkflow::chineseInterfaceShowsNoEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

// With the interface in Chinese, no English is left on screen, in each tab and state.
void tst_AnnotationWorkflow::chineseInterfaceShowsNoEnglish()
{
    QFETCH(QString, language);
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"查"_s);
    window->setLanguage(language);
    QCoreApplication::processEvents();
    auto *views = window->findChild<QTabWidget *>(u"views"_s);
    QStringList english;
    const auto look = [&](const QString &state) {
        QCoreApplication::processEvents();
        QStringList texts = shownTexts(*window);
        // And the report File ▸ Print would make of it, as its reader sees it.
        QTextDocument report;
        report.setHtml(window->currentReport(true).html);
        texts += report.toPlainText().split(u'\n');
        for (const QString &text : std::as_const(texts))
            for (const QString &word : englishWords(text))
                english.append(u"%1: “%2” in “%3”"_s.arg(state, word, text.left(60)));
    };
    look(u"comparison"_s);
    window->showCollation(0);
    look(u"collation"_s);
    views->setCurrentWidget(window->annotationList());
    look(u"annotations"_s);
    views->setCurrentIndex(0);
    look(u"reader"_s);
    window->setLanguage(u"en"_s);
    QCoreApplication::processEvents();
    QVERIFY2(english.isEmpty(), qPrintable(english.mid(0, 20).join(u'\n')));
}

void tst_AnnotationWorkflow::noTwoItemsOfAMenuShareAnAccessKey_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s;
}

// Alt+letter, then a letter: each must lead to one place, in the window (menu bar, tabs,
// buttons, fields) and in each menu.
void tst_AnnotationWorkflow::noTwoItemsOfAMenuShareAnAccessKey()
{
    QFETCH(QString, language);
    MainWindow window;
    window.setLanguage(language);
    QCoreApplication::processEvents();
    QStringList clashes;
    const auto check = [&](const QString &where, const QList<QAction *> &actions) {
        QMap<QChar, QString> seen;
        for (QAction *a : actions) {
            const QString text = a->menu() ? a->menu()->title() : a->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty() || !a->isVisible())
                continue;
            const QChar letter = QKeySequence(key[0].key()).toString().at(0);
            if (seen.contains(letter))
                clashes.append(u"%1: %2 and %3"_s.arg(where, seen[letter], text));
            seen.insert(letter, text);
        }
    };
    // The window's own: the menu bar's titles, the tabs, and the buttons and labelled
    // fields of every view (Alt+letter is one key for all of them).
    {
        window.show();
        QCoreApplication::processEvents();
        QStringList texts;
        for (QAction *a : window.menuBar()->actions())
            texts.append(a->menu() ? a->menu()->title() : a->text());
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            if (!qobject_cast<QToolButton *>(button))
                texts.append(button->text());
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->buddy())
                texts.append(label->text());
        QMap<QChar, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            const QChar letter = QKeySequence(key[0].key()).toString().at(0);
            if (seen.contains(letter))
                clashes.append(u"window: %1 and %2"_s.arg(seen[letter], text));
            seen.insert(letter, text);
        }
    }
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        check(menu->title(), menu->actions());
        for (QAction *a : menu->actions())
            if (a->menu())
                walk(a->menu());
    };
    for (QAction *a : window.menuBar()->actions())
        walk(a->menu());
    window.setLanguage(u"en"_s);
    QCoreApplication::processEvents();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// Two one-sentence texts the matcher does not pair: chosen in the library, compared,
// swapped so that the second is A, and their difference annotated and reported.
void tst_AnnotationWorkflow::twoChosenTextsAreComparedSwappedAndAnnotated()
{
    QStringList paths;
    for (const QString &text : {u"五月的莫斯科，天高云阔。"_s, u"五月的莫斯科，天高云淡。"_s}) {
        QFile file(m_pages->filePath(u"sentence%1.txt"_s.arg(paths.size())));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + '\n');
        paths.append(file.fileName());
    }
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openFiles(paths);
    QVERIFY(window.matches().isEmpty());   // too short for the matcher
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    tree->selectionModel()->setCurrentIndex(tree->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Ctrl+click on the second: it is current now, and the first stays chosen.
    tree->selectionModel()->setCurrentIndex(tree->model()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Offered on a right click on the library too.
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(tree->actions().contains(window.findChild<QAction *>(u"compareChosenAction"_s)));
    trigger(window, u"compareChosenAction"_s);
    auto *view = window.findChild<ComparisonView *>();
    QCOMPARE(view->differenceCount(), 1);
    QCOMPARE(view->passage().differences.first().text, (std::array<QString, SideCount>{u"阔"_s, u"淡"_s}));

    trigger(window, u"swapSidesAction"_s);
    QCOMPARE(view->differenceCount(), 1);
    QCOMPARE(view->passage().differences.first().text, (std::array<QString, SideCount>{u"淡"_s, u"阔"_s}));
    QVERIFY(window.library()->page(view->passage().page[SideA]).source.path.endsWith(u"sentence1.txt"_s));

    annotate(window, u"淡"_s, u"阔"_s, u"error-in-a"_s, u"通稿作阔"_s);
    auto *table = window.findChild<QTableView *>(u"differencesTable"_s);
    QVERIFY2(table->model()->index(0, DifferenceTableModel::Status).data().toString().contains(u"Error in A"_s),
             qPrintable(table->model()->index(0, DifferenceTableModel::Status).data().toString() + u" / "_s
                        + QString::number(table->model()->rowCount())));
    const QString report = window.currentReport(false).html;
    QVERIFY(report.contains(u"通稿作阔"_s));
    QVERIFY(report.contains(u"淡"_s) && report.contains(u"阔"_s));
}

// A sentence selected in one text against a sentence selected in another, which the
// matcher pairs with nothing: compared as selected, swapped, and compared again the
// same when an option changes.
void tst_AnnotationWorkflow::twoSelectionsAreComparedAndSwapped()
{
    QStringList paths;
    for (const QString &text : {u"五月的莫斯科，天高云阔。习近平乘车抵达。\n"_s,
                                u"克里姆林宫司令迎接。\n五月的莫斯科，天高云淡，风和日丽。\n"_s}) {
        QFile file(m_pages->filePath(u"selection%1.txt"_s.arg(paths.size())));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        paths.append(file.fileName());
    }
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openFiles(paths);
    auto *tree = window.findChild<QTreeView *>(u"libraryTree"_s);
    auto *reader = window.findChild<ReaderView *>(u"readerView"_s);
    QAction *compareSelection = window.findChild<QAction *>(u"compareSelectionAction"_s);
    QVERIFY(!compareSelection->isEnabled());
    // Select, in the page shown in the reader, from the first "from" to the end of "to".
    auto select = [&](int page, const QString &from, const QString &to) {
        tree->setCurrentIndex(tree->model()->index(page, 0));
        const QString text = reader->document()->toPlainText();
        QTextCursor cursor(reader->document());
        cursor.setPosition(int(text.indexOf(from)));
        cursor.setPosition(int(text.indexOf(to) + to.size()), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
    };
    select(0, u"莫斯科"_s, u"云阔"_s);
    trigger(window, u"chooseSelectionAction"_s);
    QVERIFY(compareSelection->isEnabled());
    select(1, u"莫斯科"_s, u"云淡"_s);
    trigger(window, u"compareSelectionAction"_s);
    auto *view = window.findChild<ComparisonView *>();
    auto readings = [&] {
        QStringList out;
        for (const Difference &d : view->passage().differences)
            out.append(d.text[SideA] + u'→' + d.text[SideB]);
        return out;
    };
    // Only what was selected: not 习近平乘车抵达 nor 风和日丽 nor the other sentence.
    QCOMPARE(readings(), QStringList{u"阔→淡"_s});
    QVERIFY(window.library()->page(view->passage().page[SideA]).source.path.endsWith(u"selection0.txt"_s));

    trigger(window, u"swapSidesAction"_s);
    QCOMPARE(readings(), QStringList{u"淡→阔"_s});
    QVERIFY(window.library()->page(view->passage().page[SideA]).source.path.endsWith(u"selection1.txt"_s));

    // Punctuation ignored: the comparison is made again, of the same selections.
    trigger(window, u"ignorePunctuationAction"_s);
    QTRY_COMPARE(readings(), QStringList{u"淡→阔"_s});
    trigger(window, u"ignorePunctuationAction"_s);

    // Saved with the project, and there again when it is opened.
    const QString project = m_pages->filePath(u"selections.jiaokan"_s);
    QVERIFY(window.saveProject(project));
    MainWindow again;
    again.show();
    QVERIFY(again.openProject(project));
    QTRY_VERIFY(!again.isOpening() && !again.isComparing());
    QCOMPARE(again.currentProject().chosen, window.currentProject().chosen);
    QStringList chosenReadings;
    for (const PassageComparison &p : again.matches())
        if (p.page == view->passage().page && p.differences.size() == 1)
            chosenReadings.append(p.differences.first().text[SideA] + u'→' + p.differences.first().text[SideB]);
    QVERIFY2(chosenReadings.contains(u"淡→阔"_s), qPrintable(chosenReadings.join(u", "_s)));
}

// A verdict on 阔/淡 made in 001 ↔ 002 belongs to the reading: it shows at 淡 in
// 003 ↔ 002 (003 a reprint of 001 with an edit elsewhere) and at that location of the
// story's collation, and is listed once.
void tst_AnnotationWorkflow::aVerdictShowsWhereverItsReadingIs()
{
    QFile original(m_pages->filePath(QDir(m_pages->path()).entryList({u"001_*.txt"_s}).value(0)));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    const qsizetype at = text.indexOf(u"红地毯健步"_s);
    QVERIFY(at > 0);
    text.replace(at, 3, u"红毯上"_s);
    QFile reprint(m_pages->filePath(u"003_reprint.txt"_s));
    QVERIFY(reprint.open(QIODevice::WriteOnly));
    reprint.write(text.toUtf8());
    reprint.close();

    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"通稿作阔"_s);
    const int other = matchOf(*window, u"002"_s, u"003"_s);   // 002 is opened first: it is A
    QVERIFY(other >= 0);
    window->compareMatch(other);
    const int index = differenceWith(*window, u"淡"_s, u"阔"_s);
    QVERIFY(index >= 0);
    auto *table = window->findChild<QTableView *>(u"differencesTable"_s);
    QVERIFY(table->model()->index(index, DifferenceTableModel::Status).data().toString().contains(u"Error in B"_s));
    QCOMPARE(table->model()->index(index, DifferenceTableModel::Comment).data().toString(), u"通稿作阔"_s);

    int group = -1;
    for (int g = 0; g < window->storyGroups().size(); ++g)
        if (window->storyGroups()[g].headline == Talks)
            group = g;
    window->showCollation(group);
    auto *collation = window->findChild<QTableWidget *>(u"collationTable"_s);
    bool shown = false;
    for (int row = 0; row < collation->rowCount(); ++row)
        for (int c = 0; c < collation->columnCount(); ++c)
            shown = shown || (collation->item(row, c) && collation->item(row, c)->text().contains(u"Error in B"_s));
    QVERIFY(shown);
    QVERIFY(window->findChild<QTabWidget *>(u"views"_s)->tabText(3).contains(u"(1)"_s));
}

// Closing asks about what it would lose, and names it: a pasted page is no annotation.
void tst_AnnotationWorkflow::theQuitQuestionNamesWhatIsUnsaved()
{
    MainWindow window;
    window.show();
    QVERIFY(window.unsavedWork().isEmpty());
    QGuiApplication::clipboard()->setText(u"五月的莫斯科，天高云阔。习近平乘车抵达时，克里姆林宫司令在下车处迎接。"_s);
    window.pasteAsPage();
    QCOMPARE(window.library()->pages().size(), 1);
    const QStringList unsaved = window.unsavedWork();
    QCOMPARE(unsaved.size(), 1);
    QVERIFY2(unsaved.first().contains(u"pasted page"_s), qPrintable(unsaved.join(u"; "_s)));
    QVERIFY(!unsaved.first().contains(u"annotation"_s));
}

// The Review menu checks the status of the difference it acts on, and that one only.
void tst_AnnotationWorkflow::theStatusMenuChecksTheCurrentStatusOnly()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s);
    auto *menu = window->findChild<QMenu *>(u"reviewMenu"_s);
    QVERIFY(menu);
    const auto checked = [&] {
        QStringList names;
        for (QAction *a : menu->actions())
            if (a->isChecked())
                names.append(a->objectName());
        return names;
    };
    emit menu->aboutToShow();
    QCOMPARE(checked(), QStringList{u"status-error-in-b"_s});
    auto *view = window->findChild<ComparisonView *>();
    view->setCurrentDifference(differenceWith(*window, u"膺担当"_s, u"身而出"_s));
    window->findChild<QTableView *>(u"differencesTable"_s)->clearSelection();
    emit menu->aboutToShow();
    QCOMPARE(checked(), QStringList{u"status-unreviewed"_s});
}

// Ctrl+C in the differences table copies the selected rows, every column, as TSV.
void tst_AnnotationWorkflow::copiedRowsAreTabSeparated()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"通稿作阔\n待查"_s);
    auto *table = window->findChild<QTableView *>(u"differencesTable"_s);
    const int row = differenceWith(*window, u"阔"_s, u"淡"_s);
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY2(data && data->hasFormat(u"text/tab-separated-values"_s), qPrintable(data ? data->formats().join(u","_s) + u" / "_s + data->text() : u"none"_s));
    const QStringList lines = data->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);   // the header and both rows, in table order
    QVERIFY(lines[0].startsWith(u"#\tClass"_s));
    const QStringList fields = lines[row < 0 ? 1 : (row == 0 ? 1 : 2)].split(u'\t');
    QVERIFY2(fields.contains(u"阔"_s) && fields.contains(u"淡"_s), qPrintable(lines.join(u" | "_s)));
    QVERIFY(fields.contains(u"通稿作阔 待查"_s));   // the comment's line break, a space
}

// Enter starts a new line of the comment; Ctrl+Enter keeps it, as the dialog says.
void tst_AnnotationWorkflow::commentDialogKeepsLinesAndAcceptsOnCtrlEnter()
{
    CommentDialog dialog(u"阔 / 淡"_s, u"待查"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *text = dialog.findChild<QPlainTextEdit *>(u"commentText"_s);
    QVERIFY(text && text->hasFocus());
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(text, u"second line"_s);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.comment(), u"待查\nsecond line"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"commentHint"_s)->text().contains(u"Ctrl"_s));
}

void tst_AnnotationWorkflow::unsavedWorkIsRecoveredAfterACrash()
{
    QVERIFY(!MainWindow::hasRecovery());
    {
        const auto window = windowOnTalks();
        annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"未保存的批注"_s);
        // The autosave timer's work, done now rather than in three seconds.
        QVERIFY(window->writeRecovery());
        // The window goes without being closed, as in a crash: the copy stays.
    }
    QVERIFY(MainWindow::hasRecovery());
    MainWindow window;
    window.show();
    QVERIFY(window.restoreRecovery());
    QCOMPARE(window.annotations()->annotations().size(), 1);
    QCOMPARE(window.annotations()->annotations().first().comment, u"未保存的批注"_s);
    QCOMPARE(window.placements().first().state, Placement::State::Attached);
    QCOMPARE(window.library()->pages().size(), 4);
    // Restored work is unsaved work: never an untitled project pretending to be saved.
    QVERIFY(window.isModified());
    QVERIFY(window.projectPath().isEmpty());
    MainWindow::discardRecovery();
    QVERIFY(!MainWindow::hasRecovery());
}

void tst_AnnotationWorkflow::exportsTheComparisonShownWithItsAnnotations()
{
    const auto window = windowOnTalks();
    annotate(*window, u"阔"_s, u"淡"_s, u"error-in-b"_s, u"通稿作阔"_s);
    const QString html = m_pages->filePath(u"talks.html"_s);
    const QString pdf = m_pages->filePath(u"talks.pdf"_s);
    QVERIFY(window->exportReport(html));
    QVERIFY(window->exportReport(pdf));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"通稿作阔"_s));
    QVERIFY(text.contains(u"天高云<span class=\"changed annotated\">阔</span><sup>2✗B</sup>"_s));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"通稿作阔"_s));

    // Only the annotated: the other three are neither numbered nor listed.
    window->setReportFilter(ReportOptions::Filter::Annotated);
    const QString only = window->currentReport(false).html;
    QCOMPARE(only.count(u"<sup>"_s), 2);
}

void tst_AnnotationWorkflow::exportsTheCollationShownWithItsApparatus()
{
    const auto window = windowOnTalks();
    const int group = talksGroup(*window);
    window->showCollation(group);
    auto *collation = window->findChild<CollationView *>();
    collation->setCurrentLocation(0);
    window->setComment(u"见通稿"_s);
    const QString html = window->currentReport(false).html;
    QVERIFY(html.contains(u"Apparatus"_s));
    QVERIFY(html.contains(u"见通稿"_s));
    // Every location numbered in the base text, every reading with its witnesses.
    QCOMPARE(html.count(u"<sup>"_s), collation->locationCount());
    for (const Collation::Location &l : collation->collation().locations) {
        for (const Collation::Reading &r : l.readings) {
            if (!r.text.isEmpty())
                QVERIFY2(html.contains(r.text.toHtmlEscaped() + u" — "_s), qPrintable(r.text));
        }
    }
}

void tst_AnnotationWorkflow::printedLinesNeverStartWithClosingPunctuation_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::newRow("A4 portrait") << QPageSize::A4 << QPageLayout::Portrait;
    QTest::newRow("A4 landscape") << QPageSize::A4 << QPageLayout::Landscape;
    QTest::newRow("Letter portrait") << QPageSize::Letter << QPageLayout::Portrait;
}

void tst_AnnotationWorkflow::printedLinesNeverStartWithClosingPunctuation()
{
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QPageLayout::Orientation, orientation);
    const auto window = windowOnTalks();
    const ReportDocument report = window->currentReport(true);
    // The report laid out as ReportPrinter lays it out on a PDF page of that size.
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QPdfWriter pdf(&sink);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(size), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument document;
    ReportPrinter::layOut(&document, report, &pdf);
    int lines = 0;
    const QString closing = u"，。、；：？！）》」』”"_s;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (line.textLength() == 0)
                continue;
            ++lines;
            const QChar first = block.text().at(line.textStart());
            QVERIFY2(i == 0 || !closing.contains(first),
                     qPrintable(u"line %1 of “%2” starts with %3"_s.arg(i).arg(block.text().left(20)).arg(first)));
        }
    }
    QVERIFY(lines > 100);
}

QTEST_MAIN(tst_AnnotationWorkflow)
#include "tst_annotationworkflow.moc"
