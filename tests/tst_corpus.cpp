// The hand-labelled corpus pages (tests/data/corpus, from shared/corpus) as a fixture:
// block starts and kinds, lost text, and story ranges, page by page.
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTest>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

namespace {

QString corpusDir()
{
    return QFINDTESTDATA(u"data/corpus"_s);
}

QList<QStringList> tsvRows(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.trimmed().isEmpty() || l.startsWith(u'#'))
            continue;
        rows.append(l.split(u'\t'));
    }
    return rows;
}

QString pagePath(const QString &id)
{
    const QStringList found = QDir(corpusDir()).entryList({id + u"_*.txt"_s});
    return found.isEmpty() ? QString() : QDir(corpusDir()).filePath(found.first());
}

QString kindLetter(BlockKind k)
{
    switch (k) {
    case BlockKind::Paragraph: return u"P"_s;
    case BlockKind::Heading: return u"H"_s;
    case BlockKind::Credit: return u"R"_s;
    case BlockKind::Caption: return u"C"_s;
    case BlockKind::Furniture: return u"F"_s;
    }
    return {};
}

QMap<QChar, int> nonSpaceChars(const QStringList &texts)
{
    QMap<QChar, int> counts;
    for (const QString &t : texts)
        for (QChar c : t)
            if (!c.isSpace())
                ++counts[c];
    return counts;
}

} // namespace

class tst_Corpus : public QObject
{
    Q_OBJECT
private slots:
    void matchesBlockLabels_data();
    void matchesBlockLabels();
    void losesNoCharacter_data() { matchesBlockLabels_data(); }
    void losesNoCharacter();
    void findsLabelledStories_data() { matchesBlockLabels_data(); }
    void findsLabelledStories();
};

void tst_Corpus::matchesBlockLabels_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : {u"000"_s, u"001"_s, u"002"_s, u"004"_s})
        QTest::newRow(qPrintable(id)) << id;
}

// Every labelled block start is found with its kind (a caption or credit may be
// either, the scorer counts both as body); no line is furniture that is not.
void tst_Corpus::matchesBlockLabels()
{
    QFETCH(QString, id);
    const QString path = pagePath(id);
    QString error;
    auto source = PageLoader::load(path, &error);
    QVERIFY2(source, qPrintable(error));
    const ReflowedPage page = ReflowedPage::analyze(*source);

    QHash<int, QString> kindOfLine, startKind;
    for (const Block &b : page.blocks) {
        if (!startKind.contains(b.firstLine.value) || b.kind != BlockKind::Furniture)
            startKind[b.firstLine.value] = kindLetter(b.kind);
        for (int l = b.firstLine.value; l <= b.lastLine.value; ++l)
            kindOfLine[l] = kindLetter(b.kind);
    }
    QStringList expected, got;
    const auto labels = tsvRows(path.chopped(4) + u".blocks.tsv"_s);
    QHash<int, QString> labelAt;
    for (const QStringList &r : labels)
        labelAt[r.at(0).toInt()] = r.at(1);
    QString current;
    for (int l = 1; l <= page.source.lineCount(); ++l) {
        if (page.source.lines.at(l - 1).trimmed().isEmpty())
            continue;
        const bool labelledStart = labelAt.contains(l);
        if (labelledStart)
            current = labelAt[l];
        // Starts matter for body blocks; for the others, the kind of every line.
        if (current == u"P" || current == u"R") {
            if (labelledStart)
                expected.append(u"%1 %2"_s.arg(l).arg(current));
            if (startKind.contains(l) && (startKind[l] == u"P" || startKind[l] == u"R"))
                got.append(u"%1 %2"_s.arg(l).arg(startKind[l]));
        } else {
            expected.append(u"%1 %2"_s.arg(l).arg(current));
            got.append(u"%1 %2"_s.arg(l).arg(kindOfLine.value(l)));
        }
        if (startKind.contains(l) && (startKind[l] == u"P" || startKind[l] == u"R") && current != u"P"
            && current != u"R")
            got.append(u"%1 unexpected start"_s.arg(l));
    }
    QCOMPARE(got, expected);
}

void tst_Corpus::losesNoCharacter()
{
    QFETCH(QString, id);
    QString error;
    auto source = PageLoader::load(pagePath(id), &error);
    QVERIFY2(source, qPrintable(error));
    const ReflowedPage page = ReflowedPage::analyze(*source);
    QStringList texts;
    for (const Block &b : page.blocks)
        texts.append(b.text);
    QCOMPARE(nonSpaceChars(texts), nonSpaceChars(page.source.lines));
}

void tst_Corpus::findsLabelledStories()
{
    QFETCH(QString, id);
    constexpr int Slack = 3;   // lines either end
    QString error;
    auto source = PageLoader::load(pagePath(id), &error);
    QVERIFY2(source, qPrintable(error));
    const ReflowedPage page = ReflowedPage::analyze(*source);
    for (const QStringList &row : tsvRows(corpusDir() + u"/stories.tsv"_s)) {
        if (row.at(0) != id)
            continue;
        const int first = row.at(1).toInt(), last = row.at(2).toInt();
        bool found = false;
        for (const Story &s : page.stories)
            found |= std::abs(s.firstLine.value - first) <= Slack && std::abs(s.lastLine.value - last) <= Slack;
        QVERIFY2(found, qPrintable(u"story %1 (%2–%3) not found"_s.arg(row.at(3)).arg(first).arg(last)));
    }
}

QTEST_GUILESS_MAIN(tst_Corpus)
#include "tst_corpus.moc"
