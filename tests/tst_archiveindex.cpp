#include "archive/archiveformat.h"
#include "archive/archiveindex.h"
#include "layout/documentloader.h"
#include "match/passagefinder.h"
#include "text/pagegeometry.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

// The archive index: what it keeps reads back as it was, nothing damaged or out of date
// is taken for a page, and a writer killed mid-write leaves a whole index.
class tst_ArchiveIndex : public QObject
{
    Q_OBJECT
private slots:
    void aPageReadsBackAsItWasKept_data();
    void aPageReadsBackAsItWasKept();
    void passagesReadBackAsTheyWereKept();
    void theFuzzSeedsAreRecordsOfThisFormat_data();
    void theFuzzSeedsAreRecordsOfThisFormat();
    void movesReadBackOnlyWhenBothHalvesAgree_data();
    void movesReadBackOnlyWhenBothHalvesAgree();
    void storyBreaksReadBackOnlyInsideTheirPassage_data();
    void storyBreaksReadBackOnlyInsideTheirPassage();
    void aDamagedRecordIsNoRecord_data();
    void aDamagedRecordIsNoRecord();
    void aChangedFileIsNotAnswered();
    void anIndexOfOtherAnalysisKeepsNothing();
    void aDamagedIndexFileIsSaidAndLeftAlone();
    void aMovedFolderStillFindsItsPages();
    void theIndexSurvivesAKillMidWrite_data();
    void theIndexSurvivesAKillMidWrite();
};

namespace {
const QDir samples(QStringLiteral(JIAOKAN_SAMPLES_DIR));
const QDir data(QStringLiteral(JIAOKAN_TEST_DATA));

QList<ReflowedPage> readFile(const QString &path)
{
    QList<ReflowedPage> pages;
    for (const QString &page : DocumentLoader::pagesOf(path)) {
        QString error;
        auto source = DocumentLoader::load(page, &error);
        if (!source)
            return {};
        pages.append(ReflowedPage::analyze(std::move(*source)));
    }
    return pages;
}

// Every field the rest of Jiaokan reads, compared.
void comparePages(const ReflowedPage &got, const ReflowedPage &want)
{
    QCOMPARE(got.source.path, want.source.path);
    QCOMPARE(got.source.lines, want.source.lines);
    QCOMPARE(got.source.encoding, want.source.encoding);
    QCOMPARE(got.source.digest, want.source.digest);
    QVERIFY(got.source.metadata == want.source.metadata);
    QCOMPARE(bool(got.source.geometry), bool(want.source.geometry));
    if (want.source.geometry) {
        const PageGeometry &g = *got.source.geometry, &w = *want.source.geometry;
        QCOMPARE(g.firstPage, w.firstPage);
        QCOMPARE(g.pageSizes, w.pageSizes);
        QCOMPARE(g.lines.size(), w.lines.size());
        for (qsizetype i = 0; i < w.lines.size(); ++i) {
            QCOMPARE(g.lines[i].box, w.lines[i].box);
            QCOMPARE(g.lines[i].glyphBoxes, w.lines[i].glyphBoxes);
            QCOMPARE(g.lines[i].em, w.lines[i].em);
        }
        QCOMPARE(g.blocks.size(), w.blocks.size());
        QCOMPARE(g.stories.size(), w.stories.size());
    }
    QCOMPARE(got.blocks.size(), want.blocks.size());
    for (qsizetype b = 0; b < want.blocks.size(); ++b) {
        const Block &g = got.blocks[b], &w = want.blocks[b];
        QCOMPARE(g.kind, w.kind);
        QCOMPARE(g.text, w.text);
        QCOMPARE(g.firstLine, w.firstLine);
        QCOMPARE(g.lastLine, w.lastLine);
        QCOMPARE(g.positions.size(), w.positions.size());
        for (qsizetype i = 0; i < w.positions.size(); ++i)
            QVERIFY(g.positions.at(i) == w.positions.at(i));
    }
    QCOMPARE(got.stories.size(), want.stories.size());
    for (qsizetype s = 0; s < want.stories.size(); ++s) {
        QCOMPARE(got.stories[s].headline, want.stories[s].headline);
        QCOMPARE(got.stories[s].headlineBlocks, want.stories[s].headlineBlocks);
        QCOMPARE(got.stories[s].firstBlock, want.stories[s].firstBlock);
        QCOMPARE(got.stories[s].lastBlock, want.stories[s].lastBlock);
        QCOMPARE(got.stories[s].continued, want.stories[s].continued);
    }
}

QList<std::pair<QString, QByteArray>> allRows(const QString &indexFile)
{
    QList<std::pair<QString, QByteArray>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(indexFile);
        if (db.open()) {
            QSqlQuery q(u"SELECT path, digest FROM files"_s, db);
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toByteArray()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return rows;
}
} // namespace

void tst_ArchiveIndex::aPageReadsBackAsItWasKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("extracted text") << samples.filePath(u"001_7bef9e0345aafa9a.txt"_s);
    QTest::newRow("a newspaper PDF, with its boxes") << data.filePath(u"pdf/pdf01_000.pdf"_s);
    QTest::newRow("a PDF of several pages") << data.filePath(u"pdf/pdf03_002.pdf"_s);
    QTest::newRow("an HTML article") << data.filePath(u"web/site-a.html"_s);
    QTest::newRow("a Markdown export") << data.filePath(u"web/site-b.md"_s);
}

void tst_ArchiveIndex::aPageReadsBackAsItWasKept()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, path));
    const QList<ReflowedPage> pages = readFile(path);
    QVERIFY(!pages.isEmpty());
    const QByteArray digest = ArchiveIndex::digestOf(path);
    QCOMPARE(digest.size(), 32);
    {
        ArchiveIndex index(folder);
        QVERIFY2(index.isOpen(), qPrintable(index.error()));
        QCOMPARE(index.file(), folder + u".jiaokan-index"_s);
        QVERIFY(index.store({{path, digest, ArchiveIndex::recordOf(pages, path)}}));
    }
    ArchiveIndex again(folder);
    const auto kept = again.pages(path, digest);
    QVERIFY(kept);
    QCOMPARE(kept->size(), pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        comparePages(kept->at(i), pages[i]);
}

void tst_ArchiveIndex::passagesReadBackAsTheyWereKept()
{
    QList<ReflowedPage> pages;
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        pages += readFile(samples.filePath(name));
    const PassageFinder::Result found = PassageFinder::run(pages, {});
    QVERIFY(!found.passages.isEmpty());
    const auto back = ArchiveFormat::passagesFrom(ArchiveFormat::passagesRecord(found.passages));
    QVERIFY(back);
    QCOMPARE(back->size(), found.passages.size());
    for (qsizetype i = 0; i < back->size(); ++i) {
        const PassageComparison &g = back->at(i), &w = found.passages[i];
        QCOMPARE(g.page, w.page);
        QVERIFY(g.lines == w.lines);
        QCOMPARE(g.keyStart, w.keyStart);
        QCOMPARE(g.keyEnd, w.keyEnd);
        QCOMPARE(g.similarity, w.similarity);
        QVERIFY(g.only == w.only);
        QVERIFY(g.storyBreaks == w.storyBreaks);
        QCOMPARE(g.differences.size(), w.differences.size());
        for (qsizetype d = 0; d < w.differences.size(); ++d) {
            QCOMPARE(g.differences[d].kind, w.differences[d].kind);
            QCOMPARE(g.differences[d].text, w.differences[d].text);
            QVERIFY(g.differences[d].lines == w.differences[d].lines);
            QCOMPARE(g.differences[d].keyStart, w.differences[d].keyStart);
            QCOMPARE(g.differences[d].movedWith, w.differences[d].movedWith);
            QCOMPARE(g.differences[d].before, w.differences[d].before);
            QCOMPARE(g.differences[d].after, w.differences[d].after);
        }
    }
    // The same set of pages has the same key; another option, another key.
    const QByteArray key = ArchiveIndex::passagesKey(pages, {}, 1);
    QCOMPARE(ArchiveIndex::passagesKey(pages, {}, 1), key);
    CompareOptions punctuation;
    punctuation.ignorePunctuation = true;
    QVERIFY(ArchiveIndex::passagesKey(pages, punctuation, 1) != key);
    QVERIFY(ArchiveIndex::passagesKey(pages.mid(1), {}, 1) != key);
}

void tst_ArchiveIndex::theFuzzSeedsAreRecordsOfThisFormat_data()
{
    QTest::addColumn<QString>("seed");
    const QDir seeds(QStringLiteral(JIAOKAN_FUZZ_SEEDS));
    for (const QString &name : seeds.entryList({u"archive-*"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << seeds.filePath(name);
}

void tst_ArchiveIndex::theFuzzSeedsAreRecordsOfThisFormat()
{
    // fuzz_archive starts from these: were they not whole records (made again when
    // ArchiveFormat::Version changes), it would fuzz the first check only.
    QFETCH(QString, seed);
    QFile file(seed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto pages = ArchiveFormat::pagesFrom(ArchiveFormat::pack(file.readAll()));
    QVERIFY(pages);
    QVERIFY(!pages->isEmpty() && !pages->first().blocks.isEmpty());
}

void tst_ArchiveIndex::movesReadBackOnlyWhenBothHalvesAgree_data()
{
    QTest::addColumn<qsizetype>("first");
    QTest::addColumn<qsizetype>("second");
    QTest::addColumn<bool>("read");
    QTest::newRow("no move") << qsizetype(-1) << qsizetype(-1) << true;
    QTest::newRow("a move") << qsizetype(1) << qsizetype(0) << true;
    QTest::newRow("a move to itself") << qsizetype(0) << qsizetype(-1) << false;
    QTest::newRow("a half without its other half") << qsizetype(1) << qsizetype(-1) << false;
    QTest::newRow("a move to no difference") << qsizetype(2) << qsizetype(-1) << false;
    QTest::newRow("a move before the first") << qsizetype(-2) << qsizetype(-1) << false;
}

void tst_ArchiveIndex::movesReadBackOnlyWhenBothHalvesAgree()
{
    QFETCH(qsizetype, first);
    QFETCH(qsizetype, second);
    QFETCH(bool, read);
    PassageComparison p;
    p.differences.resize(2);
    p.differences[0].movedWith = first;
    p.differences[1].movedWith = second;
    const auto back = ArchiveFormat::passagesFrom(ArchiveFormat::passagesRecord({p}));
    QCOMPARE(back.has_value(), read);
    if (read) {
        QCOMPARE(back->first().differences[0].movedWith, first);
        QCOMPARE(back->first().differences[1].movedWith, second);
    }
}

void tst_ArchiveIndex::storyBreaksReadBackOnlyInsideTheirPassage_data()
{
    QTest::addColumn<QList<qsizetype>>("breaksOnA");   // B's at the same place plus 3
    QTest::addColumn<bool>("read");
    QTest::newRow("none") << QList<qsizetype>{} << true;
    QTest::newRow("one") << QList<qsizetype>{150} << true;
    QTest::newRow("two in order") << QList<qsizetype>{120, 180} << true;
    QTest::newRow("two out of order") << QList<qsizetype>{180, 120} << false;
    QTest::newRow("before the passage") << QList<qsizetype>{50} << false;
    QTest::newRow("after it") << QList<qsizetype>{250} << false;
}

void tst_ArchiveIndex::storyBreaksReadBackOnlyInsideTheirPassage()
{
    QFETCH(QList<qsizetype>, breaksOnA);
    QFETCH(bool, read);
    PassageComparison p;
    p.keyStart = {100, 103};
    p.keyEnd = {200, 203};
    for (qsizetype at : breaksOnA) {
        PassageComparison::StoryBreak b;
        b.key = {at, at + 3};
        b.linesBefore = {LineRange{SourceLine{1}, SourceLine{4}}, LineRange{SourceLine{1}, SourceLine{5}}};
        b.linesAfter = {LineRange{SourceLine{6}, SourceLine{9}}, LineRange{SourceLine{7}, SourceLine{9}}};
        p.storyBreaks.append(b);
    }
    const auto back = ArchiveFormat::passagesFrom(ArchiveFormat::passagesRecord({p}));
    QCOMPARE(back.has_value(), read);
    if (read)
        QVERIFY(back->first().storyBreaks == p.storyBreaks);
}

void tst_ArchiveIndex::aDamagedRecordIsNoRecord_data()
{
    const QList<ReflowedPage> pages = readFile(samples.filePath(u"001_7bef9e0345aafa9a.txt"_s));
    const QByteArray record = ArchiveFormat::pagesRecord(pages);
    const QByteArray plain = ArchiveFormat::unpack(record);
    QVERIFY(plain.size() > record.size());
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not compressed") << plain;
    QTest::newRow("cut short") << record.left(record.size() / 2);
    QByteArray flipped = record;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QTest::newRow("a byte changed") << flipped;
    QTest::newRow("whole, but its text cut short") << ArchiveFormat::pack(plain.left(plain.size() / 2));
    QTest::newRow("whole, with a byte more") << ArchiveFormat::pack(plain + '\0');
    QByteArray huge = plain;
    huge.replace(4, 8, QByteArray(8, '\x7f'));   // the page count
    QTest::newRow("a count beyond reason") << ArchiveFormat::pack(huge);
    QByteArray version = plain;
    version[0] = char(ArchiveFormat::Version + 1);
    QTest::newRow("another version") << ArchiveFormat::pack(version);
}

void tst_ArchiveIndex::aDamagedRecordIsNoRecord()
{
    QFETCH(QByteArray, record);
    QVERIFY(!ArchiveFormat::pagesFrom(record));
    QVERIFY(!ArchiveFormat::passagesFrom(record));
}

void tst_ArchiveIndex::aChangedFileIsNotAnswered()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s), path = folder + u"/page.txt"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(samples.filePath(u"002_8f3d60094bcd0134.txt"_s), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = ArchiveIndex::digestOf(path);
    ArchiveIndex index(folder);
    QVERIFY(index.store({{path, before, ArchiveIndex::recordOf(readFile(path), path)}}));
    QVERIFY(index.pages(path, before));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n一字之差。\n");
    }
    const QByteArray after = ArchiveIndex::digestOf(path);
    QVERIFY(after != before);
    QVERIFY(!index.pages(path, after));
    QVERIFY(!index.pages(folder + u"/other.txt"_s, before));
    QVERIFY(ArchiveIndex::digestOf(folder + u"/missing.txt"_s).isEmpty());
}

void tst_ArchiveIndex::anIndexOfOtherAnalysisKeepsNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s), path = folder + u"/page.txt"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(samples.filePath(u"002_8f3d60094bcd0134.txt"_s), path));
    const QByteArray digest = ArchiveIndex::digestOf(path);
    QString file;
    {
        ArchiveIndex index(folder);
        QVERIFY(index.store({{path, digest, ArchiveIndex::recordOf(readFile(path), path)}}));
        QVERIFY(index.storePassages("key", {}));
        QCOMPARE(index.pageFileCount(), 1);
        file = index.file();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE meta SET value = '1/an older build' WHERE name = 'made by'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    ArchiveIndex index(folder);
    QVERIFY(index.isOpen());
    QCOMPARE(index.pageFileCount(), 0);
    QVERIFY(!index.pages(path, digest));
    QVERIFY(!index.passages("key"));
}

void tst_ArchiveIndex::aDamagedIndexFileIsSaidAndLeftAlone()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(folder));
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(char((i * 7919) % 251));
    {
        QFile file(ArchiveIndex::fileFor(folder));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(junk);
    }
    ArchiveIndex index(folder);
    QVERIFY(!index.isOpen());
    QVERIFY(!index.error().isEmpty());
    QVERIFY(!index.store({}));
    QFile file(ArchiveIndex::fileFor(folder));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk);
}

void tst_ArchiveIndex::aMovedFolderStillFindsItsPages()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s), moved = dir.filePath(u"moved"_s);
    QVERIFY(QDir().mkpath(folder + u"/2024"_s));
    const QString path = folder + u"/2024/page.pdf"_s;
    QVERIFY(QFile::copy(data.filePath(u"pdf/pdf03_002.pdf"_s), path));
    const QByteArray digest = ArchiveIndex::digestOf(path);
    const QString indexFile = dir.filePath(u"index"_s);
    {
        ArchiveIndex index(folder, indexFile);
        QVERIFY(index.store({{path, digest, ArchiveIndex::recordOf(readFile(path), path)}}));
    }
    QVERIFY(QDir().rename(folder, moved));
    ArchiveIndex index(moved, indexFile);
    const auto pages = index.pages(moved + u"/2024/page.pdf"_s, digest);
    QVERIFY(pages);
    const QStringList want = DocumentLoader::pagesOf(moved + u"/2024/page.pdf"_s);
    QCOMPARE(pages->size(), want.size());
    for (qsizetype i = 0; i < pages->size(); ++i)
        QCOMPARE(pages->at(i).source.path, want[i]);
}

void tst_ArchiveIndex::theIndexSurvivesAKillMidWrite_data()
{
    QTest::addColumn<int>("rounds");     // whole rounds written before the kill
    QTest::addColumn<int>("delayMs");    // then, into the next one
    QTest::newRow("in the first transaction after one") << 1 << 0;
    QTest::newRow("a few rounds on, mid-write") << 3 << 15;
    QTest::newRow("later, near a commit") << 6 << 40;
}

void tst_ArchiveIndex::theIndexSurvivesAKillMidWrite()
{
    QFETCH(int, rounds);
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s), indexFile = dir.filePath(u"index"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        QVERIFY(QFile::copy(samples.filePath(name), QDir(folder).filePath(name)));
    QProcess writer;
    writer.start(QStringLiteral(JIAOKAN_ARCHIVE_WRITER), {folder, indexFile});
    QVERIFY(writer.waitForStarted());
    int written = 0;
    while (written < rounds) {
        QVERIFY2(writer.waitForReadyRead(60000), "the writer stopped");
        while (writer.canReadLine())
            if (writer.readLine().startsWith("round "))
                ++written;
    }
    QTest::qWait(delayMs);
    writer.kill();   // SIGKILL: no chance to finish or roll back
    QVERIFY(writer.waitForFinished());

    // The last whole round, every row of it: one transaction is all or nothing.
    const auto rows = allRows(indexFile);
    QVERIFY(!rows.isEmpty());
    const QByteArray round = rows.first().second;
    QVERIFY(round.toInt() >= rounds);
    for (const auto &[path, digest] : rows)
        QCOMPARE(digest, round);
    const qsizetype files = samples.entryList({u"*.txt"_s}, QDir::Files).size();
    QCOMPARE(rows.size(), files * 50);
    ArchiveIndex index(folder, indexFile);
    QVERIFY2(index.isOpen(), qPrintable(index.error()));
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const auto pages = index.pages(QDir(folder).filePath(name + u".7"_s), round);
        QVERIFY(pages);
        QCOMPARE(pages->value(0).source.lines, readFile(samples.filePath(name)).value(0).source.lines);
    }
}

QTEST_GUILESS_MAIN(tst_ArchiveIndex)
#include "tst_archiveindex.moc"
