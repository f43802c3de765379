// Articles saved from the web and exported from archives: HTML read as a browser parses
// it, Markdown with its front matter, their metadata, and what is not the article left
// out.
#include "layout/documentloader.h"
#include "match/passagefinder.h"
#include "stories/reflowedpage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {
QString web(const QString &name) { return QStringLiteral(JIAOKAN_TEST_DATA "/web/") + name; }

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QString allText(const ReflowedPage &page)
{
    QString t;
    for (const Block &b : page.blocks)
        t += b.text + u'\n';
    return t;
}
// Whole paragraphs (ending a sentence) of the corpus pages that share no twelve
// characters with one another: articles about different things.
QStringList unrelatedParagraphs()
{
    QStringList paragraphs;
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    for (const QString &name : corpus.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile f(corpus.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QString &p : QString::fromUtf8(f.readAll()).split(QRegularExpression(u"\\n\\s*\\n"_s))) {
            const QString t = p.simplified().remove(u' ');
            if (t.size() < 60 || !t.endsWith(u'。'))
                continue;
            bool unrelated = true;
            for (qsizetype i = 0; i + 12 <= t.size() && unrelated; i += 3)
                for (const QString &q : std::as_const(paragraphs))
                    unrelated = unrelated && !q.contains(QStringView(t).sliced(i, 12));
            if (unrelated)
                paragraphs.append(t);
        }
    }
    return paragraphs;
}
} // namespace

class tst_WebPages : public QObject
{
    Q_OBJECT
private slots:
    void sameStoryFromTwoSitesDiffersOnlyWhereItDoes();
    void readsTheMetadata();
    void aStoryPrintedWordForWordIsNoTemplate_data();
    void aStoryPrintedWordForWordIsNoTemplate();
    void aSiteTemplateMakesNoPassage_data();
    void aSiteTemplateMakesNoPassage();
    void readsWhatItIsGiven_data();
    void readsWhatItIsGiven();
};

void tst_WebPages::sameStoryFromTwoSitesDiffersOnlyWhereItDoes()
{
    const PassageFinder::Result r = PassageFinder::run({web(u"site-a.html"_s), web(u"site-b.md"_s)}, CompareOptions{});
    QVERIFY(r.failures.isEmpty());
    QCOMPARE(r.passages.size(), 1);
    QStringList got;
    for (const Difference &d : r.passages.first().differences)
        got.append(d.text[SideA] + u'→' + d.text[SideB]);
    // The headline in bold on one site and plain in the other does not differ; the
    // photo's caption is only on the first site.
    QCOMPARE(got, QStringList({u"阔→淡"_s, u"当地时间5月8日上午，两国元首举行会谈。新华社记者摄→"_s, u"膺担当→身而出"_s}));
    // Navigation, scripts, styles, comments, advertisements, related links, the
    // sidebar and the footer are no part of the page's text; the source line is furniture.
    const QString a = allText(r.pages[0]->page);
    for (const QString &chrome : {u"首页"_s, u"国际"_s, u"tracker"_s, u"不是正文"_s, u"color"_s, u"广告"_s, u"相关新闻"_s,
                                  u"热门排行"_s, u"版权所有"_s, u"注释"_s})
        QVERIFY2(!a.contains(chrome), qPrintable(chrome));
    for (const Block &b : r.pages[0]->page.blocks)
        if (b.text.startsWith(u"来源"_s))
            QCOMPARE(b.kind, BlockKind::Furniture);
    QVERIFY(!allText(r.pages[1]->page).contains(u"section_name"_s));   // front matter is no text
}

void tst_WebPages::readsTheMetadata()
{
    QString error;
    const auto html = DocumentLoader::load(web(u"site-a.html"_s), &error);
    QVERIFY2(html, qPrintable(error));
    QCOMPARE(html->metadata.paper, u"海岳日报"_s);
    QCOMPARE(html->metadata.date, u"2025-05-09"_s);
    QCOMPARE(html->metadata.sectionName, u"要闻"_s);
    QCOMPARE(html->metadata.title, u"习近平同俄罗斯总统普京会谈"_s);
    QCOMPARE(html->metadata.url, u"https://example.invalid/2025/0509/talks.html"_s);
    const auto md = DocumentLoader::load(web(u"site-b.md"_s), &error);
    QVERIFY2(md, qPrintable(error));
    QCOMPARE(md->metadata.paper, u"南屏晨报"_s);
    QCOMPARE(md->metadata.section, u"第01版"_s);
    QCOMPARE(md->metadata.sectionName, u"要闻"_s);
    QCOMPARE(md->metadata.url, u"https://example.invalid/nanping/2025-05/09/01.html"_s);
    // The versions are named by what their sources say, not by their files.
    QCOMPARE(html->displayName(), u"海岳日报 2025-05-09"_s);
    QCOMPARE(md->displayName(), u"南屏晨报 2025-05-09 第01版"_s);
    QCOMPARE(DocumentLoader::load(QFINDTESTDATA(u"data/corpus/001_7bef9e0345aafa9a.txt"_s), &error)->displayName(),
             u"001_7bef9e0345aafa9a"_s);
}

// A story that several pages print word for word recurs as a template does, with other
// text around it on every page; it is still matched on every pair of them.
void tst_WebPages::aStoryPrintedWordForWordIsNoTemplate_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<bool>("ownHeadlines");
    QTest::newRow("five sites, each with its own header line") << 0 << false;
    QTest::newRow("four pages, other stories above and below") << 1 << false;
    QTest::newRow("four pages, other stories, each paper's own headline") << 1 << true;
}

void tst_WebPages::aStoryPrintedWordForWordIsNoTemplate()
{
    QFETCH(int, layout);
    QFETCH(bool, ownHeadlines);
    const QStringList paragraphs = unrelatedParagraphs();
    QVERIFY(paragraphs.size() >= 16);
    const QString story = paragraphs[0] + u"\n\n　　"_s + paragraphs[1] + u"\n\n　　"_s + paragraphs[2];
    const QStringList sites{u"海岳"_s, u"南屏"_s, u"江城"_s, u"北岭"_s, u"东湖"_s};
    const int pages = layout == 0 ? 5 : 4;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < pages; ++i) {
        const QString headline = ownHeadlines ? sites[i] + u"报道：两国元首会谈"_s : u"两国元首举行会谈"_s;
        const QString text = layout == 0
            ? QString(u"%1网首页 > 新闻中心 > 国际\n稿件来源：%1日报\n\n"_s.arg(sites[i]) + headline + u"\n\n　　"_s + story)
            : QString(sites[i] + u"市召开经济工作会议\n\n　　"_s + paragraphs[3 + 2 * i] + u"\n\n"_s + headline
                      + u"\n\n　　"_s + story + u"\n\n"_s + sites[i] + u"举办第三届文化节\n\n　　"_s
                      + paragraphs[4 + 2 * i]);
        files.append(write(dir, u"page%1.txt"_s.arg(i), (text + u"\n"_s).toUtf8()));
    }
    const PassageFinder::Result r = PassageFinder::run(files, CompareOptions{});
    QVERIFY(r.failures.isEmpty());
    QCOMPARE(r.passages.size(), pages * (pages - 1) / 2);
}

void tst_WebPages::aSiteTemplateMakesNoPassage_data()
{
    QTest::addColumn<QString>("footer");
    QTest::newRow("short lines") << u"\n本网站所刊登的各种新闻、信息和各种专题专栏资料，均为海岳网版权所有，未经协议授权禁止下载使用。\n"
                                    u"海岳网客户端下载　关注海岳网微信公众号　联系我们　网站地图\n"_s;
    // A notice long enough to be a passage of its own.
    QTest::newRow("a long copyright notice")
        << u"\n相关新闻\n本网站所刊登的海岳日报社各种新闻、信息和各种专题专栏资料，均为海岳日报社版权所有，"
           u"未经协议授权，禁止下载使用。凡转载本网站内容的，须注明来源海岳网，违者本社将依法追究责任。"
           u"海岳日报社地址：海岳市新华路一号，邮政编码五一零零零零，新闻热线八八八八六六六六，欢迎读者来电。\n"
           u"Copyright © 海岳日报社 版权所有\n"_s;
}

void tst_WebPages::aSiteTemplateMakesNoPassage()
{
    QFETCH(QString, footer);
    // Fourteen articles saved as text from one site, each with its header and footer
    // lines, about fourteen different things; two more print one story between them.
    const QStringList paragraphs = unrelatedParagraphs();
    QVERIFY(paragraphs.size() >= 16);
    const QString header = u"海岳网首页 > 新闻中心 > 时政要闻\n稿件来源：海岳网　编辑：张伟\n"_s;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 14; ++i)
        files.append(write(dir, u"article%1.txt"_s.arg(i), (header + u"　　"_s + paragraphs[i] + footer).toUtf8()));
    PassageFinder::Result r = PassageFinder::run(files, CompareOptions{});
    QVERIFY(r.failures.isEmpty());
    QCOMPARE(r.passages.size(), 0);

    // A story that two of them really share is still found, template and all.
    const QString story = paragraphs[14] + u"\n　　"_s + paragraphs[15];
    files.append(write(dir, u"shared1.txt"_s, (header + u"　　"_s + story + footer).toUtf8()));
    files.append(write(dir, u"shared2.txt"_s, (header + u"　　"_s + QString(story).replace(2, 1, u"淡"_s) + footer).toUtf8()));
    r = PassageFinder::run(files, CompareOptions{});
    QCOMPARE(r.passages.size(), 1);
    QCOMPARE(r.passages.first().page, (std::array<int, SideCount>{14, 15}));
    QCOMPARE(r.passages.first().differences.size(), 1);
}

void tst_WebPages::readsWhatItIsGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");   // a paragraph the page holds, or the start of the error
    const QByteArray story = "<p>\xE5\xA4\xA9\xE9\xAB\x98\xE4\xBA\x91\xE9\x98\x94\xE3\x80\x82</p>";   // 天高云阔。
    QTest::newRow("malformed HTML") << u"bad.html"_s
                                    << QByteArray("<html><body><div><p>天高云阔。<b>挺膺担当<p>风雨同舟</div></span></table>")
                                    << u"天高云阔。挺膺担当"_s;
    QTest::newRow("HTML declared GBK") << u"gbk.html"_s
                                       << QByteArray("<!DOCTYPE html><html><head><meta charset=\"gbk\"></head><body><p>")
                                              + QByteArray("\xCC\xEC\xB8\xDF\xD4\xC6\xC0\xAB\xA1\xA3") + "</p></body></html>"
                                       << u"天高云阔。"_s;
    QTest::newRow("HTML declaring a charset no one knows")
        << u"unknown.html"_s << QByteArray("<html><head><meta charset=\"x-no-such\"></head><body>") + story + "</body></html>"
        << u"天高云阔。"_s;
    QTest::newRow("a .md that is really HTML") << u"page.md"_s << QByteArray("<!doctype html><html><body>") + story
                                                                         + "<nav>首页</nav></body></html>"
                                               << u"天高云阔。"_s;
    QTest::newRow("front matter never closed")
        << u"open.md"_s << QByteArray("---\ntitle: 会谈\n\n天高云阔。\n") << u"天高云阔。"_s;
    QTest::newRow("HTML with no article text") << u"empty.html"_s
                                               << QByteArray("<html><head><title></title><script>x()</script></head><body><nav>首页</nav></body></html>")
                                               << u"!is an HTML page with no article text"_s;
}

void tst_WebPages::readsWhatItIsGiven()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir, name, bytes);
    QString error;
    const auto source = DocumentLoader::load(path, &error);
    if (expected.startsWith(u'!')) {
        QVERIFY(!source);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
        return;
    }
    QVERIFY2(source, qPrintable(error));
    QStringList paragraphs;
    for (const Block &b : ReflowedPage::analyze(*source).blocks)
        if (b.kind == BlockKind::Paragraph)
            paragraphs.append(b.text);
    QVERIFY2(paragraphs.contains(expected), qPrintable(paragraphs.join(u" | "_s)));
    QVERIFY(!paragraphs.join(u""_s).contains(u"首页"_s));
}

QTEST_GUILESS_MAIN(tst_WebPages)
#include "tst_webpages.moc"
