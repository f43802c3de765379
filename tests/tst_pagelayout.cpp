// The layout step's rules, on pages set glyph by glyph: where each glyph goes is all
// the layout sees, as it is all a PDF's text layer gives.
#include "layout/pagelayouter.h"
#include "layout/textdirection.h"
#include "text/pagegeometry.h"

#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

constexpr double Body = 10;       // body type, points
constexpr double Pitch = 14;      // body leading
constexpr double Gutter = 12;     // between columns

// Sets text on a page the way a PDF places glyphs: each ideograph one em wide, its box
// the font's height (1.3 em here), plus any letter spacing.
class PageSketch
{
public:
    GlyphPage page{1, QSizeF(842, 1191), {}};

    void text(const QString &s, double x, double y, double em, double spacing = 0)
    {
        for (QChar c : s) {
            if (c != u' ')
                page.glyphs.append(Glyph{QString(c), QRectF(x, y, em, 1.3 * em), false});
            x += em + spacing;
        }
    }

    // A story's body: paragraphs indented two em, run on from column to column, lines
    // of width characters, lines lines to a column. Returns the y below the columns.
    double columns(const QStringList &paragraphs, double x, double y, int columns, int width, int lines)
    {
        int col = 0, row = 0;
        for (const QString &p : paragraphs) {
            QString rest = u"  "_s + p;
            while (!rest.isEmpty()) {
                if (row == lines)
                    row = 0, ++col;
                if (col >= columns)
                    qFatal("the story does not fit its columns");
                text(rest.left(width), x + col * (width * Body + Gutter), y + row * Pitch, Body);
                rest = rest.mid(width);
                ++row;
            }
        }
        return y + lines * Pitch;
    }
};

const QString Para1 = u"新华社莫斯科5月8日电当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。两国元首就中俄关系和重大国际问题深入交换意见。"_s;
const QString Para2 = u"习近平指出，近年来，在双方共同努力下，中俄关系保持稳定、健康、高水平发展态势，长期睦邻友好的基础更加牢固。"_s;
const QString Para3 = u"普京表示，热烈欢迎习近平主席对俄罗斯进行国事访问。"_s;
const QString Para4 = u"商务部新闻发言人何亚东8日表示，中方绝不会答应，更不会牺牲原则立场、牺牲国际公平正义去寻求任何协议。"_s;
const QString Para5 = u"国务院副总理何立峰将在瑞士与美方就关税问题展开会谈，中方坚决反对美国滥施关税的立场是一贯的。"_s;

struct Expected {
    QString kind;
    QString text;
    int story;   // -1: in none
};

QString kindName(BlockKind k) { return blockKindName(k); }

QString blockText(const LaidOutPage &page, const PrintedBlock &b)
{
    QString t;
    for (int l = b.first.value; l <= b.last.value; ++l)
        t += page.lines[l - 1].text;
    return t.remove(u' ');
}

} // namespace

Q_DECLARE_METATYPE(GlyphPage)
Q_DECLARE_METATYPE(QList<Expected>)

class tst_PageLayout : public QObject
{
    Q_OBJECT
private slots:
    void findsBlocksAndStories_data();
    void findsBlocksAndStories();
    void keepsEveryGlyph();
    void turnsBoxesBack_data();
    void turnsBoxesBack();
};

void tst_PageLayout::findsBlocksAndStories_data()
{
    QTest::addColumn<GlyphPage>("page");
    QTest::addColumn<QList<Expected>>("expected");

    {   // Two boxes side by side at one height: read box by box, never row by row.
        PageSketch s;
        s.text(u"习近平同普京会谈"_s, 40, 100, 24);
        s.columns({Para1, Para2, Para3}, 40, 150, 3, 10, 8);
        s.text(u"中方不会牺牲原则立场"_s, 420, 100, 24);
        s.columns({Para4, Para5}, 420, 150, 3, 10, 6);
        QTest::newRow("two stories side by side") << s.page << QList<Expected>{
            {u"heading"_s, u"习近平同普京会谈"_s, 0}, {u"paragraph"_s, Para1, 0}, {u"paragraph"_s, Para2, 0},
            {u"paragraph"_s, Para3, 0}, {u"heading"_s, u"中方不会牺牲原则立场"_s, 1},
            {u"paragraph"_s, Para4, 1}, {u"paragraph"_s, Para5, 1}};
    }
    {   // The same page turned a quarter clockwise, as a PDF with /Rotate 90 displays it:
        // its lines run down the page, and are read as they were.
        PageSketch s;
        s.text(u"习近平同普京会谈"_s, 40, 100, 24);
        s.columns({Para1, Para2, Para3}, 40, 150, 3, 10, 8);
        s.text(u"中方不会牺牲原则立场"_s, 420, 100, 24);
        s.columns({Para4, Para5}, 420, 150, 3, 10, 6);
        const QSizeF upright = s.page.size;
        for (Glyph &g : s.page.glyphs)
            g.box = QRectF(upright.height() - g.box.bottom(), g.box.left(), g.box.height(), g.box.width());
        s.page.size = upright.transposed();
        QTest::newRow("page rotated 90 degrees") << s.page << QList<Expected>{
            {u"heading"_s, u"习近平同普京会谈"_s, 0}, {u"paragraph"_s, Para1, 0}, {u"paragraph"_s, Para2, 0},
            {u"paragraph"_s, Para3, 0}, {u"heading"_s, u"中方不会牺牲原则立场"_s, 1},
            {u"paragraph"_s, Para4, 1}, {u"paragraph"_s, Para5, 1}};
    }
    {   // A lead across four columns of six; a second story in the other two, its last
        // column short beside the lead's headline.
        PageSketch s;
        s.text(u"习近平同俄罗斯总统普京会谈"_s, 40, 100, 26);   // 338 of the four columns' 356 points
        s.columns({Para1, Para2, Para3}, 40, 160, 4, 8, 7);
        s.text(u"商务部答记者问"_s, 40 + 4 * (8 * Body + Gutter), 100, 16);
        s.columns({Para4, Para5}, 40 + 4 * (8 * Body + Gutter), 130, 2, 8, 10);
        QTest::newRow("headline over four of six columns") << s.page << QList<Expected>{
            {u"heading"_s, u"习近平同俄罗斯总统普京会谈"_s, 0}, {u"paragraph"_s, Para1, 0},
            {u"paragraph"_s, Para2, 0}, {u"paragraph"_s, Para3, 0}, {u"heading"_s, u"商务部答记者问"_s, 1},
            {u"paragraph"_s, Para4, 1}, {u"paragraph"_s, Para5, 1}};
    }
    {   // 中 国 海 油: each glyph a word of its own, an em and a half apart.
        PageSketch s;
        s.text(u"中国海油党组召开会议"_s, 40, 100, 20, 30);
        s.columns({Para4, Para5}, 40, 140, 3, 10, 6);
        QTest::newRow("letter-spaced headline") << s.page << QList<Expected>{
            {u"heading"_s, u"中国海油党组召开会议"_s, 0}, {u"paragraph"_s, Para4, 0}, {u"paragraph"_s, Para5, 0}};
    }
    {   // A photo (no glyphs) across the columns, its caption in smaller type under it.
        PageSketch s;
        s.text(u"习近平同普京会谈"_s, 40, 100, 24);
        s.text(u"当地时间5月8日上午，两国元首在克里姆林宫会谈。（新华社发）"_s, 40, 330, 8.5);
        s.columns({Para1, Para2}, 40, 360, 3, 10, 8);
        QTest::newRow("caption under an image") << s.page << QList<Expected>{
            {u"heading"_s, u"习近平同普京会谈"_s, 0},
            {u"caption"_s, u"当地时间5月8日上午，两国元首在克里姆林宫会谈。（新华社发）"_s, 0},
            {u"paragraph"_s, Para1, 0}, {u"paragraph"_s, Para2, 0}};
    }
    {   // The page's head (page, section, paper, date) and foot (editors) are furniture.
        PageSketch s;
        s.text(u"第3版"_s, 40, 20, 15);
        s.text(u"要闻"_s, 120, 16, 26);
        s.text(u"2025年5月9日"_s, 300, 24, 10);
        s.text(u"星期五"_s, 440, 24, 10);
        s.text(u"习近平同普京会谈"_s, 40, 100, 24);
        s.columns({Para1, Para2}, 40, 150, 3, 10, 8);
        s.text(u"责任编辑：张伟"_s, 40, 1150, 8.5);
        s.text(u"校对：黄强"_s, 200, 1150, 8.5);
        QTest::newRow("furniture at top and bottom") << s.page << QList<Expected>{
            {u"furniture"_s, u"第3版"_s, -1}, {u"furniture"_s, u"要闻"_s, -1},
            {u"furniture"_s, u"2025年5月9日"_s, -1}, {u"furniture"_s, u"星期五"_s, -1},
            {u"heading"_s, u"习近平同普京会谈"_s, 0}, {u"paragraph"_s, Para1, 0}, {u"paragraph"_s, Para2, 0},
            {u"furniture"_s, u"责任编辑：张伟"_s, -1}, {u"furniture"_s, u"校对：黄强"_s, -1}};
    }
    {   // Cut in mid-sentence, with the jump set at the end of the last line.
        PageSketch s;
        s.text(u"习近平同普京会谈"_s, 40, 100, 24);
        s.columns({Para1, u"习近平指出，近年来，在双方共同努力下，中俄（下转第2版）"_s}, 40, 150, 3, 10, 6);
        QTest::newRow("continuation marker") << s.page << QList<Expected>{
            {u"heading"_s, u"习近平同普京会谈"_s, 0}, {u"paragraph"_s, Para1, 0},
            {u"paragraph"_s, u"习近平指出，近年来，在双方共同努力下，中俄"_s, 0},
            {u"furniture"_s, u"（下转第2版）"_s, 0}};
    }
    {   // The same rules hold for a page set in traditional characters.
        PageSketch s;
        const QString p1 = u"新華社莫斯科5月8日電當地時間5月8日上午，俄羅斯總統普京同中國國家主席習近平在莫斯科舉行會談。"_s;
        const QString p2 = u"習近平指出，近年來，在雙方共同努力下，中俄關係保持穩定、健康、高水平發展態勢（下轉第四版）"_s;
        s.text(u"習近平同普京會談"_s, 40, 100, 24);
        s.columns({p1, p2}, 40, 150, 3, 10, 6);
        s.text(u"責任編輯：孫悅"_s, 40, 1150, 8.5);
        QTest::newRow("traditional script") << s.page << QList<Expected>{
            {u"heading"_s, u"習近平同普京會談"_s, 0}, {u"paragraph"_s, p1, 0},
            {u"paragraph"_s, u"習近平指出，近年來，在雙方共同努力下，中俄關係保持穩定、健康、高水平發展態勢"_s, 0},
            {u"furniture"_s, u"（下轉第四版）"_s, 0}, {u"furniture"_s, u"責任編輯：孫悅"_s, -1}};
    }
}

void tst_PageLayout::findsBlocksAndStories()
{
    QFETCH(GlyphPage, page);
    QFETCH(QList<Expected>, expected);
    const LaidOutPage laid = PageLayouter::layOut(page);
    QStringList got, want;
    QList<int> storyOf(laid.blocks.size(), -1);
    for (int s = 0; s < laid.stories.size(); ++s)
        for (int b = laid.stories[s].firstBlock; b <= laid.stories[s].lastBlock; ++b)
            storyOf[b] = s;
    for (int b = 0; b < laid.blocks.size(); ++b)
        got.append(u"%1 %2 %3"_s.arg(kindName(laid.blocks[b].kind), blockText(laid, laid.blocks[b])).arg(storyOf[b]));
    for (const Expected &e : expected)
        want.append(u"%1 %2 %3"_s.arg(e.kind, QString(e.text).remove(u' ')).arg(e.story));
    QVERIFY2(got == want, qPrintable(u"\ngot:\n%1\nwanted:\n%2"_s.arg(got.join(u'\n'), want.join(u'\n'))));
}

void tst_PageLayout::keepsEveryGlyph()
{
    PageSketch s;
    s.text(u"习近平同普京会谈"_s, 40, 100, 24);
    s.columns({Para1, Para2, Para3}, 40, 150, 3, 10, 8);
    s.text(u"第3版"_s, 40, 20, 15);
    const LaidOutPage laid = PageLayouter::layOut(s.page);
    QString all;
    for (const TextLine &l : laid.lines) {
        QCOMPARE(l.glyphBoxes.size(), l.text.size());
        all += l.text;
    }
    QCOMPARE(all.remove(u' ').size(), s.page.glyphs.size());
    // Each line's glyphs keep their own boxes: the first glyph of the headline.
    QCOMPARE(laid.lines.at(1).glyphBoxes.first(), QRectF(40, 100, 24, 1.3 * 24));
}

void tst_PageLayout::turnsBoxesBack_data()
{
    QTest::addColumn<int>("turn");
    QTest::newRow("upright") << int(TextDirection::Upright);
    QTest::newRow("down") << int(TextDirection::Down);
    QTest::newRow("up") << int(TextDirection::Up);
    QTest::newRow("upside down") << int(TextDirection::UpsideDown);
}

void tst_PageLayout::turnsBoxesBack()
{
    QFETCH(int, turn);
    const TextDirection d(TextDirection::Turn(turn), QSizeF(595, 842));
    const QRectF box(72, 113, 41, 11);
    QCOMPARE(d.toDisplayed(d.toUpright(box)), box);
    const QRectF upright = d.toUpright(box);
    QVERIFY(QRectF(QPointF(0, 0), d.uprightSize()).contains(upright));
}

QTEST_GUILESS_MAIN(tst_PageLayout)
#include "tst_pagelayout.moc"
