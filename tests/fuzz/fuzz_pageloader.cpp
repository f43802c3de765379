// libFuzzer: any bytes as a page file — detection, strict decoding, then reflow and
// story segmentation of whatever decodes. Nothing may crash, hang or trip a sanitizer.
#include "stories/reflowedpage.h"
#include "text/pageloader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (auto page = PageLoader::fromBytes(bytes, QStringLiteral("fuzz.txt"), &error)) {
        const ReflowedPage reflowed = ReflowedPage::analyze(std::move(*page));
        (void)reflowed.readingText();
        (void)reflowed.readingOrder();
    } else if (error.isEmpty()) {
        __builtin_trap();   // refused without saying why
    }
    return 0;
}
