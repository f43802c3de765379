// Benchmark, not a test: a 30 MB HTML page read (parsed, its article found, as a page)
// and analysed; 1,000 saved articles opened.
//   build/tests/bench_web [-iterations N]
#include "layout/documentloader.h"
#include "match/passagefinder.h"
#include "stories/reflowedpage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class bench_Web : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readThirtyMegabyteHtmlPage();
    void analyseThirtyMegabyteHtmlPage();
    void matchThousandSavedArticles();

private:
    QTemporaryDir m_dir;
    QString m_big;
};

void bench_Web::initTestCase()
{
    // The corpus paragraphs, each in a <div><p> as many sites set them, to 30 MB.
    QFile corpus(QFINDTESTDATA(u"data/corpus/001_7bef9e0345aafa9a.txt"_s));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    QStringList paragraphs = QString::fromUtf8(corpus.readAll()).split(QRegularExpression(u"\\n\\s*\\n"_s));
    QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                      "<nav><a>首页</a></nav><article><h1>大页面</h1>";
    while (html.size() < 30 * 1024 * 1024)
        for (const QString &p : paragraphs)
            html += "<div class=\"para\"><p>" + p.simplified().toUtf8() + "</p></div>\n";
    html += "</article></body></html>";
    m_big = m_dir.filePath(u"big.html"_s);
    QFile out(m_big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(html);
    qInfo("an HTML page of %.1f MB", html.size() / 1048576.0);
}

void bench_Web::readThirtyMegabyteHtmlPage()
{
    QBENCHMARK {
        QString error;
        QVERIFY(DocumentLoader::load(m_big, &error, PageLoader::Digest::Skip));
    }
}

void bench_Web::analyseThirtyMegabyteHtmlPage()
{
    QString error;
    const auto page = DocumentLoader::load(m_big, &error, PageLoader::Digest::Skip);
    QVERIFY(page);
    QBENCHMARK {
        QVERIFY(!ReflowedPage::analyze(*page).blocks.isEmpty());
    }
}

// 1,000 articles saved from one site as feed text: each opens with the site's header
// lines and a source line with its own date, and ends with the site's copyright. 50
// stories are saved twice, with three edits; the other 900 articles are unrelated. All
// opened, their boilerplate found, and only the 50 shared stories matched.
void bench_Web::matchThousandSavedArticles()
{
    QRandomGenerator random(20261201);
    const QString alphabet = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"_s;
    const auto text = [&](int characters) {
        QString out;
        while (out.size() < characters) {
            for (int i = 0, n = 12 + int(random.bounded(20)); i < n; ++i)
                out += alphabet.at(int(random.bounded(int(alphabet.size()))));
            out += random.bounded(3) == 0 ? u"。"_s : u"，"_s;
            if (random.bounded(8) == 0)
                out += u"\n\n　　"_s;
        }
        return out;
    };
    // The site's footer, the same under every article: long enough to be matched as a
    // passage if it were not found to be boilerplate.
    const QString Footer = u"相关新闻\n南屏网首页　新闻中心　时政频道　经济频道　社会频道　文化频道　体育频道\n"
                           u"本网站所刊登的南屏晨报社各种新闻、信息和各种专题专栏资料，均为南屏晨报社版权所有，"
                           u"未经协议授权，禁止下载使用。凡转载本网站内容的，须注明来源南屏网，违者本社将依法追究责任。"
                           u"南屏晨报社地址：南屏市新华路一号，邮政编码五一零零零零，新闻热线八八八八六六六六。\n"
                           u"Copyright © 南屏晨报社 版权所有\n"_s;
    QTemporaryDir dir;
    QStringList paths;
    QString shared;
    for (int i = 0; i < 1000; ++i) {
        const bool second = i < 100 && i % 2 == 1;
        QString body = second ? shared : text(1500);
        if (second) {   // the other saving of the same story, with three edits
            for (int e = 0; e < 3; ++e)
                body[200 + e * 400] = alphabet.at(e);
        } else if (i < 100) {
            shared = body;
        }
        const QString page = u"南屏网 > 新闻中心 > 时政\n"_s
            + u"稿件来源：南屏晨报　发布时间：2026年%1月%2日\n\n"_s.arg(1 + i % 12).arg(1 + i % 28)
            + text(20) + u"\n\n　　"_s + body + u"\n\n责任编辑：张三\n"_s + Footer;
        QFile file(dir.filePath(u"article%1.txt"_s.arg(i, 4, 10, QChar(u'0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page.toUtf8());
        paths.append(file.fileName());
    }
    QElapsedTimer timer;
    timer.start();
    const PassageFinder::Result result = PassageFinder::run(paths, CompareOptions{});
    qInfo("1,000 articles opened and matched in %lld ms: %lld passages", timer.elapsed(),
          qlonglong(result.passages.size()));
    QCOMPARE(result.failures.size(), 0);
    // The 50 stories saved twice, and no passage of template lines between the others.
    QCOMPARE(result.passages.size(), 50);
    for (const PassageComparison &p : result.passages)
        QCOMPARE(p.page[SideB], p.page[SideA] + 1);
}

QTEST_GUILESS_MAIN(bench_Web)
#include "bench_web.moc"
