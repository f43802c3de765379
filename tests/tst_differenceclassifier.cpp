#include "diff/differenceclassifier.h"

#include <QTest>

using namespace Jiaokan::Core;

class tst_DifferenceClassifier : public QObject
{
    Q_OBJECT
private slots:
    void namesTheKindOfDifference_data();
    void namesTheKindOfDifference();
};

void tst_DifferenceClassifier::namesTheKindOfDifference_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("kind");
    QTest::newRow("wording is text") << QStringLiteral("阔") << QStringLiteral("淡") << QStringLiteral("text");
    QTest::newRow("a dropped character is text") << QStringLiteral("高") << QString() << QStringLiteral("text");
    QTest::newRow("comma for full stop is punctuation") << QStringLiteral("，") << QStringLiteral("。") << QStringLiteral("punctuation");
    QTest::newRow("a dropped comma is punctuation") << QStringLiteral("，") << QString() << QStringLiteral("punctuation");
    QTest::newRow("full-width and ASCII comma is width") << QStringLiteral("，") << QStringLiteral(",") << QStringLiteral("width");
    QTest::newRow("full-width digits are width") << QStringLiteral("５月") << QStringLiteral("5月") << QStringLiteral("width");
    QTest::newRow("traditional and simplified is script") << QStringLiteral("發展") << QStringLiteral("发展") << QStringLiteral("script");
    QTest::newRow("a space is space") << QStringLiteral("新华社电 当地") << QStringLiteral("新华社电当地") << QStringLiteral("space");
    QTest::newRow("script plus wording is text") << QStringLiteral("發展") << QStringLiteral("发达") << QStringLiteral("text");
}

void tst_DifferenceClassifier::namesTheKindOfDifference()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, kind);
    QCOMPARE(differenceClassName(DifferenceClassifier::classify(a, b)), kind);
}

QTEST_GUILESS_MAIN(tst_DifferenceClassifier)
#include "tst_differenceclassifier.moc"
