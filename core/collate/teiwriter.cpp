#include "collate/teiwriter.h"

#include <QDate>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <set>

namespace Jiaokan::Core {

namespace {

const QString TeiNamespace = QStringLiteral("http://www.tei-c.org/ns/1.0");

// XML 1.0 has no way to write most control characters, not even escaped.
QString xmlSafe(QString text)
{
    for (QChar &ch : text)
        if (ch.unicode() < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r')
            ch = QChar(0xFFFD);
    return text;
}

QString witnessList(const Collation &c, const QList<int> &witnesses)
{
    QStringList ids;
    for (int w : witnesses)
        ids.append(u'#' + Collation::witnessId(c.witnesses[w].page));
    return ids.join(u' ');
}

// The story's base text from start to end, and an <app> where some witnesses lack it.
void writeSegment(QXmlStreamWriter &xml, const Collation &c, const AnalyzedPage &base, qsizetype start, qsizetype end)
{
    if (start >= end)
        return;
    if (c.startsBlock(base.diffKey, start))
        xml.writeCharacters(QStringLiteral("\n"));
    const QString text = base.diffKey.originalText(base.page, start, end);
    QList<int> printing, lacking;
    for (int w = 0; w < c.witnesses.size(); ++w)
        (c.witnesses[w].prints(start, end) ? printing : lacking).append(w);
    if (lacking.isEmpty()) {
        xml.writeCharacters(xmlSafe(text));
        return;
    }
    xml.writeStartElement(QStringLiteral("app"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("lacuna"));
    xml.writeStartElement(printing.contains(c.base) ? QStringLiteral("lem") : QStringLiteral("rdg"));
    xml.writeAttribute(QStringLiteral("wit"), witnessList(c, printing));
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("rdg"));
    xml.writeAttribute(QStringLiteral("wit"), witnessList(c, lacking));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("lacking"));
    xml.writeEndElement();
}

// A location's id, for a move's other half to point at: s1-app3.
QString appId(int story, qsizetype number)
{
    return QStringLiteral("s%1-app%2").arg(story).arg(number + 1);
}

void writeLocation(QXmlStreamWriter &xml, const Collation &c, int story, qsizetype number)
{
    const Collation::Location &l = c.locations[number];
    xml.writeStartElement(QStringLiteral("app"));
    xml.writeAttribute(QStringLiteral("xml:id"), appId(story, number));
    xml.writeAttribute(QStringLiteral("type"), differenceClassName(l.kind));
    xml.writeAttribute(QStringLiteral("n"), QString::number(number + 1));
    const auto write = [&](const QString &element, const QString &text, const QList<int> &witnesses, int movedTo) {
        if (text.isEmpty())
            xml.writeEmptyElement(element);
        else
            xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("wit"), witnessList(c, witnesses));
        // Half of a move: these witnesses print (or leave out) here what they leave out
        // (or print) at the other location.
        if (movedTo >= 0) {
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("transposition"));
            xml.writeAttribute(QStringLiteral("corresp"), u'#' + appId(story, movedTo));
        }
        if (!text.isEmpty()) {
            xml.writeCharacters(xmlSafe(text));
            xml.writeEndElement();
        }
    };
    for (qsizetype i = 0; i < l.readings.size(); ++i) {
        const Collation::Reading &r = l.readings[i];
        const QString element = i == 0 ? QStringLiteral("lem") : QStringLiteral("rdg");
        // A reading's witnesses by where, if anywhere, they moved it: one element each.
        std::map<int, QList<int>> byMove;
        for (int w : r.witnesses)
            byMove[l.movedTo(w)].append(w);
        for (const auto &[movedTo, witnesses] : byMove)
            write(movedTo >= 0 && element == QStringLiteral("lem") && byMove.size() > 1 ? QStringLiteral("rdg") : element,
                  r.text, witnesses, movedTo);
    }
    if (!l.lacking.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("rdg"));
        xml.writeAttribute(QStringLiteral("wit"), witnessList(c, l.lacking));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("lacking"));
    }
    xml.writeEndElement();
}

void writeStory(QXmlStreamWriter &xml, const PassageFinder::Result &result, const Collation &c, int number)
{
    const auto &basePage = result.pages[size_t(c.witnesses[c.base].page)];
    xml.writeStartElement(QStringLiteral("div"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("story"));
    xml.writeAttribute(QStringLiteral("n"), QString::number(number));
    QList<int> all;
    for (int w = 0; w < c.witnesses.size(); ++w)
        all.append(w);
    xml.writeAttribute(QStringLiteral("corresp"), witnessList(c, all));
    xml.writeTextElement(QStringLiteral("head"), xmlSafe(c.headline));
    xml.writeStartElement(QStringLiteral("ab"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("base"));
    xml.writeAttribute(QStringLiteral("source"), u'#' + Collation::witnessId(c.witnesses[c.base].page));
    // Cut the base where a location starts or ends and where a witness starts or stops.
    std::set<qsizetype> cuts{c.baseStart, c.baseEnd};
    for (const Collation::Witness &w : c.witnesses)
        for (const auto &[start, end] : w.extent) {
            cuts.insert(std::clamp(start, c.baseStart, c.baseEnd));
            cuts.insert(std::clamp(end, c.baseStart, c.baseEnd));
        }
    qsizetype at = c.baseStart;
    auto writeUpTo = [&](qsizetype to) {
        for (auto it = cuts.upper_bound(at); at < to; ++it) {
            const qsizetype next = it == cuts.end() ? to : std::min(*it, to);
            writeSegment(xml, c, *basePage, at, next);
            at = next;
        }
    };
    for (qsizetype i = 0; i < c.locations.size(); ++i) {
        writeUpTo(c.locations[i].baseStart);
        if (c.startsBlock(basePage->diffKey, c.locations[i].baseStart))
            xml.writeCharacters(QStringLiteral("\n"));
        writeLocation(xml, c, number, i);
        at = c.locations[i].baseEnd;
    }
    writeUpTo(c.baseEnd);
    xml.writeEndElement();   // ab
    xml.writeEndElement();   // div
}

} // namespace

QByteArray TeiWriter::write(const PassageFinder::Result &result, const QList<Collation> &collations)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(TeiNamespace);
    xml.writeStartElement(QStringLiteral("TEI"));
    xml.writeStartElement(QStringLiteral("teiHeader"));
    xml.writeStartElement(QStringLiteral("fileDesc"));
    xml.writeStartElement(QStringLiteral("titleStmt"));
    QStringList headlines;
    for (const Collation &c : collations)
        headlines.append(c.headline);
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(QStringLiteral("Collation: %1").arg(headlines.join(QStringLiteral("; ")))));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("publicationStmt"));
    xml.writeTextElement(QStringLiteral("p"), QStringLiteral("Collated by Jiaokan on %1.")
                                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sourceDesc"));
    xml.writeStartElement(QStringLiteral("listWit"));
    for (int i = 0; i < result.paths.size(); ++i) {
        xml.writeStartElement(QStringLiteral("witness"));
        xml.writeAttribute(QStringLiteral("xml:id"), Collation::witnessId(i));
        xml.writeCharacters(xmlSafe(result.paths[i]));
        xml.writeEndElement();
    }
    xml.writeEndElement();   // listWit
    xml.writeEndElement();   // sourceDesc
    xml.writeEndElement();   // fileDesc
    xml.writeStartElement(QStringLiteral("encodingDesc"));
    xml.writeEmptyElement(QStringLiteral("variantEncoding"));
    xml.writeAttribute(QStringLiteral("method"), QStringLiteral("parallel-segmentation"));
    xml.writeAttribute(QStringLiteral("location"), QStringLiteral("internal"));
    xml.writeEndElement();   // encodingDesc
    xml.writeEndElement();   // teiHeader
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeStartElement(QStringLiteral("body"));
    for (int i = 0; i < collations.size(); ++i)
        if (collations[i].baseEnd > collations[i].baseStart)
            writeStory(xml, result, collations[i], i + 1);
    xml.writeEndElement();   // body
    xml.writeEndElement();   // text
    xml.writeEndElement();   // TEI
    xml.writeEndDocument();
    return out;
}

} // namespace Jiaokan::Core
