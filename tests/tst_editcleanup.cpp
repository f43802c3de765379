#include "diff/anchoreddiff.h"
#include "diff/editcleanup.h"
#include "diff/myersdiff.h"

#include <QTest>

using namespace Jiaokan::Core;

namespace {

// The hunks as an editor would read them: 天高云[阔→淡]; joined by spaces.
QString render(const QList<Hunk> &hunks, const std::u32string &a, const std::u32string &b)
{
    QStringList parts;
    for (const Hunk &h : hunks) {
        const auto side = [](const std::u32string &s, qsizetype from, qsizetype to) {
            return QString::fromStdU32String(s.substr(size_t(from), size_t(to - from)));
        };
        parts.append(QStringLiteral("[%1→%2]").arg(side(a, h.start[SideA], h.end[SideA]),
                                                  side(b, h.start[SideB], h.end[SideB])));
    }
    return parts.join(u' ');
}

} // namespace

class tst_EditCleanup : public QObject
{
    Q_OBJECT
private slots:
    void readsAsAnEditorWould_data();
    void readsAsAnEditorWould();
    void extendsToWholeWords_data();
    void extendsToWholeWords();
    void neverShowsEqualTextAsChanged();
    void slidesToParagraphStarts_data();
    void slidesToParagraphStarts();
};

void tst_EditCleanup::readsAsAnEditorWould_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one character replaced") << QStringLiteral("天高云阔。") << QStringLiteral("天高云淡。") << QStringLiteral("[阔→淡]");
    QTest::newRow("a character dropped") << QStringLiteral("加征高关税") << QStringLiteral("加征关税") << QStringLiteral("[高→]");
    QTest::newRow("phrase replaced") << QStringLiteral("挺膺担当，全面") << QStringLiteral("挺身而出，全面") << QStringLiteral("[膺担当→身而出]");
    QTest::newRow("edit split by one shared character is one change")
        << QStringLiteral("甲乙的丙丁，后") << QStringLiteral("戊己的庚辛，后") << QStringLiteral("[甲乙的丙丁→戊己的庚辛]");
    QTest::newRow("two shared characters keep edits apart")
        << QStringLiteral("甲乙中国丙丁") << QStringLiteral("戊中国己") << QStringLiteral("[甲乙→戊] [丙丁→己]");
    QTest::newRow("identical texts have no hunks") << QStringLiteral("风雨同舟") << QStringLiteral("风雨同舟") << QString();
}

void tst_EditCleanup::readsAsAnEditorWould()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const std::u32string ua = a.toStdU32String(), ub = b.toStdU32String();
    QList<Hunk> hunks = EditCleanup::hunks(MyersDiff::diff(ua, ub));
    hunks = EditCleanup::trimEqualEnds(EditCleanup::mergeAcrossShortEqualities(hunks, 1), ua, ub);
    QCOMPARE(render(hunks, ua, ub), expected);
}

void tst_EditCleanup::extendsToWholeWords_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("changed character inside a word shows the word")
        << QStringLiteral("人类社会发展大势") << QStringLiteral("人类社会发达大势") << QStringLiteral("[发展→发达]");
    QTest::newRow("a whole word replaced stays as it is")
        << QStringLiteral("我们支持和平") << QStringLiteral("我们反对和平") << QStringLiteral("[支持→反对]");
}

void tst_EditCleanup::extendsToWholeWords()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const std::u32string ua = a.toStdU32String(), ub = b.toStdU32String();
    const QList<Hunk> hunks = EditCleanup::extendToWords(EditCleanup::hunks(MyersDiff::diff(ua, ub)), ua, ub);
    QCOMPARE(render(hunks, ua, ub), expected);
}

void tst_EditCleanup::neverShowsEqualTextAsChanged()
{
    const std::u32string a = U"甲乙丙", b = U"甲丁丙";
    const QList<Hunk> wide{Hunk{{0, 0}, {3, 3}}};
    QCOMPARE(render(EditCleanup::trimEqualEnds(wide, a, b), a, b), QStringLiteral("[乙→丁]"));
    const QList<Hunk> same{Hunk{{0, 0}, {1, 1}}};
    QVERIFY(EditCleanup::trimEqualEnds(same, a, b).isEmpty());
}

void tst_EditCleanup::slidesToParagraphStarts_data()
{
    // | marks where a paragraph starts; it is not part of the text.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a paragraph left out is that paragraph")
        << QStringLiteral("甲乙。|丙丁。|戊己。") << QStringLiteral("甲乙。|戊己。") << QStringLiteral("[丙丁。→]");
    QTest::newRow("a paragraph added is that paragraph")
        << QStringLiteral("甲乙。|戊己。") << QStringLiteral("甲乙。|丙丁。|戊己。") << QStringLiteral("[→丙丁。]");
    QTest::newRow("a paragraph added at the end")
        << QStringLiteral("甲乙。") << QStringLiteral("甲乙。|丙乙。") << QStringLiteral("[→丙乙。]");
    QTest::newRow("a last paragraph left out")
        << QStringLiteral("甲乙。|丙丁。") << QStringLiteral("甲乙。") << QStringLiteral("[丙丁。→]");
    QTest::newRow("a paragraph left out between like endings")
        << QStringLiteral("甲乙。|丙乙。|戊乙。") << QStringLiteral("甲乙。|戊乙。") << QStringLiteral("[丙乙。→]");
    QTest::newRow("a paragraph added between like endings")
        << QStringLiteral("甲乙。|戊乙。") << QStringLiteral("甲乙。|丙乙。|戊乙。") << QStringLiteral("[→丙乙。]");
    QTest::newRow("a paragraph moved to the end, as two halves")
        << QStringLiteral("甲乙。|丙丁。|戊己。") << QStringLiteral("丙丁。|戊己。|甲乙。") << QStringLiteral("[甲乙。→] [→甲乙。]");
    QTest::newRow("with no start within reach it stays")
        << QStringLiteral("甲乙乙丙。") << QStringLiteral("甲乙丙。") << QStringLiteral("[乙→]");
    QTest::newRow("a change on both sides stays") << QStringLiteral("甲。|乙。") << QStringLiteral("甲。|丙。")
                                                 << QStringLiteral("[乙→丙]");
}

void tst_EditCleanup::slidesToParagraphStarts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    std::array<std::u32string, SideCount> text;
    std::array<QList<qsizetype>, SideCount> starts;
    for (Side s : {SideA, SideB}) {
        for (char32_t c : (s == SideA ? a : b).toStdU32String()) {
            if (c == U'|')
                starts[s].append(qsizetype(text[s].size()));
            else
                text[s] += c;
        }
    }
    const QList<Hunk> hunks = EditCleanup::slideToBoundaries(
        EditCleanup::hunks(AnchoredDiff::diff(text[SideA], text[SideB])), text[SideA], text[SideB],
        [&](Side s, qsizetype at) { return starts[s].contains(at); });
    QCOMPARE(render(hunks, text[SideA], text[SideB]), expected);
}

QTEST_GUILESS_MAIN(tst_EditCleanup)
#include "tst_editcleanup.moc"
