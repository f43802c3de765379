#include "diff/anchoreddiff.h"
#include "diffcheck.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Jiaokan::Core;

namespace {

// A long text from a small vocabulary of "words", so that k-grams repeat as they do
// in real prose, and a copy of it with an edit every 1/rate characters.
std::u32string proseLike(QRandomGenerator &rng, qsizetype length)
{
    std::u32string s;
    while (qsizetype(s.size()) < length) {
        const int word = rng.bounded(400);
        for (int k = 0; k < 1 + word % 3; ++k)
            s.push_back(U'一' + char32_t((word * 7 + k * 131) % 3000));
    }
    s.resize(size_t(length));
    return s;
}

std::u32string edited(QRandomGenerator &rng, const std::u32string &a, double rate, qsizetype *planted)
{
    std::u32string b;
    *planted = 0;
    for (size_t i = 0; i < a.size();) {
        if (rng.generateDouble() < rate) {
            const int k = 1 + rng.bounded(4);
            switch (rng.bounded(3)) {
            case 0:   // substitute
                for (int j = 0; j < k; ++j)
                    b.push_back(U'龟' + char32_t(rng.bounded(50)));
                i += size_t(k);
                *planted += 2 * k;
                break;
            case 1:   // delete
                i += size_t(k);
                *planted += k;
                break;
            default:  // insert
                for (int j = 0; j < k; ++j)
                    b.push_back(U'龟' + char32_t(rng.bounded(50)));
                *planted += k;
                break;
            }
        } else {
            b.push_back(a[i++]);
        }
    }
    return b;
}

} // namespace

class tst_AnchoredDiff : public QObject
{
    Q_OBJECT
private slots:
    void isMinimalBelowTheDirectLimit();
    void anchoringKeepsScriptsValid_data();
    void anchoringKeepsScriptsValid();
    void longReprintCostsNoMoreThanItsEdits_data();
    void longReprintCostsNoMoreThanItsEdits();
    void unrelatedLongTextsAreReplacedWhole();
};

void tst_AnchoredDiff::isMinimalBelowTheDirectLimit()
{
    QRandomGenerator rng(7u);
    for (int round = 0; round < 1500; ++round) {
        const std::u32string a = randomText(rng, 40, 6);
        const std::u32string b = rng.bounded(2) ? randomText(rng, 40, 6) : a + randomText(rng, 5, 6);
        const EditScript script = AnchoredDiff::diff(a, b);
        QString why;
        QVERIFY2(replays(script, a, b, &why), qPrintable(why));
        QCOMPARE(editCost(script), qsizetype(a.size() + b.size()) - 2 * bruteForceLcs(a, b));
    }
}

void tst_AnchoredDiff::anchoringKeepsScriptsValid_data()
{
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<int>("directLimit");
    QTest::newRow("small alphabet, anchors everywhere") << 3 << 8;
    QTest::newRow("large alphabet, unique anchors") << 200 << 16;
    QTest::newRow("anchor only the long stretches") << 30 << 64;
}

// With a tiny direct limit every input is split at anchors: the script must still
// replay, and on near copies cost no more than the edits that made them.
void tst_AnchoredDiff::anchoringKeepsScriptsValid()
{
    QFETCH(int, alphabet);
    QFETCH(int, directLimit);
    QRandomGenerator rng(quint32(alphabet * 1000 + directLimit));
    AnchoredDiff::Limits limits;
    limits.directLimit = directLimit;
    for (int round = 0; round < 1500; ++round) {
        const std::u32string a = randomText(rng, 120, alphabet);
        std::u32string b = a;
        qsizetype substituted = 0;
        for (int e = rng.bounded(6); e > 0 && !b.empty(); --e, ++substituted)
            b[size_t(rng.bounded(int(b.size())))] = U'甲' + char32_t(rng.bounded(alphabet));
        const bool nearCopy = rng.bounded(4) != 0;
        if (!nearCopy)
            b = randomText(rng, 120, alphabet);
        const EditScript script = AnchoredDiff::diff(a, b, limits);
        QString why;
        QVERIFY2(replays(script, a, b, &why), qPrintable(why));
        // A near copy costs no more than undoing its substitutions (2 each).
        if (nearCopy)
            QVERIFY2(editCost(script) <= 2 * substituted,
                     qPrintable(QStringLiteral("cost %1 for %2 substitutions").arg(editCost(script)).arg(substituted)));
    }
}

void tst_AnchoredDiff::longReprintCostsNoMoreThanItsEdits_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("an edit every 200 characters") << 0.005;
    QTest::newRow("an edit every 50 characters") << 0.02;
}

// 200,000 characters: far above the direct limit, so the anchors do the work. The
// planted edits are one way to turn A into B, so a good script costs no more.
void tst_AnchoredDiff::longReprintCostsNoMoreThanItsEdits()
{
    QFETCH(double, rate);
    QRandomGenerator rng(99u);
    const std::u32string a = proseLike(rng, 200000);
    qsizetype planted = 0;
    const std::u32string b = edited(rng, a, rate, &planted);
    const EditScript script = AnchoredDiff::diff(a, b);
    QString why;
    QVERIFY2(replays(script, a, b, &why), qPrintable(why));
    QVERIFY2(editCost(script) <= planted, qPrintable(QStringLiteral("%1 > %2").arg(editCost(script)).arg(planted)));
}

void tst_AnchoredDiff::unrelatedLongTextsAreReplacedWhole()
{
    QRandomGenerator rng(5u);
    std::u32string a(30000, U'甲'), b(30000, U'乙');
    for (char32_t &c : a)
        c = U'一' + char32_t(rng.bounded(100));
    for (char32_t &c : b)
        c = U'丁' + char32_t(rng.bounded(100)) + 5000;
    AnchoredDiff::Limits limits;
    limits.giveUpLimit = 10000;
    const EditScript script = AnchoredDiff::diff(a, b, limits);
    QString why;
    QVERIFY2(replays(script, a, b, &why), qPrintable(why));
    QCOMPARE(script.size(), 2);
}

QTEST_GUILESS_MAIN(tst_AnchoredDiff)
#include "tst_anchoreddiff.moc"
