// Benchmark, not a test: reading newspaper PDFs.
//   build/tests/bench_pdf [-iterations N]      (the 400-page run: -maxwarmup 0 -iterations 1)
// A broadsheet page (tests/data/pdf/pdf03_002) read and laid out; its image rendered at a
// screen's resolution (96 dpi) on a worker thread, as the page views do; and a PDF of
// 400 pages (that page and pdf01_000 alternating, made by pdfunite) opened and analysed
// page by page, as match and the app read it, with the peak memory of the process.
#include "layout/documentloader.h"
#include "reportfigures.h"
#include "stories/reflowedpage.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/resource.h>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {
QString pdf(const QString &name) { return QFINDTESTDATA(u"data/pdf/"_s + name); }

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

class bench_Pdf : public QObject
{
    Q_OBJECT
private slots:
    void readAndLayOutBroadsheetPage();
    void renderBroadsheetPageOffTheWindowThread();
    void analyseFourHundredPagesOneByOne();
};

void bench_Pdf::readAndLayOutBroadsheetPage()
{
    QString error;
    QVERIFY2(DocumentLoader::load(pdf(u"pdf03_002.pdf"_s), &error), qPrintable(error));   // the module loaded
    QBENCHMARK {
        const auto page = DocumentLoader::load(pdf(u"pdf03_002.pdf"_s), &error, PageLoader::Digest::Skip);
        QVERIFY(page);
        QVERIFY(!ReflowedPage::analyze(*page).stories.isEmpty());
    }
}

// As the page views ask for it: the whole page at a screen's 96 dpi on a worker thread.
// (Tiles or a preview do not help: Poppler interprets the whole page for each, and on
// these pages most of the time is their Type 3 glyph procedures, whatever the dpi.)
void bench_Pdf::renderBroadsheetPageOffTheWindowThread()
{
    const QString file = pdf(u"pdf03_002.pdf"_s);
    QString error;
    QVERIFY(!Jiaokan::App::ReportFigures::renderPage(file, 1, 36, &error).isNull());   // opened
    QBENCHMARK {
        const QImage image = QtConcurrent::run([file] {
            QString e;
            return Jiaokan::App::ReportFigures::renderPage(file, 1, 96, &e);
        }).result();
        QVERIFY(!image.isNull());
    }
}

void bench_Pdf::analyseFourHundredPagesOneByOne()
{
    QTemporaryDir dir;
    QStringList parts;
    for (int i = 0; i < 200; ++i)
        parts << pdf(u"pdf03_002.pdf"_s) << pdf(u"pdf01_000.pdf"_s);
    const QString big = dir.filePath(u"issue.pdf"_s);
    QCOMPARE(QProcess::execute(u"pdfunite"_s, parts << big), 0);
    qInfo("a PDF of 400 pages, %.0f MB", QFileInfo(big).size() / 1e6);
    const long before = peakMegabytes();
    QElapsedTimer timer;
    timer.start();
    const QStringList pages = DocumentLoader::pagesOf(big);
    QCOMPARE(pages.size(), 400);
    qsizetype stories = 0;
    for (const QString &page : pages) {
        QString error;
        const auto source = DocumentLoader::load(page, &error, PageLoader::Digest::Skip);
        QVERIFY2(source, qPrintable(error));
        stories += ReflowedPage::analyze(*source).stories.size();
    }
    qInfo("400 pages read and analysed in %.1f s, %lld stories; peak memory %ld MB (%ld MB before)",
          timer.elapsed() / 1000.0, qlonglong(stories), peakMegabytes(), before);
}

QTEST_GUILESS_MAIN(bench_Pdf)
#include "bench_pdf.moc"
