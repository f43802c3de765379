#include "layout/pagefolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

// The pages a folder holds, as File ▸ Open folder and `jiaokan DIR` read them.
class tst_PageFolder : public QObject
{
    Q_OBJECT
private slots:
    void listsThePagesUnderAFolder_data();
    void listsThePagesUnderAFolder();
    void doesNotFollowALinkBackUp();
    void expandsFoldersInPlace();
};

namespace {
void write(const QDir &root, const QString &relative)
{
    QVERIFY(root.mkpath(QFileInfo(root.filePath(relative)).path()));
    QFile file(root.filePath(relative));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("page");
}

QStringList relativeTo(const QDir &root, const QStringList &paths)
{
    QStringList relative;
    for (const QString &path : paths)
        relative.append(root.relativeFilePath(path));
    return relative;
}
} // namespace

void tst_PageFolder::listsThePagesUnderAFolder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("skipped");
    QTest::newRow("pages in natural order, page2 before page10")
        << QStringList{u"page10.txt"_s, u"page2.txt"_s, u"page1.txt"_s}
        << QStringList{u"page1.txt"_s, u"page2.txt"_s, u"page10.txt"_s} << QStringList{};
    QTest::newRow("every kind of page, any case")
        << QStringList{u"a.TXT"_s, u"b.pdf"_s, u"c.html"_s, u"d.htm"_s, u"e.xhtml"_s, u"f.md"_s, u"g.markdown"_s}
        << QStringList{u"a.TXT"_s, u"b.pdf"_s, u"c.html"_s, u"d.htm"_s, u"e.xhtml"_s, u"f.md"_s, u"g.markdown"_s}
        << QStringList{};
    QTest::newRow("folders under folders, by date")
        << QStringList{u"2024/05/09/a.txt"_s, u"2024/05/08/b.txt"_s, u"2023/12/31/c.pdf"_s}
        << QStringList{u"2023/12/31/c.pdf"_s, u"2024/05/08/b.txt"_s, u"2024/05/09/a.txt"_s} << QStringList{};
    QTest::newRow("labels and images are said, not read")
        << QStringList{u"001.txt"_s, u"001.blocks.tsv"_s, u"scan.png"_s, u"README"_s}
        << QStringList{u"001.txt"_s} << QStringList{u"001.blocks.tsv"_s, u"README"_s, u"scan.png"_s};
    QTest::newRow("hidden files and folders are not looked into")
        << QStringList{u"a.txt"_s, u".git/b.txt"_s, u".c.txt"_s} << QStringList{u"a.txt"_s} << QStringList{};
    QTest::newRow("an empty folder") << QStringList{} << QStringList{} << QStringList{};
}

void tst_PageFolder::listsThePagesUnderAFolder()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, skipped);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    for (const QString &file : std::as_const(files))
        write(root, file);
    const PageFolder::Listing listing = PageFolder::list(dir.path());
    QCOMPARE(relativeTo(root, listing.pages), pages);
    QCOMPARE(relativeTo(root, listing.skipped), skipped);
    for (const QString &page : listing.pages)
        QVERIFY2(QFileInfo(page).isAbsolute(), qPrintable(page));
}

void tst_PageFolder::doesNotFollowALinkBackUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    write(root, u"inner/a.txt"_s);
    QVERIFY(QFile::link(dir.path(), root.filePath(u"inner/up"_s)));
    const PageFolder::Listing listing = PageFolder::list(dir.path());
    QCOMPARE(relativeTo(root, listing.pages), QStringList{u"inner/a.txt"_s});
}

void tst_PageFolder::expandsFoldersInPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    write(root, u"folder/b.txt"_s);
    write(root, u"folder/a.txt"_s);
    write(root, u"folder/notes.odt"_s);
    const QString single = root.filePath(u"single.txt"_s);
    const PageFolder::Listing listing = PageFolder::expand({single, root.filePath(u"folder"_s), u"missing.txt"_s});
    // A file given is kept as given, even one that is not there: opening it says why.
    QCOMPARE(listing.pages, (QStringList{single, root.filePath(u"folder/a.txt"_s), root.filePath(u"folder/b.txt"_s),
                                         u"missing.txt"_s}));
    QCOMPARE(relativeTo(root, listing.skipped), QStringList{u"folder/notes.odt"_s});
}

QTEST_GUILESS_MAIN(tst_PageFolder)
#include "tst_pagefolder.moc"
