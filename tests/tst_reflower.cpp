#include "reflow/reflower.h"
#include "text/pageloader.h"

#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

// Han text without punctuation to cut column lines from.
const QString Filler = u"两国元首就中俄关系和重大国际和地区问题深入交换意见一致同意坚定不移深化战略协作推动"
                       u"中俄关系稳定健康高水平发展共同弘扬正确二战史观维护联合国权威和地位维护国际公平正义"_s;

// A line of n Han characters (n em wide), different for each seed.
QString han(int n, int seed)
{
    return Filler.mid((seed * 7) % (Filler.size() - n), n);
}

QList<Block> reflowText(const QString &text)
{
    QString error;
    const auto page = PageLoader::fromText(text, u"test.txt"_s, &error);
    if (!page)
        qFatal("%s", qPrintable(error));
    return Reflower::reflow(*page);
}

} // namespace

class tst_Reflower : public QObject
{
    Q_OBJECT
private slots:
    void joinsLines_data();
    void joinsLines();
    void findsParagraphStarts_data();
    void findsParagraphStarts();
    void classifiesBlocks_data();
    void classifiesBlocks();
    void splitsContinuationMarkerFromBody();
    void mapsEveryCharacterToItsSource();
};

void tst_Reflower::joinsLines_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("joined");
    QTest::newRow("CJK broken mid-sentence") << u"记者今天\n报道了会谈。"_s << u"记者今天报道了会谈。"_s;
    QTest::newRow("number split from its unit") << u"中俄两国人民在80\n年前付出巨大牺牲。"_s << u"中俄两国人民在80年前付出巨大牺牲。"_s;
    QTest::newRow("digits split inside a number") << u"累计提供岗位信息457\n.4万个。"_s << u"累计提供岗位信息457.4万个。"_s;
    QTest::newRow("Latin words keep a space") << u"据Xinhua News\nAgency报道。"_s << u"据Xinhua News Agency报道。"_s;
    QTest::newRow("blank line mid-sentence is a column change")
        << u"据新华社电 当地时间5月8日上\n\n午，俄罗斯总统普京同中国国家主席习近平\n举行会谈。"_s
        << u"据新华社电 当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平举行会谈。"_s;
    QTest::newRow("a line may not start with a closing mark")
        << u"让合作“稳”的基础更坚实、“进”的动能更充足\n”。"_s << u"让合作“稳”的基础更坚实、“进”的动能更充足”。"_s;
    QTest::newRow("CRLF and trailing spaces") << u"记者今天  \r\n报道了会谈。\r\n"_s << u"记者今天报道了会谈。"_s;
}

void tst_Reflower::joinsLines()
{
    QFETCH(QString, raw);
    QFETCH(QString, joined);
    const QList<Block> blocks = reflowText(raw);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.first().text, joined);
}

void tst_Reflower::findsParagraphStarts_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<int>>("starts");
    const QString full1 = han(14, 1), full2 = han(14, 2), full3 = han(14, 3), full4 = han(14, 4), full5 = han(14, 5);
    const QString first = han(12, 6);   // a first line that lost its 2-em indent
    QTest::newRow("short last line ending in 。 ends the paragraph")
        << QStringList{first, full1, full2, han(6, 7) + u"。"_s, first, full3, full4, han(5, 8) + u"。"_s}
        << QList<int>{1, 5};
    QTest::newRow("full line ending in 。 runs on into a full line")
        << QStringList{first, full1, han(13, 9) + u"。"_s, full2, full3, full4, han(5, 8) + u"。"_s}
        << QList<int>{1};
    QTest::newRow("full line ending in 。 then a lost indent starts a paragraph")
        << QStringList{first, full1, han(13, 9) + u"。"_s, first, full2, full3, han(5, 8) + u"。"_s}
        << QList<int>{1, 4};
    QTest::newRow("short line without a final mark runs on")
        << QStringList{first, full1, han(8, 9), full2, full3, full4, han(5, 8) + u"。"_s}
        << QList<int>{1};
    QTest::newRow("blank lines are not paragraph ends")
        << QStringList{first, full1, u""_s, full2, full3, u""_s, full4, full5, han(5, 8) + u"。"_s}
        << QList<int>{1};
    // Its indent makes a first line short: that it ends a sentence says nothing more.
    QTest::newRow("a first line ending in 。 by chance runs on")
        << QStringList{han(11, 1) + u"。"_s, full1, full2, han(5, 8) + u"。"_s, first, full3, full4, han(6, 7) + u"。"_s}
        << QList<int>{1, 5};
    // A quotation closes at a full line's end; the speaker's tag is the paragraph's end.
    QTest::newRow("a speaker's tag after a closing quote runs on")
        << QStringList{first, full1, han(12, 9) + u"。”"_s, u"郭嘉昆说。"_s, first, full2, full3, han(5, 8) + u"。"_s}
        << QList<int>{1, 5};
    QTest::newRow("so does one in traditional script")
        << QStringList{first, full1, han(12, 9) + u"。”"_s, u"郭嘉昆說。"_s, first, full2, full3, han(5, 8) + u"。"_s}
        << QList<int>{1, 5};
    QTest::newRow("a short sentence after a closing quote is a paragraph")
        << QStringList{first, full1, han(12, 9) + u"。”"_s, u"蔡奇、王毅等参加。"_s, first, full2, full3, han(5, 8) + u"。"_s}
        << QList<int>{1, 4, 5};
    QTest::newRow("ASCII punctuation, one paragraph a line")
        << QStringList{u"9月2日上午,国家主席习近平在北京人民大会堂同普京举行会谈。"_s, u""_s,
                       u"习近平指出,中俄关系经受住了国际风云变幻的考验,树立了大国关系典范。我提"_s, u""_s,
                       u"出全球治理倡议,就是要会同所有志同道合国家。"_s, u""_s,
                       u"有记者问:此次双方领导人会晤是否就此进行了讨论?"_s, u""_s, u"他表示,中俄关系保持高水平运行。"_s}
        << QList<int>{1, 3, 7, 9};
}

void tst_Reflower::findsParagraphStarts()
{
    QFETCH(QStringList, lines);
    QFETCH(QList<int>, starts);
    QList<int> got;
    for (const Block &b : reflowText(lines.join(u'\n')))
        if (b.kind == BlockKind::Paragraph)
            got.append(b.firstLine.value);
    QCOMPARE(got, starts);
}

void tst_Reflower::classifiesBlocks_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("expected");   // kind:first characters
    QTest::newRow("headline above its dateline lead")
        << u"习近平同俄罗斯总统普京会谈\n新华社莫斯科5月8日电 当地时间5月8日上午，两国元首举行会谈。"_s
        << QStringList{u"heading:习近平"_s, u"paragraph:新华社"_s};
    // The same in traditional script: 新華社…電 is a dateline as 新华社…电 is.
    QTest::newRow("headline above its dateline lead, traditional")
        << u"習近平同俄羅斯總統普京會談\n新華社莫斯科5月8日電\n當地時間5月8日上午，兩國元首舉行會談。"_s
        << QStringList{u"heading:習近平"_s, u"paragraph:新華社"_s};
    QTest::newRow("headline after its story, at the foot of the page")
        << u"蔡奇、王毅等参加上述活动。\n\n习近平同俄罗斯总统普京共同会见记者\n"_s
        << QStringList{u"paragraph:蔡奇"_s, u"heading:习近平"_s};
    QTest::newRow("kicker, title and subtitle stacked")
        << u"两国元首会谈。\n\n市委常委会举行会议\n\n深入学习贯彻重要讲话精神 研究部署工作\n\n市委书记主持并讲话\n\n9月2日上午,市委常委会举行会议。"_s
        << QStringList{u"paragraph:两国"_s, u"heading:市委常委会"_s, u"heading:深入"_s, u"heading:市委书记"_s,
                       u"paragraph:9月"_s};
    QTest::newRow("credit line closes a story")
        << u"蔡奇、王毅参加上述活动。\n\n据新华社\n\n外交部发言人郭嘉昆2日宣布试行免签政策。"_s
        << QStringList{u"paragraph:蔡奇"_s, u"credit:据新华社"_s, u"paragraph:外交部"_s};
    QTest::newRow("byline credit") << u"会议听取了情况汇报。\n\n新重庆-重庆日报记者 卢志民"_s
                                   << QStringList{u"paragraph:会议"_s, u"credit:新重庆"_s};
    QTest::newRow("section name heading the page")
        << u" 要闻\n\n本报讯 5月8日，重庆市党政代表团在沪考察。"_s
        << QStringList{u"furniture:要闻"_s, u"paragraph:本报讯"_s};
    QTest::newRow("advertisement and page number")
        << u"两国元首会谈。\n·广告·\n第3版"_s
        << QStringList{u"paragraph:两国"_s, u"furniture:·广告·"_s, u"furniture:第3版"_s};
    QTest::newRow("slogan block")
        << u"两国元首会谈。\n\n文明贵阳\nWEN MING GUI YANG\n\n社会主义核心价值观\n\n富强 民主 文明 和谐\n自由 平等 公正 法治"_s
        << QStringList{u"paragraph:两国"_s, u"furniture:文明贵阳"_s, u"furniture:WEN MING GUI YANG"_s,
                       u"furniture:社会主义"_s, u"furniture:富强"_s, u"furniture:自由"_s};
    QTest::newRow("photo caption")
        << u"两国元首会谈。\n\n图为会谈现场。新华社记者 黄敬文 摄"_s
        << QStringList{u"paragraph:两国"_s, u"caption:图为"_s};
    // Columns 14 em wide; a paragraph's first line is 12 em (its indent lost).
    const QString closed = han(12, 1) + u"\n"_s + han(14, 2) + u"\n"_s + han(14, 3) + u"\n"_s + han(6, 4) + u"。"_s;
    const QString running = han(14, 5) + u"\n"_s + han(14, 6) + u"\n"_s + han(14, 7) + u"\n"_s + han(5, 8) + u"。"_s;
    QTest::newRow("a sub-head glued to the paragraph below it")
        << closed + u"\n\n"_s + han(10, 9) + u"\n"_s + han(11, 10) + u"，\n"_s + running
        << QStringList{u"paragraph:"_s + han(12, 1).left(2), u"heading:"_s + han(10, 9), u"paragraph:"_s + han(11, 10).left(2)};
    QTest::newRow("a short line alone under a closed paragraph, over a full one, is a heading")
        << closed + u"\n\n"_s + han(8, 9) + u"\n\n"_s + han(13, 10) + u"，\n"_s + running
        << QStringList{u"paragraph:"_s + han(12, 1).left(2), u"heading:"_s + han(8, 9), u"paragraph:"_s + han(13, 10).left(2)};
    QTest::newRow("two lines that fill the column are no headline")
        << closed + u"\n\n"_s + han(9, 9) + u"，"_s + han(2, 10) + u"\n"_s + han(6, 11) + u"，"_s + han(7, 12) + u"\n\n"_s
               + han(5, 13) + u"。\n"_s + running
        << QStringList{u"paragraph:"_s + han(12, 1).left(2), u"paragraph:"_s + han(9, 9).left(2),
                       u"paragraph:"_s + han(14, 5).left(2)};
    QTest::newRow("fragment running into the next word is not a headline")
        << u"习近平就推进中俄蒙合作提出3点建\n\n议。一是夯实政治互信。"_s
        << QStringList{u"paragraph:习近平就推进中俄蒙合作提出3点建议。"_s};
}

void tst_Reflower::classifiesBlocks()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, expected);
    QStringList got;
    const QList<Block> blocks = reflowText(raw);
    for (int i = 0; i < blocks.size(); ++i) {
        const QString want = i < expected.size() ? expected.at(i).section(u':', 1) : QString();
        got.append(blockKindName(blocks.at(i).kind) + u':' + blocks.at(i).text.left(want.isEmpty() ? 2 : want.size()));
    }
    QCOMPARE(got, expected);
}

void tst_Reflower::splitsContinuationMarkerFromBody()
{
    const QList<Block> blocks = reflowText(u"（上接第1版）两国政治互信根基\n越扎越深。"_s);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).kind, BlockKind::Furniture);
    QCOMPARE(blocks.at(0).text, u"（上接第1版）"_s);
    QCOMPARE(blocks.at(1).kind, BlockKind::Paragraph);
    QCOMPARE(blocks.at(1).text, u"两国政治互信根基越扎越深。"_s);
    QCOMPARE(blocks.at(1).firstLine.value, 1);
    QCOMPARE(blocks.at(1).positions.at(0).column, 7);
}

void tst_Reflower::mapsEveryCharacterToItsSource()
{
    const QString raw = u"  WEN MING\nGUI YANG\n\n（上接第1版）两国政治互信根基\n越扎越深。"_s;
    QString error;
    const auto page = PageLoader::fromText(raw, u"t.txt"_s, &error);
    QVERIFY(page);
    for (const Block &b : Reflower::reflow(*page)) {
        QCOMPARE(b.positions.size(), b.text.size());
        for (qsizetype i = 0; i < b.text.size(); ++i) {
            const SourcePos p = b.positions.at(i);
            if (p.column >= page->line(p.line).size()) {
                QCOMPARE(b.text.at(i), u' ');   // the space joining two Latin words
                continue;
            }
            QCOMPARE(page->line(p.line).at(p.column), b.text.at(i));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Reflower)
#include "tst_reflower.moc"
