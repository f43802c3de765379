#include "text/scriptfolder.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(tst_ScriptFolder)
#include "tst_scriptfolder.moc"
