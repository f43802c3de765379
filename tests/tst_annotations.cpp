// Annotations hold on to the text they were made on: across option changes, edits to
// the source elsewhere, and other bases; what cannot be found again is orphaned.
#include "annotate/annotationplacer.h"
#include "annotate/sourcetext.h"
#include "annotate/textanchor.h"
#include "collate/collator.h"
#include "match/passagefinder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

SourceText sourceOf(const QString &text)
{
    PageText page;
    page.lines = PageText::splitLines(text);
    return SourceText(page);
}

} // namespace

class tst_Annotations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void anchorIsFoundAgain_data();
    void anchorIsFoundAgain();
    void survivesAnOptionChange_data();
    void survivesAnOptionChange();
    void survivesAOneCharacterEditElsewhere();
    void isHiddenWhileTheOptionsHideItsDifference();
    void isOrphanedWhenItsTextIsGone();
    void isOrphanedWhenItsPageIsNotOpen();
    void locationAnnotationFollowsItsBase();

private:
    QString copyOfCorpusPage(const QString &prefix);
    void editFile(const QString &path, const QString &from, const QString &to);
    static int differenceIndex(const PassageFinder::Result &result, int *passage, const QString &a, const QString &b);
    static AnnotationPlacer placerFor(const PassageFinder::Result &result);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Annotations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_Annotations::copyOfCorpusPage(const QString &prefix)
{
    const QDir corpus(QFINDTESTDATA(u"data/corpus"_s));
    const QStringList names = corpus.entryList({prefix + u"_*.txt"_s});
    if (names.size() != 1)
        return {};
    const QString copy = m_dir->filePath(names.first());
    QFile::copy(corpus.filePath(names.first()), copy);
    return copy;
}

void tst_Annotations::editFile(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.count(from) == 1, qPrintable(from));
    text.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

int tst_Annotations::differenceIndex(const PassageFinder::Result &result, int *passage, const QString &a,
                                     const QString &b)
{
    for (int p = 0; p < result.passages.size(); ++p) {
        const QList<Difference> &ds = result.passages[p].differences;
        for (int i = 0; i < ds.size(); ++i) {
            if (ds[i].text[SideA] == a && ds[i].text[SideB] == b) {
                *passage = p;
                return i;
            }
        }
    }
    return -1;
}

AnnotationPlacer tst_Annotations::placerFor(const PassageFinder::Result &result)
{
    return AnnotationPlacer(result.paths, result.pages);
}

void tst_Annotations::anchorIsFoundAgain_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("anchored");    // the anchored text, marked [ ] in source
    QTest::addColumn<QString>("edited");      // the source afterwards, the text marked [ ]
    // A blank marked text ([]) anchors a point; an edited source without marks: not found.

    const QString page = u"新华社莫斯科5月8日电 当地时间5月8日上午，\n俄罗斯总统普京同中国国家主席习近平\n"
                         u"在莫斯科克里姆林宫举行会谈。5月的莫斯科，天高云阔。习近平乘车抵达时，\n"
                         u"克里姆林宫司令在下车处迎接。天高云阔。"_s;
    const auto marked = [&](const QString &text, const QString &reading, int occurrence = 0) {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(reading, at + 1);
        QString out = text;
        out.insert(at + reading.size(), u']');
        out.insert(at, u'[');
        return out;
    };
    const QString anchored = marked(page, u"阔"_s);
    QTest::newRow("unchanged") << page << anchored << anchored;
    QTest::newRow("a character inserted on an earlier line")
        << page << anchored << marked(QString(page).replace(u"当地时间"_s, u"当地时间，"_s), u"阔"_s);
    QTest::newRow("a line inserted above") << page << anchored << marked(u"要闻\n"_s + page, u"阔"_s);
    QTest::newRow("the lines broken elsewhere")
        << page << anchored << marked(QString(page).replace(u"\n"_s, QString()).replace(u"。"_s, u"。\n"_s), u"阔"_s);
    QTest::newRow("an edit inside the context")
        << page << anchored << marked(QString(page).replace(u"5月的莫斯科"_s, u"五月的莫斯科"_s), u"阔"_s);
    QTest::newRow("the same text twice: the one with the context")
        << page << marked(page, u"阔"_s, 1) << marked(page, u"阔"_s, 1);
    QTest::newRow("the same text twice, one context edited: still the second")
        << page << marked(page, u"阔"_s, 1)
        << marked(QString(page).replace(u"司令在"_s, u"司令官在"_s), u"阔"_s, 1);
    QTest::newRow("a point between two characters")
        << page << QString(page).replace(u"加征"_s, u"x"_s).replace(u"天高云阔。习"_s, u"天高云阔。[]习"_s)
        << QString(page).replace(u"当地"_s, u"当天"_s).replace(u"天高云阔。习"_s, u"天高云阔。[]习"_s);
    QTest::newRow("the text gone") << page << anchored
                                   << QString(page).replace(u"阔"_s, u"淡"_s);
    QTest::newRow("the text there but nowhere near its context")
        << page << marked(page, u"普京"_s) << u"普京在莫斯科。"_s + QString(1000, u'字');
}

void tst_Annotations::anchorIsFoundAgain()
{
    QFETCH(QString, source);
    QFETCH(QString, anchored);
    QFETCH(QString, edited);

    const qsizetype start = anchored.indexOf(u'['), end = anchored.indexOf(u']') - 1;
    QCOMPARE(QString(anchored).remove(u'[').remove(u']'), source);
    const TextAnchor anchor = TextAnchor::of(sourceOf(source), start, end);
    QCOMPARE(anchor.text, source.sliced(start, end - start));

    const qsizetype editedStart = edited.indexOf(u'['), editedEnd = edited.indexOf(u']') - 1;
    const auto found = anchor.find(sourceOf(QString(edited).remove(u'[').remove(u']')));
    if (editedStart < 0) {
        QVERIFY2(!found, qPrintable(u"found at %1"_s.arg(found ? found->first : -1)));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->first, editedStart);
    QCOMPARE(found->second, editedEnd);
}

void tst_Annotations::survivesAnOptionChange_data()
{
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<bool>("wordGranularity");
    QTest::newRow("the default") << u"width,space"_s << false;
    QTest::newRow("punctuation ignored too") << u"width,space,punctuation"_s << false;
    QTest::newRow("nothing ignored") << u"none"_s << false;
    QTest::newRow("whole words") << u"width,space"_s << true;
    QTest::newRow("script folded, whole words") << u"width,space,script"_s << true;
}

void tst_Annotations::survivesAnOptionChange()
{
    QFETCH(QString, ignore);
    QFETCH(bool, wordGranularity);
    const QStringList pages = {copyOfCorpusPage(u"001"_s), copyOfCorpusPage(u"002"_s)};

    const PassageFinder::Result before = PassageFinder::run(pages, CompareOptions{});
    int passage = -1;
    const int index = differenceIndex(before, &passage, u"阔"_s, u"淡"_s);
    QVERIFY(index >= 0);
    Annotation annotation = placerFor(before).forDifference(before.passages[passage], index);
    annotation.status = ReviewStatus::ErrorInB;
    QCOMPARE(annotation.readings(), u"阔 → 淡"_s);

    auto options = CompareOptions::withIgnoreList(ignore, nullptr);
    QVERIFY(options);
    if (wordGranularity)
        options->granularity = CompareOptions::Granularity::Word;
    const PassageFinder::Result after = PassageFinder::run(pages, *options);
    const QList<Placement> placed = placerFor(after).place({annotation}, after.passages);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed[0].state, Placement::State::Attached);
    const Difference &d = after.passages[placed[0].passage].differences[placed[0].item];
    QVERIFY2(d.text[SideA].contains(u"阔"_s) && d.text[SideB].contains(u"淡"_s),
             qPrintable(d.text[SideA] + u" / "_s + d.text[SideB]));
}

void tst_Annotations::survivesAOneCharacterEditElsewhere()
{
    const QStringList pages = {copyOfCorpusPage(u"001"_s), copyOfCorpusPage(u"002"_s)};
    const PassageFinder::Result before = PassageFinder::run(pages, CompareOptions{});
    int passage = -1;
    const int index = differenceIndex(before, &passage, u"膺担当"_s, u"身而出"_s);
    QVERIFY(index >= 0);
    const Annotation annotation = placerFor(before).forDifference(before.passages[passage], index);

    // One character more on 001's line 12 (天高云阔 → 天高云阔远), well before the annotated text:
    // every later offset on the page moves by one.
    editFile(pages[0], u"天高云阔。"_s, u"天高云阔远。"_s);
    const PassageFinder::Result after = PassageFinder::run(pages, CompareOptions{});
    const QList<Placement> placed = placerFor(after).place({annotation}, after.passages);
    QCOMPARE(placed[0].state, Placement::State::Attached);
    const Difference &d = after.passages[placed[0].passage].differences[placed[0].item];
    QCOMPARE(d.text[SideA], u"膺担当"_s);
    QCOMPARE(d.text[SideB], u"身而出"_s);
    QCOMPARE(d.lines[SideA].first.value, 44);
}

void tst_Annotations::isHiddenWhileTheOptionsHideItsDifference()
{
    // A reprint of 001 that differs only by a semicolon for a full stop.
    const QString a = copyOfCorpusPage(u"001"_s);
    const QString b = m_dir->filePath(u"reprint.txt"_s);
    QVERIFY(QFile::copy(a, b));
    editFile(b, u"天高云阔。"_s, u"天高云阔；"_s);
    const QStringList pages = {a, b};
    const PassageFinder::Result before = PassageFinder::run(pages, CompareOptions{});
    int passage = -1;
    const int index = differenceIndex(before, &passage, u"。"_s, u"；"_s);
    QVERIFY(index >= 0);
    QCOMPARE(before.passages[passage].differences[index].kind, DifferenceClass::Punctuation);
    const Annotation annotation = placerFor(before).forDifference(before.passages[passage], index);

    CompareOptions ignoring;
    ignoring.ignorePunctuation = true;
    const PassageFinder::Result hidden = PassageFinder::run(pages, ignoring);
    QCOMPARE(placerFor(hidden).place({annotation}, hidden.passages)[0].state, Placement::State::Hidden);

    const PassageFinder::Result again = PassageFinder::run(pages, CompareOptions{});
    const Placement back = placerFor(again).place({annotation}, again.passages)[0];
    QCOMPARE(back.state, Placement::State::Attached);
    QCOMPARE(back.passage, passage);
    QCOMPARE(back.item, index);
}

void tst_Annotations::isOrphanedWhenItsTextIsGone()
{
    const QStringList pages = {copyOfCorpusPage(u"001"_s), copyOfCorpusPage(u"002"_s)};
    const PassageFinder::Result before = PassageFinder::run(pages, CompareOptions{});
    int passage = -1;
    const int index = differenceIndex(before, &passage, u"阔"_s, u"淡"_s);
    const Annotation annotation = placerFor(before).forDifference(before.passages[passage], index);

    // 002 corrected to agree with 001: the difference, and 002's reading, are gone.
    editFile(pages[1], u"天高云淡"_s, u"天高云阔"_s);
    const PassageFinder::Result after = PassageFinder::run(pages, CompareOptions{});
    QCOMPARE(differenceIndex(after, &passage, u"阔"_s, u"淡"_s), -1);
    QCOMPARE(placerFor(after).place({annotation}, after.passages)[0].state, Placement::State::Orphaned);
}

void tst_Annotations::isOrphanedWhenItsPageIsNotOpen()
{
    const QStringList pages = {copyOfCorpusPage(u"001"_s), copyOfCorpusPage(u"002"_s),
                               copyOfCorpusPage(u"000"_s)};
    const PassageFinder::Result all = PassageFinder::run(pages, CompareOptions{});
    int passage = -1;
    const int index = differenceIndex(all, &passage, u"阔"_s, u"淡"_s);
    const Annotation annotation = placerFor(all).forDifference(all.passages[passage], index);

    const PassageFinder::Result without002 = PassageFinder::run({pages[0], pages[2]}, CompareOptions{});
    QCOMPARE(placerFor(without002).place({annotation}, without002.passages)[0].state, Placement::State::Orphaned);
    // The pages given in another order: still found, whichever side each page is on.
    const PassageFinder::Result reversed = PassageFinder::run({pages[1], pages[0]}, CompareOptions{});
    const Placement placed = placerFor(reversed).place({annotation}, reversed.passages)[0];
    QCOMPARE(placed.state, Placement::State::Attached);
    const Difference &d = reversed.passages[placed.passage].differences[placed.item];
    QCOMPARE(d.text[SideA], u"淡"_s);
    QCOMPARE(d.text[SideB], u"阔"_s);
}

void tst_Annotations::locationAnnotationFollowsItsBase()
{
    const QStringList pages = {copyOfCorpusPage(u"000"_s), copyOfCorpusPage(u"001"_s),
                               copyOfCorpusPage(u"002"_s)};
    const PassageFinder::Result result = PassageFinder::run(pages, CompareOptions{});
    const QList<Collation> onBase001 = Collator::collate(result, 1);
    const Collation *talks = nullptr;
    for (const Collation &c : onBase001) {
        if (c.headline.contains(u"会谈"_s))
            talks = &c;
    }
    QVERIFY(talks);
    int location = -1;
    for (int i = 0; i < talks->locations.size(); ++i) {
        if (talks->locations[i].readings.value(0).text == u"阔"_s)
            location = i;
    }
    QVERIFY(location >= 0);
    const AnnotationPlacer placer = placerFor(result);
    const Annotation annotation = placer.forLocation(*talks, location);
    QCOMPARE(annotation.target, Annotation::Target::Location);

    Placement placed = placer.place({annotation}, result.passages, talks)[0];
    QCOMPARE(placed.state, Placement::State::Attached);
    QCOMPARE(placed.item, location);
    // Collated on 002, the location has another base: the annotation waits for 001's.
    for (const Collation &c : Collator::collate(result, 2)) {
        if (c.headline.contains(u"会谈"_s))
            QCOMPARE(placer.place({annotation}, result.passages, &c)[0].state, Placement::State::Hidden);
    }
    // And a location annotation is never put on a pair's difference.
    QCOMPARE(placer.place({annotation}, result.passages)[0].state, Placement::State::Hidden);
}

QTEST_GUILESS_MAIN(tst_Annotations)
#include "tst_annotations.moc"
