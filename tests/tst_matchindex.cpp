// The pieces that make matching fast: the radix sort behind the passage index, the
// index's two ways of bringing pages' fingerprints together, and the sampled map from
// the match text back to the diff key.
#include "analysis/analyzedpage.h"
#include "match/passageindex.h"
#include "text/pageloader.h"
#include "util/parallelfor.h"
#include "util/radixsort.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class tst_MatchIndex : public QObject
{
    Q_OBJECT
private slots:
    void radixSortIsAStableSortByKey_data();
    void radixSortIsAStableSortByKey();
    void diffPositionFindsEveryMatchElement_data();
    void diffPositionFindsEveryMatchElement();
    void winnowingKeepsTheRightmostMinimumOfEachWindow_data();
    void winnowingKeepsTheRightmostMinimumOfEachWindow();
    void parallelForRunsEveryItemOnce_data();
    void parallelForRunsEveryItemOnce();
    void mergedAndSortedPagesGiveTheSameSpans_data();
    void mergedAndSortedPagesGiveTheSameSpans();
};

void tst_MatchIndex::radixSortIsAStableSortByKey_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("keyBits");
    QTest::newRow("empty") << 0 << 16;
    QTest::newRow("one") << 1 << 16;
    QTest::newRow("short, comparison sort") << 1000 << 40;
    QTest::newRow("16-bit keys") << 50000 << 16;
    QTest::newRow("20-bit keys, two digits") << 50000 << 20;
    QTest::newRow("64-bit keys") << 50000 << 64;
    QTest::newRow("few distinct keys: stability shows") << 50000 << 3;
    QTest::newRow("one key for all") << 50000 << 0;
}

void tst_MatchIndex::radixSortIsAStableSortByKey()
{
    QFETCH(int, count);
    QFETCH(int, keyBits);
    struct Item {
        std::uint64_t key;
        int order;   // where it was before sorting
    };
    QRandomGenerator random(42);
    std::vector<Item> items;
    for (int i = 0; i < count; ++i) {
        const std::uint64_t k = random.generate64();
        items.push_back(Item{keyBits == 0 ? 7 : keyBits == 64 ? k : k & ((std::uint64_t(1) << keyBits) - 1), i});
    }
    std::vector<Item> expected = items;
    std::stable_sort(expected.begin(), expected.end(), [](const Item &x, const Item &y) { return x.key < y.key; });
    radixSort(items, [](const Item &x) { return x.key; });
    QCOMPARE(items.size(), expected.size());
    for (size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].key, expected[i].key);
        QCOMPARE(items[i].order, expected[i].order);
    }
}

void tst_MatchIndex::diffPositionFindsEveryMatchElement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ignore");
    QTest::newRow("short") << u"天高云阔，习近平抵达。"_s << u"width,space"_s;
    // Longer than several sample steps, with marks and Latin words between the Han.
    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += u"第%1段：中俄关系 stable and healthy，“高水平”发展！\n\n"_s.arg(i);
    QTest::newRow("long, space kept") << longText << u"width"_s;
    QTest::newRow("long, width kept") << longText << u"space"_s;
    QTest::newRow("long, punctuation ignored") << longText << u"width,space,punctuation"_s;
}

void tst_MatchIndex::diffPositionFindsEveryMatchElement()
{
    QFETCH(QString, text);
    QFETCH(QString, ignore);
    QString error;
    std::optional<PageText> source = PageLoader::fromText(text, u"page.txt"_s, &error);
    QVERIFY2(source, qPrintable(error));
    const std::optional<CompareOptions> options = CompareOptions::withIgnoreList(ignore, &error);
    QVERIFY2(options, qPrintable(error));
    const AnalyzedPage page = AnalyzedPage::analyze(std::move(*source), *options);

    // The match text keeps exactly the diff key's elements keptForMatching says it does.
    std::vector<qsizetype> expected;
    const std::u32string &key = page.diffKey.text();
    for (size_t i = 0; i < key.size(); ++i)
        if (AnalyzedPage::keptForMatching(key[i]))
            expected.push_back(qsizetype(i));
    QCOMPARE(page.matchSize, qsizetype(expected.size()));
    QVERIFY(page.matchSize > 0);
    for (qsizetype m = 0; m < page.matchSize; ++m)
        QCOMPARE(page.diffPosition(m), expected[size_t(m)]);
    QCOMPARE(page.diffPosition(-5), expected.front());
    QCOMPARE(page.diffPosition(page.matchSize + 3), expected.back());
}

void tst_MatchIndex::winnowingKeepsTheRightmostMinimumOfEachWindow_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("alphabet");   // 1 or 2: long runs of equal hashes
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("w");
    QTest::newRow("empty") << 0 << 100 << 8 << 8;
    QTest::newRow("shorter than a k-gram") << 5 << 100 << 8 << 8;
    QTest::newRow("one k-gram") << 8 << 100 << 8 << 8;
    QTest::newRow("fewer k-grams than a window") << 12 << 100 << 8 << 8;
    QTest::newRow("exactly one window") << 15 << 100 << 8 << 8;
    QTest::newRow("long, the defaults") << 20000 << 3000 << 8 << 8;
    QTest::newRow("one letter: every hash equal") << 300 << 1 << 8 << 8;
    QTest::newRow("two letters: many ties") << 5000 << 2 << 3 << 8;
    QTest::newRow("a window that is not a power of two") << 5000 << 50 << 4 << 5;
    QTest::newRow("windows of one") << 500 << 50 << 5 << 1;
}

// Against the definition, window by window; the k-gram hashes are those of w = 1,
// where every k-gram is chosen.
void tst_MatchIndex::winnowingKeepsTheRightmostMinimumOfEachWindow()
{
    QFETCH(int, length);
    QFETCH(int, alphabet);
    QFETCH(int, k);
    QFETCH(int, w);
    QRandomGenerator random(11);
    std::u32string text;
    for (int i = 0; i < length; ++i)
        text.push_back(char32_t(0x4E00 + random.bounded(alphabet)));
    const std::vector<Fingerprint> grams = Winnower::fingerprints(text, k, 1);
    QCOMPARE(qsizetype(grams.size()), std::max(0, length - k + 1));
    std::vector<Fingerprint> expected;
    const qsizetype n = qsizetype(grams.size());
    for (qsizetype end = std::min<qsizetype>(w, n); end <= n && n > 0; ++end) {   // window [end - w, end)
        qsizetype best = end - 1;
        for (qsizetype g = end - 2; g >= std::max<qsizetype>(0, end - w); --g)
            if (grams[size_t(g)].hash < grams[size_t(best)].hash)
                best = g;
        if (expected.empty() || expected.back().position != best)
            expected.push_back(grams[size_t(best)]);
    }
    const std::vector<Fingerprint> chosen = Winnower::fingerprints(text, k, w);
    QCOMPARE(chosen.size(), expected.size());
    for (size_t i = 0; i < chosen.size(); ++i) {
        QCOMPARE(chosen[i].position, expected[i].position);
        QCOMPARE(chosen[i].hash, expected[i].hash);
    }
}

void tst_MatchIndex::parallelForRunsEveryItemOnce_data()
{
    QTest::addColumn<int>("outer");
    QTest::addColumn<int>("inner");   // 0: not nested
    QTest::addColumn<bool>("fromPool");
    QTest::newRow("one item") << 1 << 0 << false;
    QTest::newRow("many items") << 10000 << 0 << false;
    QTest::newRow("nested: every item runs a loop of its own") << 50 << 200 << false;
    QTest::newRow("called from a pool thread, nested") << 20 << 50 << true;
}

// The caller takes items too, and helpers come from the global pool: nested calls, and
// calls from the pool's own threads, still finish, each item run once.
void tst_MatchIndex::parallelForRunsEveryItemOnce()
{
    QFETCH(int, outer);
    QFETCH(int, inner);
    QFETCH(bool, fromPool);
    const int perItem = std::max(inner, 1);
    std::vector<std::atomic<int>> runs(size_t(outer) * size_t(perItem));
    auto loop = [&] {
        parallelFor(outer, [&](qsizetype i) {
            if (inner == 0)
                ++runs[size_t(i)];
            else
                parallelFor(inner, [&](qsizetype j) { ++runs[size_t(i) * size_t(inner) + size_t(j)]; });
        });
    };
    if (fromPool) {
        // Fill the pool with such callers, so that none of them can count on a free thread.
        QThreadPool::globalInstance()->start(loop);
        QThreadPool::globalInstance()->start(loop);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        for (const std::atomic<int> &r : runs)
            QCOMPARE(r.load(), 2);
        return;
    }
    loop();
    for (const std::atomic<int> &r : runs)
        QCOMPARE(r.load(), 1);
}

void tst_MatchIndex::mergedAndSortedPagesGiveTheSameSpans_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("alphabet");   // small: many repeated k-grams within a page
    QTest::newRow("two pages") << 2 << 3000;
    QTest::newRow("two pages, repetitive") << 2 << 40;
    QTest::newRow("seven pages") << 7 << 3000;
    QTest::newRow("ninety pages, past the merge") << 90 << 3000;
    QTest::newRow("ninety pages, repetitive") << 90 << 40;
}

// Pages cut from one random text, so that neighbours and many other pairs share
// passages at different places; with an empty page among them (the third).
void tst_MatchIndex::mergedAndSortedPagesGiveTheSameSpans()
{
    QFETCH(int, pages);
    QFETCH(int, alphabet);
    QRandomGenerator random(7);
    std::u32string source;
    for (int i = 0; i < 700 * pages + 4000; ++i)
        source.push_back(char32_t(0x4E00 + random.bounded(alphabet)));
    PassageIndex merged(pages), sorted(pages);
    for (int page = 0; page < pages; ++page) {
        std::u32string text;
        if (page != 2) {
            // 500 characters shared with each neighbour, and a piece from anywhere.
            text = source.substr(size_t(700 * page), 1200);
            text += source.substr(size_t(random.bounded(700 * pages)), 300 + size_t(random.bounded(400)));
        }
        merged.setFingerprints(page, Winnower::fingerprints(text));
        sorted.setFingerprints(page, Winnower::fingerprints(text));
    }
    PassageIndex::Limits mergeAll, sortAll;
    mergeAll.mergeUpTo = 1000;
    sortAll.mergeUpTo = 0;
    const QList<SharedSpan> a = merged.takeSharedSpans(mergeAll);
    const QList<SharedSpan> b = sorted.takeSharedSpans(sortAll);
    QVERIFY(a.size() >= pages / 2);   // there is something to compare
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].page, b[i].page);
        QCOMPARE(a[i].start, b[i].start);
        QCOMPARE(a[i].end, b[i].end);
        QCOMPARE(a[i].fingerprints, b[i].fingerprints);
    }
}

QTEST_GUILESS_MAIN(tst_MatchIndex)
#include "tst_matchindex.moc"
