// How the app stays responsive on long pages: opens the given pages in the real window
// (offscreen), waits for the comparison, shows the first passage and scrolls through
// it, and reports each step's time and the longest stall of the event loop meanwhile.
//   build/tests/bench_gui PAGE.txt PAGE.txt…
//   build/tests/bench_gui FOLDER   (twice: read, then reopened from its archive index)
#include "comparisonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>
#include <map>

using namespace Jiaokan::App;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JiaokanBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui PAGE.txt PAGE.txt… | FOLDER\n");
        return 2;
    }
    MainWindow window;
    window.resize(1280, 860);
    window.show();

    // A tick every 10 ms; the longest gap between ticks is the longest freeze.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    auto step = [&](const char *name, const std::function<void()> &work) {
        longestStall = 0;
        sinceTick.start();
        ticker.start();
        QElapsedTimer t;
        t.start();
        work();
        QCoreApplication::processEvents();
        longestStall = std::max(longestStall, sinceTick.elapsed());
        std::printf("%-34s %6lld ms, longest event-loop stall %6lld ms\n", name, static_cast<long long>(t.elapsed()),
                    static_cast<long long>(longestStall));
        ticker.stop();
    };

    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    QElapsedTimer total;
    total.start();
    // The first stories found: of the first pages of a folder, while the rest are read.
    qint64 firstFound = -1;
    QObject::connect(&window, &MainWindow::matchesUpdated, &window, [&] {
        if (firstFound < 0)
            firstFound = total.elapsed();
    });
    step("open the pages (load, reflow)", [&] {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::pagesOpened, &loop, &QEventLoop::quit);
        window.openFiles(paths);
        if (window.isOpening())
            loop.exec();
    });
    step("compare in the background", [&] {
        // Until the last comparison: those of the first pages read come before it.
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::matchesUpdated, &loop, [&] {
            if (!window.isComparing())
                loop.quit();
        });
        if (window.isComparing())
            loop.exec();
    });
    std::printf("first stories listed after %lld ms\n", static_cast<long long>(firstFound));
    std::printf("passages: %lld\n", static_cast<long long>(window.matches().size()));
    if (window.matches().isEmpty())
        return 1;
    qsizetype longest = 0;
    for (qsizetype i = 1; i < window.matches().size(); ++i) {
        const auto length = [&](qsizetype at) { return window.matches().at(at).keyEnd[0] - window.matches().at(at).keyStart[0]; };
        if (length(i) > length(longest))
            longest = i;
    }
    step("show the first passage", [&] { window.compareMatch(0); });
    std::printf("%-34s %6lld ms\n", "open to first passage shown", static_cast<long long>(total.elapsed()));
    step("show the longest passage", [&] { window.compareMatch(int(longest)); });
    auto *pane = window.findChild<QTextBrowser *>(QStringLiteral("comparisonPaneA"));
    for (const double at : {0.25, 0.5, 0.75, 1.0}) {
        const QByteArray name = "scroll to " + QByteArray::number(int(at * 100)) + "%";
        step(name.constData(), [&] {
            pane->verticalScrollBar()->setValue(int(at * pane->verticalScrollBar()->maximum()));
            QCoreApplication::processEvents();
        });
    }
    // How many printings each story the shared-stories list shows has, commonest first.
    std::map<qsizetype, int> groupSizes;
    for (const auto &g : window.storyGroups())
        ++groupSizes[g.members.size()];
    std::printf("story groups: %lld (", static_cast<long long>(window.storyGroups().size()));
    for (auto it = groupSizes.rbegin(); it != groupSizes.rend(); ++it)
        std::printf("%s%lld x %d", it == groupSizes.rbegin() ? "" : ", ", static_cast<long long>(it->first), it->second);
    std::printf(" printings)\n");
    int largest = 0;
    for (int g = 1; g < window.storyGroups().size(); ++g)
        if (window.storyGroups()[g].members.size() > window.storyGroups()[largest].members.size())
            largest = g;
    if (!window.storyGroups().isEmpty()) {
        std::printf("largest story group: %lld printings, %lld passages\n",
                    static_cast<long long>(window.storyGroups()[largest].members.size()),
                    static_cast<long long>(window.storyGroups()[largest].passages.size()));
        step("collate the largest story group", [&] {
            // Made on a worker for a big story: until it is on screen.
            QEventLoop loop;
            QObject::connect(&window, &MainWindow::collationShown, &loop, &QEventLoop::quit);
            window.showCollation(largest);
            if (window.findChild<QWidget *>(QStringLiteral("collationView"))->isVisible() && !window.workspace()->isCollating())
                return;
            loop.exec();
        });
        step("show a passage again", [&] { window.compareMatch(0); });
    }
    step("next difference (F7) x 20", [&] {
        for (int i = 0; i < 20; ++i)
            window.findChild<QAction *>(QStringLiteral("nextDifferenceAction"))->trigger();
        QCoreApplication::processEvents();
    });
    return 0;
}
