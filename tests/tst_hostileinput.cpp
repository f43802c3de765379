// Hostile and broken input (issue 8): each refused with a clear, specific message, or
// handled whole, and never a crash.
#include "match/passagefinder.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

// n characters of Chinese text, the same for the same seed.
QString chineseText(qsizetype n, quint32 seed)
{
    const QString alphabet = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"_s;
    QRandomGenerator random(seed);
    QString text;
    text.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        text.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return text;
}

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT
private slots:
    void refusedWithAReason_data();
    void refusedWithAReason();
    void aHundredMegabyteFileIsRefusedUnread();
    void aMillionCharacterLineIsReadReflowedAndCompared_data();
    void aMillionCharacterLineIsReadReflowedAndCompared();
};

void tst_HostileInput::refusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file of NUL bytes") << QByteArray(65536, '\0') << u"binary data, not page text (control byte 0x00 at offset 0)"_s;
    // Control bytes are looked for 64 bytes at a time: one in a block's last byte, in
    // the next block's first, and in the short tail after the last whole block.
    const QByteArray text = u"习近平同俄罗斯总统普京会谈。\n"_s.toUtf8().repeated(40);   // 1,720 bytes
    QTest::newRow("a NUL at the end of a block") << text.first(127) + '\0' + text
                                                 << u"(control byte 0x00 at offset 127)"_s;
    QTest::newRow("a NUL at the start of a block") << text.first(128) + '\0' + text
                                                   << u"(control byte 0x00 at offset 128)"_s;
    QTest::newRow("a NUL in the tail") << text + '\0' << u"(control byte 0x00 at offset 1720)"_s;
    QTest::newRow("BEL bytes, one in a hundred and more") << QByteArray(12, '\a') + text.first(1000)
                                                          << u"(control byte 0x07 at offset 10)"_s;   // the eleventh: 11 × 100 > 1,012
    QTest::newRow("a PNG renamed .txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"binary data"_s;
    QTest::newRow("UTF-8 with a stretch of GB18030")
        << (u"习近平同俄罗斯总统普京会谈\n"_s.toUtf8() + QByteArray("\xcf\xb0\xbd\xfc\xc6\xbd") + u"天高云阔\n"_s.toUtf8())
        << u"invalid UTF-8 at line 2, byte 3 of the line (file offset 42) (bytes BD); the file may mix encodings"_s;
    // Found by fuzz_pageloader: ICU's detector proposes no charset, and the message read
    // an empty optional.
    QTest::newRow("three bytes no charset fits") << QByteArray("\x01\xac!") << u"as UTF-8 the first invalid bytes are AC"_s;
    QTest::newRow("white space only") << QByteArray(" \n\t\r\n\xe3\x80\x80\n") << u"no text, only white space"_s;
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
}

void tst_HostileInput::refusedWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"page.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QString error;
    QVERIFY(!PageLoader::load(file.fileName(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(file.fileName()));
}

void tst_HostileInput::aHundredMegabyteFileIsRefusedUnread()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(u"issue.txt"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(100 * 1024 * 1024));   // sparse: costs no disk
    big.close();
    QString error;
    QVERIFY(!PageLoader::load(big.fileName(), &error));
    QVERIFY2(error.contains(u"too large for a page (the limit is 32 MB)"_s), qPrintable(error));
}

void tst_HostileInput::aMillionCharacterLineIsReadReflowedAndCompared_data()
{
    QTest::addColumn<QString>("separator");   // between the two halves of the page
    QTest::newRow("one line of 1,000,000 characters") << QString();
    QTest::newRow("two lines of 500,000") << u"\n"_s;
}

void tst_HostileInput::aMillionCharacterLineIsReadReflowedAndCompared()
{
    QFETCH(QString, separator);
    const QString text = chineseText(500'000, 1) + separator + chineseText(500'000, 2);
    QString edited = text;
    edited[700'000] = u'阔';
    QString error;
    const auto a = PageLoader::fromText(text, u"a"_s, &error);
    const auto b = PageLoader::fromText(edited, u"b"_s, &error);
    QVERIFY(a && b);
    const ReflowedPage page = ReflowedPage::analyze(*a);
    QCOMPARE(page.readingText().size(), text.size() - separator.size());
    const PassageFinder::Result result = PassageFinder::run({*a, *b}, CompareOptions{});
    qsizetype differences = 0;
    for (const PassageComparison &p : result.passages)
        differences += p.differences.size();
    QCOMPARE(differences, 1);
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
