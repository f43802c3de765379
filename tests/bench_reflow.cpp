// Benchmark, not a test: reflow of a 5 MB page made of the corpus pages repeated.
//   build/tests/bench_reflow [-iterations N]
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class bench_Reflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reflowFiveMegabytePage();
    void loadFiveMegabytePage();

private:
    QByteArray m_bytes;
};

void bench_Reflow::initTestCase()
{
    const QDir dir(QFINDTESTDATA(u"data/corpus"_s));
    QByteArray one;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        one += f.readAll() + "\n\n";
    }
    while (m_bytes.size() < 5 * 1000 * 1000)
        m_bytes += one;
    qInfo("page of %.1f MB, %lld lines", m_bytes.size() / 1e6, qlonglong(m_bytes.count('\n')));
}

void bench_Reflow::reflowFiveMegabytePage()
{
    QString error;
    const auto page = PageLoader::fromBytes(m_bytes, u"big.txt"_s, &error);
    QVERIFY2(page, qPrintable(error));
    qsizetype blocks = 0;
    QBENCHMARK {
        blocks = ReflowedPage::analyze(*page).blocks.size();
    }
    QVERIFY(blocks > 0);
}

void bench_Reflow::loadFiveMegabytePage()
{
    QString error;
    QBENCHMARK {
        QVERIFY(PageLoader::fromBytes(m_bytes, u"big.txt"_s, &error));
    }
}

QTEST_GUILESS_MAIN(bench_Reflow)
#include "bench_reflow.moc"
