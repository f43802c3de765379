// Benchmark, not a test: a 30 MB HTML page read (parsed, its article found, as a page)
// and analysed; 1,000 saved articles opened.
//   build/tests/bench_web [-iterations N]
#include "layout/documentloader.h"
#include "stories/reflowedpage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

QTEST_GUILESS_MAIN(bench_Web)
#include "bench_web.moc"
