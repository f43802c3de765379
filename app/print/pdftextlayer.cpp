#include "pdftextlayer.h"

#include <QCoreApplication>
#include <QFont>
#include <QGlyphRun>
#include <QMap>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtEndian>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>

namespace Jiaokan::App {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::App::PdfTextLayer)
};

// Qt names an embedded font by its PostScript name, spaces as underscores, sometimes
// behind a subset tag ("ABCDEF+").
QString comparableName(QString name)
{
    const qsizetype plus = name.indexOf(u'+');
    if (plus == 6)
        name = name.mid(plus + 1);
    return name.remove(u' ').remove(u'_');
}

// The PostScript name (name ID 6) from a font's name table.
QString postScriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    if (table.size() < 6)
        return {};
    const auto *data = reinterpret_cast<const uchar *>(table.constData());
    const int count = qFromBigEndian<quint16>(data + 2);
    const int strings = qFromBigEndian<quint16>(data + 4);
    QString fallback;
    for (int i = 0; i < count && 6 + (i + 1) * 12 <= table.size(); ++i) {
        const uchar *record = data + 6 + i * 12;
        const int platform = qFromBigEndian<quint16>(record);
        const int nameId = qFromBigEndian<quint16>(record + 6);
        const int length = qFromBigEndian<quint16>(record + 8);
        const int offset = strings + qFromBigEndian<quint16>(record + 10);
        if (nameId != 6 || offset + length > table.size())
            continue;
        if (platform == 3 || platform == 0) {
            QString name;
            for (int j = 0; j + 1 < length; j += 2)
                name.append(QChar(qFromBigEndian<quint16>(data + offset + j)));
            return name;
        }
        fallback = QString::fromLatin1(table.constData() + offset, length);
    }
    return fallback;
}

// A ToUnicode CMap as Qt writes it (bfrange with a start or an array) or as others do
// (bfchar): character ID to the UTF-16 text it stands for.
QMap<quint32, QString> parseToUnicode(const QByteArray &cmap)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < cmap.size();) {
        const char c = cmap.at(i);
        if (c == '<' || c == '[' || c == ']') {
            if (c == '<') {
                const qsizetype end = cmap.indexOf('>', i);
                if (end < 0)
                    break;
                tokens.append(cmap.mid(i, end - i + 1));
                i = end + 1;
            } else {
                tokens.append(QByteArray(1, c));
                ++i;
            }
        } else if (QChar::isSpace(uchar(c))) {
            ++i;
        } else {
            qsizetype end = i;
            while (end < cmap.size() && !QChar::isSpace(uchar(cmap.at(end))) && cmap.at(end) != '<'
                   && cmap.at(end) != '[')
                ++end;
            tokens.append(cmap.mid(i, end - i));
            i = end;
        }
    }
    const auto hexNumber = [](const QByteArray &token) { return token.mid(1, token.size() - 2).toUInt(nullptr, 16); };
    const auto hexText = [](const QByteArray &token) {
        const QByteArray hex = token.mid(1, token.size() - 2);
        QString text;
        for (qsizetype j = 0; j + 4 <= hex.size(); j += 4)
            text.append(QChar(char16_t(hex.mid(j, 4).toUInt(nullptr, 16))));
        return text;
    };
    const auto isHex = [](const QByteArray &token) { return token.startsWith('<') && token.endsWith('>'); };

    QMap<quint32, QString> map;
    enum class Section { None, Range, Char } section = Section::None;
    for (qsizetype i = 0; i < tokens.size();) {
        const QByteArray &token = tokens.at(i);
        if (token == "beginbfrange" || token == "beginbfchar" || token == "endbfrange" || token == "endbfchar") {
            section = token == "beginbfrange" ? Section::Range : token == "beginbfchar" ? Section::Char : Section::None;
            ++i;
        } else if (section == Section::Char && i + 1 < tokens.size() && isHex(token) && isHex(tokens.at(i + 1))) {
            map.insert(hexNumber(token), hexText(tokens.at(i + 1)));
            i += 2;
        } else if (section == Section::Range && i + 2 < tokens.size() && isHex(token) && isHex(tokens.at(i + 1))) {
            const quint32 first = hexNumber(token), last = hexNumber(tokens.at(i + 1));
            if (isHex(tokens.at(i + 2))) {
                QString text = hexText(tokens.at(i + 2));
                for (quint32 id = first; id <= last && id - first < 0x10000 && !text.isEmpty(); ++id) {
                    map.insert(id, text);
                    text.back() = QChar(char16_t(text.back().unicode() + 1));
                }
                i += 3;
            } else if (tokens.at(i + 2) == "[") {
                i += 3;
                for (quint32 id = first; i < tokens.size() && tokens.at(i) != "]"; ++i, ++id) {
                    if (id <= last)
                        map.insert(id, hexText(tokens.at(i)));
                }
                ++i;
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
    return map;
}

// The number of glyphs of an embedded TrueType font program (its maxp table), 0 when
// it has none: with Qt's identity CID-to-glyph map, the number of character IDs.
int glyphCount(const QByteArray &font)
{
    if (font.size() < 12)
        return 0;
    const auto *data = reinterpret_cast<const uchar *>(font.constData());
    const int tables = qFromBigEndian<quint16>(data + 4);
    for (int i = 0; i < tables && 12 + (i + 1) * 16 <= font.size(); ++i) {
        const uchar *record = data + 12 + i * 16;
        const quint32 offset = qFromBigEndian<quint32>(record + 8);
        if (QByteArray::fromRawData(reinterpret_cast<const char *>(record), 4) == "maxp" && offset + 6 <= quint32(font.size()))
            return qFromBigEndian<quint16>(data + offset + 4);
    }
    return 0;
}

QByteArray streamBytes(QPDFObjectHandle stream)
{
    const std::shared_ptr<Buffer> data = stream.getStreamData();
    return QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
}

QByteArray writeToUnicode(const QMap<quint32, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    const auto hex4 = [](uint value) { return QByteArray::number(value, 16).rightJustified(4, '0').toUpper(); };
    auto entry = map.cbegin();
    while (entry != map.cend()) {
        QByteArray block;
        int entries = 0;
        // A CMap section holds at most 100 entries.
        for (; entry != map.cend() && entries < 100; ++entry, ++entries) {
            block += '<' + hex4(entry.key()) + "> <";
            for (const QChar unit : entry.value())
                block += hex4(unit.unicode());
            block += ">\n";
        }
        out += QByteArray::number(entries) + " beginbfchar\n" + block + "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}
} // namespace

void PdfTextLayer::addFont(const QRawFont &font)
{
    if (!font.isValid())
        return;
    const QString name = comparableName(postScriptName(font));
    if (!name.isEmpty() && !m_fontsByPostScriptName.contains(name))
        m_fontsByPostScriptName.insert(name, font);
}

void PdfTextLayer::addText(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun &run : layout.glyphRuns())
        addFont(run.rawFont());
    m_text += text;
}

void PdfTextLayer::addDocument(const QTextDocument &document)
{
    // A document's block layouts keep no glyphs once laid out: each format's font lays
    // out the characters drawn in it once more, which finds the same fallback fonts.
    QHash<QString, std::pair<QFont, QSet<char32_t>>> charactersByFont;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            const QFont font = piece.charFormat().font().resolve(document.defaultFont());
            auto &entry = charactersByFont[font.key()];
            entry.first = font;
            for (const char32_t c : piece.text().toUcs4())
                entry.second.insert(c);
        }
        m_text += block.text();
    }
    for (const auto &[font, characters] : std::as_const(charactersByFont)) {
        const QList<char32_t> list(characters.cbegin(), characters.cend());
        QTextLayout layout(QString::fromUcs4(list.constData(), list.size()), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns())
            addFont(run.rawFont());
    }
}

bool PdfTextLayer::repair(QByteArray *pdf, QString *error) const
{
    // How often each character was drawn: when one glyph draws several of them, the
    // glyph is named after the one drawn most.
    QHash<char32_t, int> drawn;
    QHash<char32_t, qsizetype> firstDrawn;
    const QList<uint> characters = m_text.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (drawn[characters[i]]++ == 0)
            firstDrawn.insert(characters[i], i);
    }

    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report", pdf->constData(), size_t(pdf->size()));
        for (QPDFObjectHandle object : document.getAllObjects()) {
            if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font")
                || !object.getKey("/BaseFont").isName() || !object.getKey("/ToUnicode").isStream())
                continue;
            const QRawFont font = m_fontsByPostScriptName.value(
                comparableName(QString::fromStdString(object.getKey("/BaseFont").getName()).mid(1)));
            if (!font.isValid())
                continue;
            QHash<quint32, std::pair<QString, int>> drawnByGlyph;
            // Characters beyond the Basic Multilingual Plane (𠮷) that this font draws,
            // in the order they were first drawn: Qt's map leaves their glyphs out.
            QList<char32_t> beyondPlane;
            for (auto c = drawn.cbegin(); c != drawn.cend(); ++c) {
                const QString text = QString::fromUcs4(&c.key(), 1);
                const QList<quint32> glyphs = font.glyphIndexesForString(text);
                if (glyphs.size() != 1 || glyphs.first() == 0)
                    continue;
                auto &best = drawnByGlyph[glyphs.first()];
                if (c.value() > best.second)
                    best = {text, c.value()};
                if (c.key() > 0xFFFF)
                    beyondPlane.append(c.key());
            }
            QPDFObjectHandle stream = object.getKey("/ToUnicode");
            QMap<quint32, QString> map = parseToUnicode(streamBytes(stream));
            bool changed = false;
            for (auto entry = map.begin(); entry != map.end(); ++entry) {
                const QList<quint32> glyphs = font.glyphIndexesForString(entry.value());
                if (glyphs.size() != 1)
                    continue;
                const auto best = drawnByGlyph.constFind(glyphs.first());
                if (best != drawnByGlyph.cend() && best->first != entry.value()) {
                    entry.value() = best->first;
                    changed = true;
                }
            }
            // Qt numbers glyphs in the order it first draws them; when the glyphs left
            // unnamed are exactly as many as those characters, they are those, in order.
            if (!beyondPlane.isEmpty()) {
                std::sort(beyondPlane.begin(), beyondPlane.end(),
                          [&](char32_t a, char32_t b) { return firstDrawn.value(a) < firstDrawn.value(b); });
                QPDFObjectHandle descendant = object.getKey("/DescendantFonts").getArrayItem(0);
                QPDFObjectHandle program = descendant.getKey("/FontDescriptor").getKey("/FontFile2");
                const int ids = program.isStream() ? glyphCount(streamBytes(program)) : 0;
                QList<quint32> unnamed;
                for (int id = 1; id < ids; ++id)
                    if (!map.contains(quint32(id)))
                        unnamed.append(quint32(id));
                if (unnamed.size() == beyondPlane.size()) {
                    for (qsizetype i = 0; i < unnamed.size(); ++i)
                        map.insert(unnamed[i], QString::fromUcs4(&beyondPlane[i], 1));
                    changed = true;
                }
            }
            if (changed)
                stream.replaceStreamData(writeToUnicode(map).toStdString(), QPDFObjectHandle::newNull(),
                                         QPDFObjectHandle::newNull());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        *pdf = QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
        return true;
    } catch (const std::exception &failure) {
        *error = Tr::tr("cannot write the PDF's text layer: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
}

} // namespace Jiaokan::App
