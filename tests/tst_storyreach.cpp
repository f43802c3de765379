#include "match/passagefinder.h"
#include "match/storygroups.h"
#include "text/charclass.h"
#include "text/pageloader.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

// A wire story printed by many papers: each printing is found in its one story group,
// in comparisons that grow with the printings, not with their pairs.
class tst_StoryReach : public QObject
{
    Q_OBJECT
private slots:
    void everyPrintingIsInItsStoryOnce_data();
    void everyPrintingIsInItsStoryOnce();
};

namespace {
// The corpus page with every line's Han characters changed at about rate, the same
// for the same seed.
PageText reprint(const PageText &page, int copy, double rate)
{
    QRandomGenerator random(quint32(copy) * 7919u + 17u);
    QStringList lines;
    for (QString line : page.lines) {
        for (qsizetype i = 0; i < line.size(); ++i)
            if (CharClass::isHan(line[i].unicode()) && random.generateDouble() < rate)
                line[i] = QChar(u'\u4e00' + int(random.bounded(2000)));
        lines.append(line);
    }
    auto text = PageLoader::fromText(lines.join(u'\n'), u"%1-%2"_s.arg(page.fileName()).arg(copy), nullptr);
    return text ? *text : PageText{};
}
} // namespace

void tst_StoryReach::everyPrintingIsInItsStoryOnce_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<int>("mergedCopy");      // a printing whose two stories run together, or -1
    QTest::addColumn<int>("misprintCopy");    // a printing with a misprint in a headline, or -1
    QTest::addColumn<double>("rate");         // of characters changed
    QTest::newRow("6 printings: every pair compared") << 6 << -1 << -1 << 0.003;
    QTest::newRow("40 printings: compared along its hubs") << 40 << -1 << -1 << 0.003;
    QTest::newRow("40 printings, one with two stories run together") << 40 << 21 << -1 << 0.003;
    QTest::newRow("40 printings, the first with a misprinted headline") << 40 << -1 << 0 << 0.003;
    // Few edits leave most paragraphs word for word on many pages: the last story's, at
    // the page's foot, recurs there as a site's footer would.
    QTest::newRow("40 printings, few edits") << 40 << -1 << -1 << 0.001;
    QTest::newRow("40 printings, a few more") << 40 << -1 << -1 << 0.002;
}

void tst_StoryReach::everyPrintingIsInItsStoryOnce()
{
    QFETCH(int, copies);
    QFETCH(int, mergedCopy);
    QFETCH(int, misprintCopy);
    QFETCH(double, rate);
    QString error;
    const auto page = PageLoader::load(QStringLiteral(JIAOKAN_TEST_DATA "/corpus/004_61b16b637bcca7d8.txt"), &error);
    QVERIFY2(page, qPrintable(error));
    // The headline of the story at line 49 (习近平主持中俄蒙元首第七次会晤).
    const qsizetype headline = page->lines.indexOf(u"习近平主持中俄蒙元首第七次会晤"_s);
    QVERIFY(headline > 0);
    QCOMPARE(page->lines[headline - 2], u"据新华社"_s);
    QList<PageText> printings;
    for (int c = 0; c < copies; ++c) {
        PageText p = reprint(*page, c, rate);
        // 据新华社 edited to 新华社: no longer the credit that ends the story above, so
        // this printing runs it on into the next (seen in 1 of 300 generated printings).
        if (c == mergedCopy)
            p.lines[headline - 2] = u"新华社"_s;
        if (c == misprintCopy)
            p.lines[headline] = u"习近平主持中俄蒙元首第七次会晧"_s;
        printings.append(p);
    }
    const PassageFinder::Result result = PassageFinder::run(printings, CompareOptions{}, nullptr, PassageFinder::Reach::AlongStories);
    QList<ReflowedPage> pages;
    for (const auto &analyzed : result.pages)
        pages.append(analyzed->page);
    const QList<StoryGroup> groups = StoryGroup::group(pages, result.passages);
    QCOMPARE(pages.size(), copies);
    if (mergedCopy >= 0)   // the merged printing has one story fewer than the others
        QCOMPARE(pages[mergedCopy].stories.size(), pages[mergedCopy == 0 ? 1 : 0].stories.size() - 1);

    // The page's five stories, each printed by every copy, in five groups; no copy in
    // two groups of one story, none lost.
    int whole = 0;
    std::set<std::pair<int, int>> seen;
    for (const StoryGroup &g : groups) {
        std::set<int> members;
        for (const StoryGroup::Member &m : g.members) {
            members.insert(m.page);
            QVERIFY2(seen.insert({m.page, m.story}).second, "a printing in two groups");
        }
        if (int(members.size()) >= copies - (mergedCopy >= 0 ? 1 : 0))
            ++whole;
        QVERIFY2(int(g.members.size()) <= copies, qPrintable(u"%1 printings of one story in a group: two stories in one"_s
                                                                 .arg(g.members.size())));
    }
    QVERIFY2(whole >= (mergedCopy >= 0 ? 4 : 5), qPrintable(u"%1 stories found whole in %2 groups"_s.arg(whole).arg(groups.size())));
    // A group is named as most of its printings name the story, not as the first does.
    bool named = false;
    for (const StoryGroup &g : groups)
        named |= g.headline == u"习近平主持中俄蒙元首第七次会晤"_s;
    QVERIFY(named);
    // Pairs compared: every pair of a few printings, a few per printing of many.
    std::set<std::pair<int, int>> pairs;
    for (const PassageComparison &p : result.passages)
        pairs.insert({p.page[SideA], p.page[SideB]});
    const int allPairs = copies * (copies - 1) / 2;
    if (copies <= 12)
        QCOMPARE(int(pairs.size()), allPairs);
    else
        QVERIFY2(int(pairs.size()) <= 8 * copies, qPrintable(u"%1 pairs of %2"_s.arg(pairs.size()).arg(allPairs)));
}

QTEST_GUILESS_MAIN(tst_StoryReach)
#include "tst_storyreach.moc"
