#include "report/collationreport.h"
#include "collate/collator.h"
#include "collate/teiwriter.h"
#include "collate/varianttable.h"
#include "json/collationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Jiaokan::Core;
using namespace Qt::StringLiterals;

// The corpus's talks and press stories, collated across the pages that print them: the
// expected tables are those of tests/data/corpus/README.md.
class tst_Collator : public QObject
{
    Q_OBJECT
private slots:
    void collatesTheCorpusStories_data();
    void collatesTheCorpusStories();
    void choosesTheMostCompleteVersionAsBase();
    void agreementIsNoVariant();
    void teiRoundTripsEveryWitness_data();
    void teiRoundTripsEveryWitness();
    void exportsEscapeMarkup();
    void variantTableQuotesAndEscapes_data();
    void variantTableQuotesAndEscapes();
    void variantTableReadsBackIntact_data();
    void variantTableReadsBackIntact();
    void jsonListsReadingsAndLacunae();
    void aMovedParagraphIsAMoveInTheCollation();

private:
    static QStringList corpusPages();
};

namespace {

// A location as the corpus README writes it: each reading with its witnesses, then
// the witnesses that lack the passage.
QString rendered(const Collation &c, const Collation::Location &l)
{
    QStringList parts;
    for (const Collation::Reading &r : l.readings) {
        QStringList sigla;
        for (int w : r.witnesses)
            sigla.append(c.witnesses[w].siglum);
        parts.append((r.text.isEmpty() ? u"∅"_s : r.text) + u" — "_s + sigla.join(u", "_s));
    }
    if (!l.lacking.isEmpty()) {
        QStringList sigla;
        for (int w : l.lacking)
            sigla.append(c.witnesses[w].siglum);
        parts.append(u"lacking — "_s + sigla.join(u", "_s));
    }
    return parts.join(u" | "_s) + u" ("_s + differenceClassName(l.kind) + u')';
}

QStringList rendered(const Collation &c)
{
    QStringList out;
    for (const Collation::Location &l : c.locations)
        out.append(rendered(c, l));
    return out;
}

const Collation *story(const QList<Collation> &all, const QString &headline)
{
    for (const Collation &c : all)
        if (c.headline == headline)
            return &c;
    return nullptr;
}

} // namespace

QStringList tst_Collator::corpusPages()
{
    const QString dir = QFINDTESTDATA(u"data/corpus"_s);
    return {dir + u"/000_800ada7c4181dbc5.txt"_s, dir + u"/001_7bef9e0345aafa9a.txt"_s,
            dir + u"/002_8f3d60094bcd0134.txt"_s, dir + u"/004_61b16b637bcca7d8.txt"_s};
}

void tst_Collator::collatesTheCorpusStories_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<int>("basePage");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("talks, base 001") << u"习近平同俄罗斯总统普京会谈"_s << 1 << QStringList{
        u"据新华社电 — 001 | 新华社莫斯科5月8日电 — 002 | lacking — 000 (dateline)"_s,
        u"阔 — 001 | 淡 — 002 | lacking — 000 (text)"_s,
        u"膺担当 — 000, 001 | 身而出 — 002 (text)"_s,
        u"高 — 000, 001 | ∅ — 002 (text)"_s};
    QTest::newRow("talks, base 002") << u"习近平同俄罗斯总统普京会谈"_s << 2 << QStringList{
        u"新华社莫斯科5月8日电 — 002 | 据新华社电 — 001 | lacking — 000 (dateline)"_s,
        u"淡 — 002 | 阔 — 001 | lacking — 000 (text)"_s,
        u"身而出 — 002 | 膺担当 — 000, 001 (text)"_s,
        u"∅ — 002 | 高 — 000, 001 (text)"_s};
    QTest::newRow("press, base 001") << u"习近平同俄罗斯总统普京共同会见记者"_s << 1 << QStringList{
        u"据新华社电 — 001 | 新华社莫斯科5月8日电（记者 郝薇薇 黄河） — 000 | 新华社莫斯科5月8日电 — 002 (dateline)"_s,
        u"展 — 000, 001 | ∅ — 002 (text)"_s,
        u"膺担当 — 000, 001 | 身而出 — 002 (text)"_s,
        u"渡 — 000, 001 | 舟 — 002 (text)"_s};
}

void tst_Collator::collatesTheCorpusStories()
{
    QFETCH(QString, headline);
    QFETCH(int, basePage);
    QFETCH(QStringList, expected);
    const PassageFinder::Result result = PassageFinder::run(corpusPages(), CompareOptions{});
    const QList<Collation> all = Collator::collate(result, basePage);
    QCOMPARE(all.size(), 2);   // page 004's story of the same name is another event
    const Collation *c = story(all, headline);
    QVERIFY(c);
    QCOMPARE(c->witnesses[c->base].page, basePage);
    QCOMPARE(rendered(*c), expected);
}

void tst_Collator::choosesTheMostCompleteVersionAsBase()
{
    const PassageFinder::Result result = PassageFinder::run(corpusPages(), CompareOptions{});
    const QList<Collation> all = Collator::collate(result);
    const Collation *talks = story(all, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(talks);
    QCOMPARE(talks->witnesses.size(), 3);
    // 000 prints the story from its continuation on: never the base.
    QVERIFY(talks->witnesses[talks->base].page != 0);
    const auto &partial = talks->witnesses[0];
    QCOMPARE(partial.siglum, u"000"_s);
    QVERIFY(partial.extent.first().first > talks->baseStart);
}

void tst_Collator::agreementIsNoVariant()
{
    // 000 and 001 print the talks identically from the continuation on: collated alone
    // they have no variant location.
    const PassageFinder::Result result = PassageFinder::run(corpusPages().mid(0, 2), CompareOptions{});
    // The list kept while its element is used (found by AddressSanitizer).
    const QList<Collation> collations = Collator::collate(result);
    const Collation *talks = story(collations, u"习近平同俄罗斯总统普京会谈"_s);
    QVERIFY(talks);
    QCOMPARE(talks->witnesses.size(), 2);
    QVERIFY(talks->locations.isEmpty());
}

namespace {

// Each witness's text as the TEI gives it: the text of <ab> outside <app>, and in each
// <app> the reading that names the witness; layout (white space) left out.
QHash<QString, QString> witnessTexts(const QByteArray &tei, int story)
{
    QXmlStreamReader xml(tei);
    QHash<QString, QString> texts;
    QStringList witnesses;
    int depthInApp = 0;
    QString readingFor;   // the witnesses of the reading being read
    bool inStory = false, inAb = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"div" && xml.attributes().value(u"n"_s) == QString::number(story)) {
                inStory = true;
                witnesses = xml.attributes().value(u"corresp"_s).toString().split(u' ');
                for (const QString &w : witnesses)
                    texts[w];
            } else if (inStory && name == u"ab") {
                inAb = true;
            } else if (inAb && name == u"app") {
                ++depthInApp;
            } else if (depthInApp > 0 && (name == u"lem" || name == u"rdg")) {
                readingFor = xml.attributes().value(u"wit"_s).toString();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"div")
                inStory = false;
            else if (xml.name() == u"ab")
                inAb = false;
            else if (inAb && xml.name() == u"app")
                --depthInApp;
            else if (xml.name() == u"lem" || xml.name() == u"rdg")
                readingFor.clear();
        } else if (xml.isCharacters() && inAb) {
            const QStringList to = depthInApp == 0 ? witnesses : readingFor.split(u' ', Qt::SkipEmptyParts);
            for (const QString &w : to)
                texts[w] += xml.text();
        }
    }
    if (xml.hasError())
        qWarning() << xml.errorString();
    for (QString &t : texts)
        t.remove(QRegularExpression(u"\\s"_s));
    return texts;
}

} // namespace

void tst_Collator::teiRoundTripsEveryWitness_data()
{
    QTest::addColumn<int>("story");
    QTest::addColumn<int>("page");
    for (int story : {1, 2})
        for (int page : {0, 1, 2})
            QTest::addRow("story %d, page %03d", story, page) << story << page;
}

void tst_Collator::teiRoundTripsEveryWitness()
{
    QFETCH(int, story);
    QFETCH(int, page);
    const PassageFinder::Result result = PassageFinder::run(corpusPages(), CompareOptions{});
    const QList<Collation> all = Collator::collate(result);
    const QByteArray tei = TeiWriter::write(result, all);
    const Collation &c = all.at(story - 1);
    const auto witness = std::find_if(c.witnesses.cbegin(), c.witnesses.cend(),
                                      [&](const Collation::Witness &w) { return w.page == page; });
    QVERIFY(witness != c.witnesses.cend());
    // What the page itself prints of the story: its side of each passage it shares with
    // the base (all of the story, for the base itself).
    const Collation::Witness &base = c.witnesses[c.base];
    const AnalyzedPage &own = *result.pages[size_t(page)];
    QString expected;
    if (page == base.page) {
        expected = own.diffKey.originalText(own.page, c.baseStart, c.baseEnd);
    } else {
        for (const PassageComparison &p : result.passages)
            for (Side s : {SideA, SideB}) {
                const Side other = s == SideA ? SideB : SideA;
                if (p.page[s] == page && p.page[other] == base.page && witness->lines.first <= p.lines[s].first
                    && p.lines[s].last <= witness->lines.last)
                    expected += own.diffKey.originalText(own.page, p.keyStart[s], p.keyEnd[s]);
            }
    }
    expected.remove(QRegularExpression(u"\\s"_s));
    QVERIFY(!expected.isEmpty());
    const QHash<QString, QString> texts = witnessTexts(tei, story);
    QCOMPARE(texts.value(u"#w%1"_s.arg(page + 1)), expected);
}

void tst_Collator::exportsEscapeMarkup()
{
    // A page whose text holds markup, collated with a copy that changes a word.
    QTemporaryDir dir;
    const QString text = u"测试标题\n新华社北京5月8日电 这一段里有<script>alert(1)</script>和</rdg>"
                         "还有&amp;与\"引号\"，都应当原样保留下来，不能被当作标记。后面再写一些文字，"
                         "让这一段足够长，可以匹配得上，也可以看出哪里不同。天高云阔，风和日丽。\n"_s;
    QString changed = text;
    changed.replace(u"天高云阔"_s, u"天高云淡"_s);
    for (const auto &[name, body] : {std::pair{u"a.txt"_s, text}, std::pair{u"b.txt"_s, changed}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body.toUtf8());
    }
    const PassageFinder::Result result = PassageFinder::run({dir.filePath(u"a.txt"_s), dir.filePath(u"b.txt"_s)},
                                                            CompareOptions{});
    const QList<Collation> all = Collator::collate(result, 0);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().locations.size(), 1);
    const QByteArray tei = TeiWriter::write(result, all);
    QXmlStreamReader xml(tei);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!tei.contains("<script>"));
    QString a = witnessTexts(tei, 1).value(u"#w1"_s);
    QString b = witnessTexts(tei, 1).value(u"#w2"_s);
    QVERIFY2(a.contains(u"<script>alert(1)</script>和</rdg>还有&amp;与\"引号\""_s), qPrintable(a));
    QVERIFY(a.contains(u"天高云阔"_s));
    QVERIFY(b.contains(u"天高云淡"_s));

    const QString html = CollationReport::buildAll(all, result.pages, ReportOptions{});
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"</rdg>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;和&lt;/rdg&gt;还有&amp;amp;与&quot;引号&quot;"_s));
    QVERIFY(html.contains(u"<span class=\"changed\">阔</span><sup>1</sup>"_s));
    QVERIFY(html.contains(u"阔 — a<br/>淡 — b"_s));
}

void tst_Collator::variantTableQuotesAndEscapes_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv") << int(VariantTable::Format::Csv)
                         << u"\"s\"\"1\"\"\",1,text,a,3,\"x,\r\ny\",\"\"\"q\"\"\",a\tb,,(lacking)\r\n"_s;
    QTest::newRow("tsv") << int(VariantTable::Format::Tsv)
                         << u"s\"1\"\t1\ttext\ta\t3\tx,\\r\\ny\t\"q\"\ta\\tb\t\t(lacking)\n"_s;
}

void tst_Collator::variantTableQuotesAndEscapes()
{
    QFETCH(int, format);
    QFETCH(QString, expected);
    Collation c;
    c.headline = u"s\"1\""_s;
    c.witnesses = {Collation::Witness{0, 0, u"a"_s, {}, {{0, 10}}}, Collation::Witness{1, 0, u"b"_s, {}, {{0, 10}}}};
    c.baseEnd = 10;
    Collation::Location l;
    l.baseLines = LineRange{SourceLine{3}, SourceLine{3}};
    l.before = u"x,\r\ny"_s;
    l.after = u"\"q\""_s;
    l.readings = {Collation::Reading{u"a\tb"_s, {0}}, Collation::Reading{QString(), {1}}};
    c.locations = {l};
    const QString table = QString::fromUtf8(
        VariantTable::write({u"a_1.txt"_s, u"b_1.txt"_s, u"c_1.txt"_s}, {c}, VariantTable::Format(format)));
    const QString header = format == int(VariantTable::Format::Csv)
        ? u"story,location,class,base,base_lines,before,after,a,b,c\r\n"_s
        : u"story\tlocation\tclass\tbase\tbase_lines\tbefore\tafter\ta\tb\tc\n"_s;
    QCOMPARE(table, header + expected);
}

namespace {

// The fields of an RFC 4180 CSV text, or of a TSV text with \t \n \r \\ escaped: what a
// spreadsheet or a script reading the table back sees.
QList<QStringList> readTable(const QString &text, VariantTable::Format format)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    if (format == VariantTable::Format::Tsv) {
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            QStringList fields;
            for (const QString &raw : line.split(u'\t')) {
                QString out;
                for (qsizetype i = 0; i < raw.size(); ++i) {
                    if (raw[i] == u'\\' && i + 1 < raw.size()) {
                        const QChar c = raw[++i];
                        out += c == u't' ? QChar(u'\t') : c == u'n' ? QChar(u'\n') : c == u'r' ? QChar(u'\r') : c;
                    } else {
                        out += raw[i];
                    }
                }
                fields.append(out);
            }
            rows.append(fields);
        }
        return rows;
    }
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void tst_Collator::variantTableReadsBackIntact_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(VariantTable::Format::Csv);
    QTest::newRow("tsv") << int(VariantTable::Format::Tsv);
}

void tst_Collator::variantTableReadsBackIntact()
{
    QFETCH(int, format);
    // Readings and context holding everything a table format must escape.
    const QString hostile = u"</rdg><script>alert(\"x\")</script>, \"q\"\tand\nlines\r\\end"_s;
    Collation c;
    c.headline = hostile;
    c.witnesses = {Collation::Witness{0, 0, u"a"_s, {}, {{0, 10}}}, Collation::Witness{1, 0, u"b"_s, {}, {{0, 10}}}};
    c.baseEnd = 10;
    Collation::Location l;
    l.before = hostile;
    l.after = u"，"_s + hostile;
    l.readings = {Collation::Reading{hostile, {0}}, Collation::Reading{u"天高云淡"_s, {1}}};
    c.locations = {l};
    const QString table = QString::fromUtf8(
        VariantTable::write({u"a_1.txt"_s, u"b_1.txt"_s}, {c}, VariantTable::Format(format)));
    const QList<QStringList> rows = readTable(table, VariantTable::Format(format));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].size(), rows[0].size());
    QCOMPARE(rows[1][0], hostile);   // story
    QCOMPARE(rows[1][5], hostile);   // before
    QCOMPARE(rows[1][6], u"，"_s + hostile);
    QCOMPARE(rows[1][7], hostile);   // a's reading
    QCOMPARE(rows[1][8], u"天高云淡"_s);
}

void tst_Collator::jsonListsReadingsAndLacunae()
{
    const PassageFinder::Result result = PassageFinder::run(corpusPages(), CompareOptions{});
    const QList<Collation> all = Collator::collate(result, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(collationsToJson(result.paths, all), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    QCOMPARE(doc[u"witnesses"_s].toArray().size(), 4);
    const QJsonObject talks = doc[u"collations"_s][0].toObject();
    QCOMPARE(talks[u"headline"_s].toString(), u"习近平同俄罗斯总统普京会谈"_s);
    QCOMPARE(talks[u"base"_s].toString(), u"w2"_s);
    QCOMPARE(talks[u"witnesses"_s][0][u"partial"_s].toBool(), true);
    QCOMPARE(talks[u"witnesses"_s][1][u"partial"_s].toBool(), false);
    const QJsonObject sky = talks[u"locations"_s][1].toObject();
    QCOMPARE(sky[u"class"_s].toString(), u"text"_s);
    QCOMPARE(sky[u"readings"_s][0][u"text"_s].toString(), u"阔"_s);
    QCOMPARE(sky[u"readings"_s][1][u"witnesses"_s].toArray(), QJsonArray{u"w3"_s});
    QCOMPARE(sky[u"lacking"_s].toArray(), QJsonArray{u"w1"_s});
    QCOMPARE(sky[u"base_lines"_s].toArray(), (QJsonArray{12, 12}));
}

// Three printings of one story; the third prints its second paragraph at the end. Its
// reading is an omission at one location and an addition at another, each naming the
// other; the other printings move nothing.
void tst_Collator::aMovedParagraphIsAMoveInTheCollation()
{
    const QString title = u"习近平同俄罗斯总统普京会谈\n"_s;
    const QStringList paragraphs{
        u"新华社莫斯科5月8日电　当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。"_s,
        u"习近平指出，近年来，在双方共同努力下，中俄关系保持稳定、健康、高水平发展态势，长期睦邻友好的基础更加牢固。"_s,
        u"普京表示，热烈欢迎习近平主席对俄罗斯进行国事访问并出席伟大卫国战争胜利80周年纪念活动，这次访问意义重大。"_s,
        u"双方签署了关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明，以及多项合作文件。"_s};
    auto page = [&](const QList<int> &order) {
        QString t = title;
        for (int i : order)
            t += u"　　"_s + paragraphs[i] + u'\n';
        return t;
    };
    QTemporaryDir dir;
    QStringList paths;
    for (const QString &text : {page({0, 1, 2, 3}), page({0, 1, 2, 3}), page({0, 2, 3, 1})}) {
        QFile f(dir.filePath(u"%1.txt"_s.arg(paths.size())));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        paths.append(f.fileName());
    }
    const PassageFinder::Result result = PassageFinder::run(paths, CompareOptions{});
    const QList<Collation> all = Collator::collate(result, 0);
    QCOMPARE(all.size(), 1);
    const Collation &c = all.first();
    QCOMPARE(c.locations.size(), 2);
    const int mover = int(std::find_if(c.witnesses.cbegin(), c.witnesses.cend(),
                                       [](const Collation::Witness &w) { return w.page == 2; })
                          - c.witnesses.cbegin());
    QCOMPARE(c.locations[0].moved, (QList<Collation::Location::Move>{{mover, 1}}));
    QCOMPARE(c.locations[1].moved, (QList<Collation::Location::Move>{{mover, 0}}));
    QVERIFY(c.readingOf(c.locations[0], mover)->text.isEmpty());
    QCOMPARE(c.readingOf(c.locations[1], mover)->text.trimmed(), paragraphs[1]);
    const QJsonDocument doc = QJsonDocument::fromJson(collationsToJson(result.paths, all));
    const QJsonArray moved = doc[u"collations"_s][0][u"locations"_s][0][u"moved"_s].toArray();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved[0][u"location"_s].toInt(), 1);
    // In TEI, the mover's reading at each location points at the other's <app>.
    QXmlStreamReader tei(TeiWriter::write(result, all));
    QStringList apps;
    QList<std::pair<QString, QString>> transpositions;   // (in app, corresp)
    const QString moverId = u'#' + Collation::witnessId(c.witnesses[mover].page);
    while (!tei.atEnd()) {
        if (tei.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (tei.name() == u"app"_s)
            apps.append(tei.attributes().value(u"http://www.w3.org/XML/1998/namespace"_s, u"id"_s).toString());
        if (tei.attributes().value(u"type"_s) == u"transposition"_s) {
            QCOMPARE(tei.attributes().value(u"wit"_s).toString(), moverId);
            transpositions.append({apps.last(), tei.attributes().value(u"corresp"_s).toString()});
        }
    }
    QVERIFY2(!tei.hasError(), qPrintable(tei.errorString()));
    QCOMPARE(apps, (QStringList{u"s1-app1"_s, u"s1-app2"_s}));
    QCOMPARE(transpositions, (QList<std::pair<QString, QString>>{{u"s1-app1"_s, u"#s1-app2"_s}, {u"s1-app2"_s, u"#s1-app1"_s}}));
}

QTEST_GUILESS_MAIN(tst_Collator)
#include "tst_collator.moc"
