// Reading PDFs: by their content whatever their name, every page, and a clear message
// for each kind of PDF that has no text to give.
#include "layout/documentloader.h"
#include "stories/reflowedpage.h"
#include "text/pagegeometry.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {
// pdf01_000 and pdf03_002 are pages of shared/corpus-pdf; latin.pdf, scan.pdf and
// unmapped-font.pdf (a Type 3 font whose glyph names mean nothing) were written by hand.
QString data(const QString &name) { return QStringLiteral(JIAOKAN_TEST_DATA "/pdf/") + name; }

// A one-page PDF whose trailer names the information dictionary info (its entries).
QByteArray pdfWithInformation(const QByteArray &info)
{
    const QByteArray content = "BT /F1 12 Tf 72 720 Td (Jiaokan PDF seed) Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< " + info + " >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_PdfReader : public QObject
{
    Q_OBJECT
private slots:
    void readsTheTextLayer();
    void readsANewspaperPageWithItsBoxes();
    void readsEachPageOfAPdfAsAPage();
    void refusesAnEncryptedPdf();
    void refusesWithAReason_data();
    void refusesWithAReason();
    void keepsTheDocumentInformation_data();
    void keepsTheDocumentInformation();
};

void tst_PdfReader::readsTheTextLayer()
{
    // Named .txt, read as the PDF it is.
    QTemporaryDir dir;
    const QString renamed = dir.filePath(u"page.txt"_s);
    QVERIFY(QFile::copy(data(u"latin.pdf"_s), renamed));
    QString error;
    const auto page = DocumentLoader::load(renamed, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->encoding, u"PDF"_s);
    QVERIFY(page->geometry);
    QCOMPARE(page->geometry->lines.size(), page->lines.size());
    QVERIFY(page->lines.join(u' ').contains(u"Jiaokan PDF seed"_s));
    QVERIFY(!page->digest.isEmpty());
}

void tst_PdfReader::readsANewspaperPageWithItsBoxes()
{
    QString error;
    const auto source = DocumentLoader::load(data(u"pdf01_000.pdf"_s), &error);
    QVERIFY2(source, qPrintable(error));
    const ReflowedPage page = ReflowedPage::analyze(*source);
    QVERIFY(page.stories.size() >= 4);
    bool found = false;
    for (const Block &b : page.blocks) {
        const PrintedLine &first = source->geometry->lines.at(b.firstLine.value - 1);
        QCOMPARE(first.page, 1);
        QVERIFY(first.box.left() >= 0 && first.box.right() <= 842 && first.box.bottom() <= 1191.2);
        found = found || (b.kind == BlockKind::Heading && b.text == u"习近平同俄罗斯总统普京茶叙"_s);
    }
    QVERIFY(found);
    // Every character of a block maps back to a line and a column of it.
    const Block &b = page.blocks.at(page.stories.first().lastBlock);
    for (qsizetype i = 0; i < b.text.size(); ++i) {
        const SourcePos at = b.positions.at(i);
        QVERIFY(at.line.value >= b.firstLine.value && at.line.value <= b.lastLine.value);
        QVERIFY(at.column <= page.source.line(at.line).size());
    }
}

void tst_PdfReader::readsEachPageOfAPdfAsAPage()
{
    QTemporaryDir dir;
    const QString two = dir.filePath(u"two.pdf"_s);
    QCOMPARE(QProcess::execute(u"pdfunite"_s, {data(u"pdf01_000.pdf"_s), data(u"latin.pdf"_s), two}), 0);
    QCOMPARE(DocumentLoader::pagesOf(two), QStringList({two + u"#1"_s, two + u"#2"_s}));
    QCOMPARE(DocumentLoader::pagesOf(data(u"latin.pdf"_s)), QStringList{data(u"latin.pdf"_s)});
    QString error;
    const auto second = DocumentLoader::load(two + u"#2"_s, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->path, two + u"#2"_s);
    QVERIFY(second->lines.join(u' ').contains(u"Jiaokan PDF seed"_s));
    for (const PrintedLine &l : second->geometry->lines)
        QCOMPARE(l.page, 2);
    // The whole file is both pages, one after the other.
    const auto whole = DocumentLoader::load(two, &error);
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(whole->geometry->pageSizes.size(), 2);
    QCOMPARE(whole->geometry->lines.last().page, 2);
    QVERIFY(!DocumentLoader::load(two + u"#3"_s, &error));
    QVERIFY(!error.isEmpty());
}

void tst_PdfReader::refusesAnEncryptedPdf()
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(u"locked.pdf"_s);
    QCOMPARE(QProcess::execute(u"qpdf"_s, {u"--encrypt"_s, u"user"_s, u"owner"_s, u"256"_s, u"--"_s,
                                            data(u"latin.pdf"_s), locked}),
             0);
    QString error;
    QVERIFY(!DocumentLoader::load(locked, &error));
    QVERIFY2(error.contains(u"encrypted PDF"_s), qPrintable(error));
    QVERIFY(DocumentLoader::pagesOf(locked) == QStringList{locked});   // counted as one, refused when read
}

void tst_PdfReader::refusesWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray latin = bytesOf(data(u"latin.pdf"_s));
    QTest::newRow("truncated") << latin.left(120) << u"damaged PDF"_s;
    QTest::newRow("header and nothing else") << QByteArray("%PDF-1.7\n") << u"damaged PDF"_s;
    QTest::newRow("header then binary") << QByteArray("%PDF-1.4\n") + QByteArray(4096, '\xff') << u"damaged PDF"_s;
    QTest::newRow("scan with no text layer") << bytesOf(data(u"scan.pdf"_s)) << u"is a scan"_s;
    QTest::newRow("font with no Unicode map") << bytesOf(data(u"unmapped-font.pdf"_s))
                                              << u"page 1 is set in a font with no usable Unicode map"_s;
}

void tst_PdfReader::refusesWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!DocumentLoader::fromBytes(bytes, u"x.pdf"_s, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(error.startsWith(u"x.pdf: "_s));
}

// A PDF's document information names its title, author and date of making; a title
// that is a file's name or a program's data is none.
void tst_PdfReader::keepsTheDocumentInformation_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("date");
    // 人民日报 第01版 in UTF-16BE, as PDF text strings beyond Latin are written.
    QTest::newRow("a paper's page") << QByteArray("/Title <FEFF4EBA6C1165E562A500207B2C003000317248> "
                                                  "/Author (Xinhua) /CreationDate (D:20260426233000+08'00')")
                                    << u"人民日报 第01版"_s << u"Xinhua"_s << u"2026-04-26"_s;
    QTest::newRow("a file's name for a title") << QByteArray("/Title (A01.indd) /CreationDate (D:20260427)")
                                               << QString() << QString() << u"2026-04-27"_s;
    QTest::newRow("a program's data for a title") << QByteArray("/Title ({\\\"boxes\\\":{}})") << QString() << QString()
                                                  << QString();
    QTest::newRow("none") << QByteArray("/Producer (hand)") << QString() << QString() << QString();
}

void tst_PdfReader::keepsTheDocumentInformation()
{
    QFETCH(QByteArray, info);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, date);
    QString error;
    const auto page = DocumentLoader::fromBytes(pdfWithInformation(info), u"page.pdf"_s, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->metadata.title, title);
    QCOMPARE(page->metadata.author, author);
    QCOMPARE(page->metadata.date, date);
    // No paper: the page keeps its file's name where versions are named.
    QCOMPARE(page->displayName(), u"page"_s);
}

QTEST_GUILESS_MAIN(tst_PdfReader)
#include "tst_pdfreader.moc"
