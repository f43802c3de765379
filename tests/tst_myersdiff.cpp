#include "diff/myersdiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Jiaokan::Core;

namespace {

// Length of the longest common subsequence, by the textbook table.
qsizetype bruteForceLcs(std::u32string_view a, std::u32string_view b)
{
    std::vector<std::vector<qsizetype>> t(a.size() + 1, std::vector<qsizetype>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

// Replays the script: it must consume A and B in order and rebuild B from A.
bool replays(const EditScript &script, std::u32string_view a, std::u32string_view b, QString *why)
{
    qsizetype i = 0, j = 0;
    std::u32string rebuilt;
    for (const EditRun &r : script) {
        if (r.length <= 0 || r.aStart != i || r.bStart != j) {
            *why = QStringLiteral("run out of place at a=%1 b=%2").arg(i).arg(j);
            return false;
        }
        switch (r.kind) {
        case EditRun::Equal:
            if (a.substr(size_t(i), size_t(r.length)) != b.substr(size_t(j), size_t(r.length))) {
                *why = QStringLiteral("equal run differs at a=%1").arg(i);
                return false;
            }
            rebuilt += a.substr(size_t(i), size_t(r.length));
            i += r.length;
            j += r.length;
            break;
        case EditRun::Delete:
            i += r.length;
            break;
        case EditRun::Insert:
            rebuilt += b.substr(size_t(j), size_t(r.length));
            j += r.length;
            break;
        }
    }
    if (i != qsizetype(a.size()) || rebuilt != b) {
        *why = QStringLiteral("script does not rebuild B");
        return false;
    }
    return true;
}

qsizetype editCost(const EditScript &script)
{
    qsizetype cost = 0;
    for (const EditRun &r : script)
        cost += r.kind == EditRun::Equal ? 0 : r.length;
    return cost;
}

std::u32string randomText(QRandomGenerator &rng, int maxLength, int alphabet)
{
    std::u32string s(size_t(rng.bounded(maxLength + 1)), U'\0');
    for (char32_t &c : s)
        c = U'甲' + char32_t(rng.bounded(alphabet));
    return s;
}

} // namespace

class tst_MyersDiff : public QObject
{
    Q_OBJECT
private slots:
    void findsMinimalScript_data();
    void findsMinimalScript();
    void matchesBruteForceOnRandomInput_data();
    void matchesBruteForceOnRandomInput();
};

void tst_MyersDiff::findsMinimalScript_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("cost");
    QTest::newRow("identical") << QStringLiteral("天高云阔") << QStringLiteral("天高云阔") << 0;
    QTest::newRow("both empty") << QString() << QString() << 0;
    QTest::newRow("one empty") << QString() << QStringLiteral("挺身而出") << 4;
    QTest::newRow("one character replaced") << QStringLiteral("天高云阔。") << QStringLiteral("天高云淡。") << 2;
    QTest::newRow("a character dropped") << QStringLiteral("加征高关税") << QStringLiteral("加征关税") << 1;
    QTest::newRow("phrase replaced") << QStringLiteral("挺膺担当，全面协作") << QStringLiteral("挺身而出，全面协作") << 6;
    QTest::newRow("nothing shared") << QStringLiteral("甲乙丙") << QStringLiteral("丁戊") << 5;
}

void tst_MyersDiff::findsMinimalScript()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, cost);
    const std::u32string ua = a.toStdU32String(), ub = b.toStdU32String();
    const EditScript script = MyersDiff::diff(ua, ub);
    QString why;
    QVERIFY2(replays(script, ua, ub, &why), qPrintable(why));
    QCOMPARE(editCost(script), qsizetype(cost));
}

void tst_MyersDiff::matchesBruteForceOnRandomInput_data()
{
    QTest::addColumn<int>("alphabet");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("two letters, short") << 2 << 12;
    QTest::newRow("four letters") << 4 << 30;
    QTest::newRow("twenty letters, longer") << 20 << 60;
}

void tst_MyersDiff::matchesBruteForceOnRandomInput()
{
    QFETCH(int, alphabet);
    QFETCH(int, maxLength);
    QRandomGenerator rng(20261122u + quint32(alphabet));
    for (int round = 0; round < 2000; ++round) {
        const std::u32string a = randomText(rng, maxLength, alphabet);
        std::u32string b = rng.bounded(2) ? randomText(rng, maxLength, alphabet) : a;
        if (b == a && !b.empty())   // a near copy: a few edits, as reprints differ
            for (int e = rng.bounded(4); e >= 0; --e)
                b[size_t(rng.bounded(int(b.size())))] = U'甲' + char32_t(rng.bounded(alphabet));
        const EditScript script = MyersDiff::diff(a, b);
        QString why;
        QVERIFY2(replays(script, a, b, &why),
                 qPrintable(QStringLiteral("%1: %2 / %3").arg(why, QString::fromStdU32String(a), QString::fromStdU32String(b))));
        const qsizetype minimal = qsizetype(a.size() + b.size()) - 2 * bruteForceLcs(a, b);
        QVERIFY2(editCost(script) == minimal,
                 qPrintable(QStringLiteral("cost %1, minimal %2: %3 / %4").arg(editCost(script)).arg(minimal)
                                .arg(QString::fromStdU32String(a), QString::fromStdU32String(b))));
    }
}

QTEST_GUILESS_MAIN(tst_MyersDiff)
#include "tst_myersdiff.moc"
