// A diff compares what it is given: two texts of one story are compared in full however
// short or heavily edited, and the edges of a text (an inserted sentence, a missing
// opening, a title) come out as an editor reads them.
#include "match/passagefinder.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

const QString Title = u"习近平同俄罗斯总统普京会谈"_s;
const QString Lead = u"新华社莫斯科5月8日电　当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。两国元首就中俄关系和重大国际和地区问题深入交换意见。"_s;
const QString Second = u"习近平指出，近年来，在双方共同努力下，中俄关系保持稳定、健康、高水平发展态势，长期睦邻友好的基础更加牢固，全面战略协作的内涵更加丰富。"_s;
const QString Third = u"普京表示，热烈欢迎习近平主席对俄罗斯进行国事访问并出席伟大卫国战争胜利80周年纪念活动，这次访问意义重大。"_s;
const QString Other = u"商务部新闻发言人何亚东8日表示，中方绝不会答应，更不会牺牲原则立场、牺牲国际公平正义去寻求任何协议，将坚决维护自身正当权益。"_s;

// A web text: the title, then each paragraph on a line of its own, indented.
QString article(const QStringList &paragraphs, const QString &title = Title)
{
    QString t = title.isEmpty() ? QString() : title + u'\n';
    for (const QString &p : paragraphs)
        t += u"　　"_s + p + u'\n';
    return t;
}

struct Compared {
    PassageFinder::Result result;
    std::optional<QString> whole;   // why it was compared whole, if it was
};

// What diff does: the matcher's passages, or the whole texts when it pairs too little.
Compared diff(const QString &a, const QString &b)
{
    static QTemporaryDir dir;
    const QString pa = dir.filePath(u"a.txt"_s), pb = dir.filePath(u"b.txt"_s);
    for (const auto &[path, text] : {std::pair(pa, a), std::pair(pb, b)}) {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text.toUtf8());
    }
    Compared c{PassageFinder::run({pa, pb}, CompareOptions{}), std::nullopt};
    c.whole = PassageFinder::wholeComparisonReason(c.result, CompareOptions{});
    if (c.whole) {
        QString error;
        c.result = *PassageFinder::compareWhole({pa, pb}, CompareOptions{}, &error);
    }
    return c;
}

// "A→B (class)", and for half of a move ", moved with N", N counted from 1.
QString describe(const Difference &d)
{
    const QString moved = d.movedWith >= 0 ? u", moved with %1"_s.arg(d.movedWith + 1) : QString();
    return u"%1→%2 (%3%4)"_s.arg(d.text[SideA], d.text[SideB], differenceClassName(d.kind), moved);
}

} // namespace

class tst_WholeComparison : public QObject
{
    Q_OBJECT
private slots:
    void comparesWhatItIsGiven_data();
    void comparesWhatItIsGiven();
    void heavilyEditedTextIsComparedInFull();
    void pagesOfManyStoriesKeepTheirPassages();
    void noFalseHeadingsWithoutNewspaperConventions_data();
    void noFalseHeadingsWithoutNewspaperConventions();
};

void tst_WholeComparison::comparesWhatItIsGiven_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QStringList>("differences");
    QTest::newRow("one-sentence pair") << u"天高云阔。\n"_s << u"天高云淡。\n"_s << QStringList{u"阔→淡 (text)"_s};
    QTest::newRow("text inserted right after a shared headline is body text")
        << article({Lead, Second}) << article({u"本报记者从外交部获悉，会谈气氛友好。"_s, Lead, Second})
        << QStringList{u"→本报记者从外交部获悉，会谈气氛友好。 (text)"_s};
    QTest::newRow("a sentence with 本报记者 in the body is text, not a dateline")
        << article({Lead, Second, Third})
        << article({Lead, Second + u"本报记者在现场看到，会场布置庄重。"_s, Third})
        << QStringList{u"→本报记者在现场看到，会场布置庄重。 (text)"_s};
    QTest::newRow("a version that lacks the opening after a shared title has an omission")
        << article({Lead, Second, Third}) << article({Second, Third}) << QStringList{Lead + u"→ (text)"_s};
    QTest::newRow("a paragraph rewritten entirely is one change")
        << article({Lead, Second, Third}) << article({Lead, Other, Third})
        << QStringList{Second.chopped(1) + u"→"_s + Other.chopped(1) + u" (text)"_s};
    const QString Fifth = u"双方签署了关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明，以及多项合作文件。"_s;
    QTest::newRow("a paragraph moved to the end is one move")
        << article({Lead, Second, Third, Other, Fifth}) << article({Lead, Third, Other, Fifth, Second})
        << QStringList{Second + u"→ (text, moved with 2)"_s, u"→"_s + Second + u" (text, moved with 1)"_s};
    QString edited = Second;
    edited.replace(u"稳定"_s, u"稳固"_s);
    QTest::newRow("a paragraph moved and edited on the way is still a move")
        << article({Lead, Second, Third, Other, Fifth}) << article({Lead, Third, Other, Fifth, edited})
        << QStringList{Second + u"→ (text, moved with 2)"_s, u"→"_s + edited + u" (text, moved with 1)"_s};
    QTest::newRow("two paragraphs left out together and printed at two places are two moves")
        << article({Lead, Second, Third, Other, Fifth}) << article({Lead, Other, Second, Fifth, Third})
        << QStringList{u"→"_s + Other + u" (text, moved with 3)"_s, Third + u"→ (text, moved with 4)"_s,
                       Other + u"→ (text, moved with 1)"_s, u"→"_s + Third + u" (text, moved with 2)"_s};
    QTest::newRow("a paragraph left out and another added is no move")
        << article({Lead, Second, Third, Fifth}) << article({Lead, Third, Fifth, Other})
        << QStringList{Second + u"→ (text)"_s, u"→"_s + Other + u" (text)"_s};
    QTest::newRow("a classical text with no headline")
        << u"学而时习之不亦说乎有朋自远方来不亦乐乎\n人不知而不愠不亦君子乎\n"_s
        << u"学而时习之不亦悦乎有朋自远方来不亦乐乎\n人不知而不愠不亦君子乎\n"_s << QStringList{u"说→悦 (text)"_s};
}

void tst_WholeComparison::comparesWhatItIsGiven()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QStringList, differences);
    const Compared c = diff(a, b);
    QCOMPARE(c.result.passages.size(), 1);
    QStringList got;
    for (const Difference &d : c.result.passages.first().differences)
        got.append(describe(d));
    QCOMPARE(got, differences);
    // The passage is the whole of both texts: nothing of either is left out.
    const PassageComparison &p = c.result.passages.first();
    for (Side s : {SideA, SideB}) {
        QVERIFY(p.only[s].isEmpty());
        QCOMPARE(p.keyStart[s], 0);
        QCOMPARE(p.keyEnd[s], c.result.pages[s]->diffKey.size());
    }
}

void tst_WholeComparison::heavilyEditedTextIsComparedInFull()
{
    // shared/bench's pair: B is A with an edit at one character in five.
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s);
    const QString script = QStringLiteral(JIAOKAN_SHARED_DIR "/bench/make-pair.py");
    if (!QFile::exists(script))
        QSKIP("shared/bench is not beside the checkout");
    QCOMPARE(QProcess::execute(u"python3"_s, {script, u"20000"_s, u"0.2"_s, a, b}), 0);
    const PassageFinder::Result matched = PassageFinder::run({a, b}, CompareOptions{});
    const auto reason = PassageFinder::wholeComparisonReason(matched, CompareOptions{});
    QVERIFY2(reason, "the matcher's passages were taken for the whole");
    QString error;
    const auto whole = PassageFinder::compareWhole({a, b}, CompareOptions{}, &error);
    QVERIFY2(whole, qPrintable(error));
    const PassageComparison &p = whole->passages.first();
    QCOMPARE(p.lines[SideA].first.value, 1);
    QCOMPARE(p.lines[SideA].last.value, whole->pages[0]->page.source.lineCount());
    QVERIFY(p.similarity > 0.6);
    QVERIFY2(p.differences.size() > 1000, qPrintable(QString::number(p.differences.size())));
    // Differences over the whole of both texts, in order on both sides.
    for (qsizetype i = 1; i < p.differences.size(); ++i)
        for (Side s : {SideA, SideB})
            QVERIFY(p.differences[i].keyStart[s] >= p.differences[i - 1].keyEnd[s]);
    QVERIFY(p.differences.last().keyEnd[SideA] > 0.95 * double(whole->pages[0]->diffKey.size()));
}

void tst_WholeComparison::pagesOfManyStoriesKeepTheirPassages()
{
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    const QString a = corpus.absoluteFilePath(corpus.entryList({u"001_*.txt"_s}).value(0));
    const QString b = corpus.absoluteFilePath(corpus.entryList({u"002_*.txt"_s}).value(0));
    const PassageFinder::Result matched = PassageFinder::run({a, b}, CompareOptions{});
    QVERIFY(matched.passages.size() >= 2);
    QVERIFY(!PassageFinder::wholeComparisonReason(matched, CompareOptions{}));
}

void tst_WholeComparison::noFalseHeadingsWithoutNewspaperConventions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("headings");
    QTest::newRow("a poem set line by line") << u"床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n"_s << 0;
    QTest::newRow("two poems") << u"白日依山尽\n黄河入海流\n\n千山鸟飞绝\n万径人踪灭\n"_s << 0;
    QTest::newRow("unpunctuated classical prose") << u"学而时习之不亦说乎有朋自远方来不亦乐乎\n人不知而不愠不亦君子乎\n"_s << 0;
    QTest::newRow("a title over punctuated verse is one") << u"静夜思\n　　床前明月光，疑是地上霜。举头望明月，低头思故乡。\n"_s << 1;
}

void tst_WholeComparison::noFalseHeadingsWithoutNewspaperConventions()
{
    QFETCH(QString, text);
    QFETCH(int, headings);
    QString error;
    const auto source = PageLoader::fromText(text, u"t.txt"_s, &error);
    QVERIFY(source);
    int found = 0;
    for (const Block &b : ReflowedPage::analyze(*source).blocks)
        found += b.kind == BlockKind::Heading;
    QCOMPARE(found, headings);
}

QTEST_GUILESS_MAIN(tst_WholeComparison)
#include "tst_wholecomparison.moc"
