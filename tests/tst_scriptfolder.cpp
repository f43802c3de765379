#include "text/scriptfolder.h"

#include <QTest>

#include <opencc/opencc.h>

#include <thread>
#include <vector>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

class tst_ScriptFolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void foldsTraditionalToSimplified_data();
    void foldsTraditionalToSimplified();
    void foldsAlikeOnManyThreadsAtOnce();
    void foldsEachCharacterAsOpenCCConvertsItAlone();
};

namespace {

std::u32string ucs4(const QString &s)
{
    const QList<uint> u = s.toUcs4();
    return std::u32string(u.begin(), u.end());
}

} // namespace

void tst_ScriptFolder::initTestCase()
{
    QVERIFY2(ScriptFolder::isAvailable(), "OpenCC's t2s data is installed with libopencc");
}

void tst_ScriptFolder::foldsTraditionalToSimplified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("traditional") << u"發展經濟"_s << u"发展经济"_s;
    QTest::newRow("simplified unchanged") << u"发展经济"_s << u"发展经济"_s;
    QTest::newRow("marks, digits and Latin unchanged") << u"「A1」，。"_s << u"「A1」，。"_s;
    // Folded once: what a character becomes is not folded again.
    QTest::newRow("known characters, then new ones") << u"發展國際關係與貿易"_s << u"发展国际关系与贸易"_s;
    QTest::newRow("a character beyond the BMP kept") << u"\U00020000發"_s << u"\U00020000发"_s;
}

void tst_ScriptFolder::foldsTraditionalToSimplified()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    std::u32string s = ucs4(text);
    ScriptFolder::foldInPlace(s);
    QCOMPARE(QString::fromUcs4(s.data(), qsizetype(s.size())), folded);
}

// Characters seen before are folded without a lock while another thread adds new ones.
void tst_ScriptFolder::foldsAlikeOnManyThreadsAtOnce()
{
    // Runs of Han not asked about before in this process (CJK Extension A and the
    // end of the Unified block), each thread starting at another place.
    std::u32string text;
    for (char32_t c = 0x3400; c < 0x3400 + 3000; ++c)
        text.push_back(c);
    for (char32_t c = 0x9000; c < 0x9FA0; ++c)
        text.push_back(c);
    constexpr int Threads = 8;
    std::vector<std::u32string> results(Threads);
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            const size_t from = text.size() * size_t(t) / Threads;
            std::u32string s = text.substr(from) + text.substr(0, from);
            ScriptFolder::foldInPlace(s);
            results[size_t(t)] = s.substr(s.size() - from) + s.substr(0, s.size() - from);
        });
    }
    for (std::thread &t : threads)
        t.join();
    std::u32string again = text;
    ScriptFolder::foldInPlace(again);   // everything known now
    QVERIFY(again != text);             // some traditional forms were among them
    for (const std::u32string &r : results)
        QVERIFY(r == again);
}

// Folding remembers what OpenCC made of each character; OpenCC's converter, given every
// ideograph of the BMP and the first of Extension B one per line, must agree with it
// (whatever this process folded before).
void tst_ScriptFolder::foldsEachCharacterAsOpenCCConvertsItAlone()
{
    std::u32string chars;
    for (const auto &[from, to] : {std::pair{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x21FFF}})
        for (char32_t c = char32_t(from); c <= char32_t(to); ++c)
            chars.push_back(c);
    QString batch;
    for (char32_t c : chars)
        batch += QString::fromUcs4(&c, 1) + u'\n';
    const QByteArray utf8 = batch.toUtf8();
    const opencc_t converter = opencc_open("t2s.json");
    QVERIFY(converter != reinterpret_cast<opencc_t>(-1));
    char *converted = opencc_convert_utf8(converter, utf8.constData(), size_t(utf8.size()));
    QVERIFY(converted);
    const QStringList lines = QString::fromUtf8(converted).split(u'\n');
    opencc_convert_utf8_free(converted);
    opencc_close(converter);

    std::u32string folded = chars;
    ScriptFolder::foldInPlace(folded);
    int changed = 0;
    for (size_t i = 0; i < chars.size(); ++i) {
        const QList<uint> line = lines.at(qsizetype(i)).toUcs4();
        const char32_t expected = line.size() == 1 ? char32_t(line.first()) : chars[i];
        QVERIFY2(folded[i] == expected, qPrintable(QString::fromUcs4(&chars[i], 1)));
        changed += folded[i] != chars[i];
    }
    QVERIFY(changed > 2000);   // t2s folds a few thousand characters
}

QTEST_GUILESS_MAIN(tst_ScriptFolder)
#include "tst_scriptfolder.moc"
