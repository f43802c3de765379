#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class tst_StorySegmenter : public QObject
{
    Q_OBJECT
private slots:
    void opensStories_data();
    void opensStories();
};

void tst_StorySegmenter::opensStories_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QList<int>>("firstLines");
    QTest::addColumn<QStringList>("headlines");
    QTest::newRow("dateline lead opens a story, headline above it")
        << u"两国元首会谈。\n\n习近平同普京共同会见记者\n新华社莫斯科5月8日电 当地时间5月8日中午，两国元首共同会见记者。"_s
        << QList<int>{1, 3} << QStringList{QString(), u"习近平同普京共同会见记者"_s};
    // An agency's dateline is its form (…社 place date 电), whichever agency it is.
    QTest::newRow("another agency's dateline opens a story")
        << u"两国元首会谈。\n\n普京会见外国记者\n路透社莫斯科5月8日电 当地时间5月8日中午，普京会见外国记者。"_s
        << QList<int>{1, 3} << QStringList{QString(), u"普京会见外国记者"_s};
    QTest::newRow("so does 据…社电 of another agency")
        << u"两国元首会谈。\n\n普京会见外国记者\n据塔斯社电 当地时间5月8日中午，普京会见外国记者。"_s
        << QList<int>{1, 3} << QStringList{QString(), u"普京会见外国记者"_s};
    QTest::newRow("continued from page 1 opens a story")
        << u"两国元首会谈。\n\n（上接第1版）两国政治互信根基越扎越深。"_s << QList<int>{1, 3}
        << QStringList{QString(), QString()};
    QTest::newRow("continued on page 2 does not open one")
        << u"两国元首会谈。\n（下接第2版）\n\n两国政治互信根基越扎越深。"_s << QList<int>{1}
        << QStringList{QString()};
    QTest::newRow("credit line closes a story")
        << u"蔡奇、王毅参加上述活动。\n\n据新华社\n\n外交部发言人郭嘉昆2日宣布试行免签政策。"_s << QList<int>{1, 5}
        << QStringList{QString(), QString()};
    QTest::newRow("headline at the foot of the page finds its story")
        << u"外交部发言人郭嘉昆宣布试行免签政策。\n\n据新华社\n\n本报讯 市委常委会举行会议，研究部署养老服务工作。\n\n外交部宣布试行免签政策"_s
        << QList<int>{1, 5} << QStringList{u"外交部宣布试行免签政策"_s, QString()};
}

void tst_StorySegmenter::opensStories()
{
    QFETCH(QString, raw);
    QFETCH(QList<int>, firstLines);
    QFETCH(QStringList, headlines);
    QString error;
    auto source = PageLoader::fromText(raw, u"t.txt"_s, &error);
    QVERIFY(source);
    const ReflowedPage page = ReflowedPage::analyze(*source);
    QList<int> gotLines;
    QStringList gotHeadlines;
    for (const Story &s : page.stories) {
        gotLines.append(s.firstLine.value);
        gotHeadlines.append(s.headline);
    }
    QCOMPARE(gotLines, firstLines);
    QCOMPARE(gotHeadlines, headlines);
}

QTEST_GUILESS_MAIN(tst_StorySegmenter)
#include "tst_storysegmenter.moc"
