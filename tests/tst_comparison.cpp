// The comparison engine end to end: pages in, passages and their differences out.
#include "match/passagefinder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

const QString Headline = u"习近平同俄罗斯总统普京会谈"_s;
const QString Body = u"新华社莫斯科5月8日电 当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。"
                     u"两国元首就中俄关系和重大国际和地区问题深入交换意见，一致同意坚定不移深化战略协作，推动中俄关系稳定、健康、高水平发展。\n"
                     u"5月的莫斯科，天高云阔。习近平乘车抵达时，克里姆林宫司令在下车处迎接。"
                     u"习近平指出，今年是中国人民抗日战争、苏联伟大卫国战争暨世界反法西斯战争胜利80周年。"_s;

// "[a→b]class" for every difference of every passage, in order.
QStringList rendered(const PassageFinder::Result &result)
{
    QStringList out;
    for (const PassageComparison &p : result.passages)
        for (const Difference &d : p.differences)
            out.append(u"[%1→%2]%3"_s.arg(d.text[SideA], d.text[SideB], differenceClassName(d.kind)));
    return out;
}

} // namespace

class tst_Comparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsEachClassUnlessIgnored_data();
    void reportsEachClassUnlessIgnored();
    void findsTheWireStoriesOfTheCorpus();
    void diffsTwoReprintsOfTheCorpus();
    void continuationLeavesTheStartToOnePage();
    void namesPagesItCannotRead();

private:
    QString writePage(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

void tst_Comparison::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_Comparison::writePage(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return path;
}

void tst_Comparison::reportsEachClassUnlessIgnored_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("wording is text") << u"天高云阔"_s << u"天高云淡"_s << u"width,space"_s << QStringList{u"[阔→淡]text"_s};
    QTest::newRow("width is ignored by default") << u"会谈。两国"_s << u"会谈.两国"_s << u"width,space"_s << QStringList{};
    QTest::newRow("width when not ignored") << u"上午，俄罗斯"_s << u"上午,俄罗斯"_s << u"space"_s << QStringList{u"[，→,]width"_s};
    QTest::newRow("punctuation") << u"天高云阔。"_s << u"天高云阔；"_s << u"width,space"_s << QStringList{u"[。→；]punctuation"_s};
    QTest::newRow("punctuation ignored") << u"天高云阔。"_s << u"天高云阔；"_s << u"width,space,punctuation"_s << QStringList{};
    QTest::newRow("script") << u"高水平发展"_s << u"高水平發展"_s << u"width,space"_s << QStringList{u"[发→發]script"_s};
    QTest::newRow("script ignored") << u"高水平发展"_s << u"高水平發展"_s << u"width,space,script"_s << QStringList{};
    QTest::newRow("space when not ignored") << u"习近平乘车"_s << u"习近平 乘车"_s << u"width"_s << QStringList{u"[→ ]space"_s};
    QTest::newRow("space ignored by default") << u"习近平乘车"_s << u"习近平 乘车"_s << u"width,space"_s << QStringList{};
    QTest::newRow("dateline, whole") << u"新华社莫斯科5月8日电 "_s << u"据新华社电 "_s << u"width,space"_s
                                     << QStringList{u"[新华社莫斯科5月8日电→据新华社电]dateline"_s};
    QTest::newRow("heading, whole") << Headline << u"习近平同普京会谈"_s << u"width,space"_s
                                    << QStringList{u"[习近平同俄罗斯总统普京会谈→习近平同普京会谈]heading"_s};
    QTest::newRow("no difference at all") << u"天高云阔"_s << u"天高云阔"_s << u"none"_s << QStringList{};
}

void tst_Comparison::reportsEachClassUnlessIgnored()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, ignore);
    QFETCH(QStringList, expected);
    const QString page = Headline + u"\n\n"_s + Body + u"\n"_s;
    QString changed = page;
    QVERIFY(changed.contains(from));
    changed.replace(changed.indexOf(from), from.size(), to);
    const QString a = writePage(u"a.txt"_s, page), b = writePage(u"b.txt"_s, changed);
    QString error;
    const std::optional<CompareOptions> options = CompareOptions::withIgnoreList(ignore, &error);
    QVERIFY2(options, qPrintable(error));
    const PassageFinder::Result result = PassageFinder::run({a, b}, *options);
    QCOMPARE(result.passages.size(), 1);
    QCOMPARE(rendered(result), expected);
}

void tst_Comparison::findsTheWireStoriesOfTheCorpus()
{
    const QString dir = QFINDTESTDATA(u"data/corpus"_s);
    const QStringList pages{dir + u"/000_800ada7c4181dbc5.txt"_s, dir + u"/001_7bef9e0345aafa9a.txt"_s,
                            dir + u"/002_8f3d60094bcd0134.txt"_s, dir + u"/004_61b16b637bcca7d8.txt"_s};
    const PassageFinder::Result result = PassageFinder::run(pages, CompareOptions{});
    // Two wire stories on three pages: three pairs each. Page 004's story under the same
    // headline is another event and matches nothing.
    QCOMPARE(result.passages.size(), 6);
    for (const PassageComparison &p : result.passages) {
        QVERIFY(p.page[SideB] != 3);
        QVERIFY(p.similarity > 0.95);
    }
}

void tst_Comparison::diffsTwoReprintsOfTheCorpus()
{
    const QString dir = QFINDTESTDATA(u"data/corpus"_s);
    const PassageFinder::Result result = PassageFinder::run(
        {dir + u"/001_7bef9e0345aafa9a.txt"_s, dir + u"/002_8f3d60094bcd0134.txt"_s}, CompareOptions{});
    QCOMPARE(rendered(result), (QStringList{
        u"[据新华社电→新华社莫斯科5月8日电]dateline"_s, u"[阔→淡]text"_s, u"[膺担当→身而出]text"_s, u"[高→]text"_s,
        u"[据新华社电→新华社莫斯科5月8日电]dateline"_s, u"[展→]text"_s, u"[膺担当→身而出]text"_s, u"[渡→舟]text"_s}));
    const Difference &sky = result.passages.first().differences.at(1);
    QCOMPARE(sky.lines[SideA], (LineRange{SourceLine{12}, SourceLine{12}}));
    QCOMPARE(sky.lines[SideB], (LineRange{SourceLine{7}, SourceLine{7}}));
    QCOMPARE(sky.before, u"5月的莫斯科，天高云"_s);
    QVERIFY(sky.after.startsWith(u"。习近平乘车"_s));
}

void tst_Comparison::continuationLeavesTheStartToOnePage()
{
    const QString dir = QFINDTESTDATA(u"data/corpus"_s);
    const PassageFinder::Result result = PassageFinder::run(
        {dir + u"/000_800ada7c4181dbc5.txt"_s, dir + u"/001_7bef9e0345aafa9a.txt"_s}, CompareOptions{});
    QCOMPARE(result.passages.size(), 2);
    const PassageComparison &talks = result.passages.first();
    // Page 000 prints the talks from （上接第1版） on: page 001's opening is its own.
    QVERIFY(talks.differences.isEmpty());
    QVERIFY(talks.only[SideA].isEmpty());
    QCOMPARE(talks.only[SideB].size(), 1);
    QCOMPARE(talks.only[SideB].first().first, SourceLine{1});
    QVERIFY(talks.lines[SideB].first.value > 20);
}

void tst_Comparison::namesPagesItCannotRead()
{
    const QString enc = QFINDTESTDATA(u"data/encodings"_s);
    const QString good = writePage(u"good.txt"_s, Headline + u"\n"_s + Body);
    const PassageFinder::Result result = PassageFinder::run({good, enc + u"/image.txt"_s}, CompareOptions{});
    QCOMPARE(result.failures.size(), 1);
    QCOMPARE(result.failures.first().path, enc + u"/image.txt"_s);
    QVERIFY(!result.failures.first().reason.isEmpty());
    QVERIFY(result.passages.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
