// libFuzzer: any bytes as a page file — detection, strict decoding, HTML (gumbo) and
// Markdown (cmark, front matter) reading, then reflow and story segmentation of whatever
// is read. The first byte's low bit names the file .md or .txt (a name only decides
// Markdown without front matter). Nothing may crash, hang, trip a sanitizer, or refuse
// without saying why.
#include "layout/documentloader.h"
#include "stories/reflowedpage.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.contains("%PDF-"))
        return 0;   // PDFs are fuzz_pdf's
    const QString name = size > 0 && (data[0] & 1) ? QStringLiteral("fuzz.md") : QStringLiteral("fuzz.txt");
    QString error;
    if (auto page = DocumentLoader::fromBytes(bytes, name, &error)) {
        const ReflowedPage reflowed = ReflowedPage::analyze(std::move(*page));
        (void)reflowed.readingText();
        (void)reflowed.readingOrder();
    } else if (error.isEmpty()) {
        __builtin_trap();   // refused without saying why
    }
    return 0;
}
