// libFuzzer: the PDF importer. Input opening with 'G' is a page of glyphs (five bytes
// each: a character from a small set, then x, y, width and height), laid out directly,
// so the layout's cuts, joins and stories see any geometry; any other input is read as
// a PDF (after a %PDF- header) by Poppler and laid out. Nothing may crash, hang, trip
// a sanitizer, lose a glyph's text, or refuse without saying why.
#include "layout/documentloader.h"
#include "layout/pagelayouter.h"
#include "stories/reflowedpage.h"
#include "text/pagegeometry.h"

#include <QByteArray>

namespace {

using namespace Jiaokan::Core;

void layOutGlyphs(const uint8_t *data, size_t size)
{
    static const QString chars = QStringLiteral("习近平会谈。，（下转第2版）上接1据新华社电 A");
    GlyphPage page;
    page.size = QSizeF(842, 1191);
    qsizetype visible = 0;
    for (size_t i = 1; i + 5 <= size; i += 5) {
        Glyph g;
        g.text = chars.at(data[i] % chars.size());
        g.box = QRectF(data[i + 1] * 3.3, data[i + 2] * 4.7, 1 + data[i + 3] % 40, 1 + data[i + 4] % 60);
        g.spaceAfter = data[i] & 0x80;
        visible += g.text != u" ";
        page.glyphs.append(g);
    }
    const LaidOutPage laid = PageLayouter::layOut(page);
    qsizetype laidOut = 0;
    for (const TextLine &l : laid.lines) {
        if (l.glyphBoxes.size() != l.text.size())
            __builtin_trap();
        laidOut += l.text.size() - l.text.count(u' ');
    }
    if (laidOut != visible)
        __builtin_trap();   // a glyph lost or made up
    for (const PrintedBlock &b : laid.blocks)
        if (b.first.value < 1 || b.last.value > laid.lines.size() || b.first.value > b.last.value)
            __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 'G') {
        layOutGlyphs(data, size);
        return 0;
    }
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (auto page = DocumentLoader::fromBytes(bytes, QStringLiteral("fuzz.pdf"), &error)) {
        if (!page->geometry || page->geometry->lines.size() != page->lines.size())
            __builtin_trap();
        const ReflowedPage reflowed = ReflowedPage::analyze(std::move(*page));
        (void)reflowed.readingText();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
