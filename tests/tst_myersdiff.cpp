#include "diff/myersdiff.h"
#include "diffcheck.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Jiaokan::Core;


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
