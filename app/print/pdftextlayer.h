#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>

class QFont;
class QTextDocument;

namespace Jiaokan::App {

// What a PDF's text layer must say, and the repair that makes Qt's PDF say it.
//
// Qt's PDF writer maps each embedded glyph back to a character by searching the font's
// cmap for the lowest code point drawn with that glyph. A CJK font draws 高 (U+9AD8)
// and the Kangxi radical ⾼ (U+2FBC) with one glyph, so the text layer says ⾼: pdftotext,
// search, and copy and paste all get the radical. The repair rewrites each font's
// ToUnicode map with qpdf: a glyph is named by the character of the report that the
// original font draws with it.
class PdfTextLayer final
{
public:
    // The text drawn in font (its fallbacks included), as Qt lays it out.
    void addText(const QString &text, const QFont &font);
    // Every block of a laid-out document.
    void addDocument(const QTextDocument &document);

    // Rewrites pdf (as QPdfWriter wrote it) in place. False with a reason when it is
    // not a PDF qpdf can read; a font that is not one of those drawn is left as it is.
    bool repair(QByteArray *pdf, QString *error) const;

    const QString &text() const { return m_text; }

private:
    void addFont(const QRawFont &font);

    QString m_text;
    QHash<QString, QRawFont> m_fontsByPostScriptName;
};

} // namespace Jiaokan::App
