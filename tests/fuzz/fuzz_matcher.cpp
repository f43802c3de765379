// libFuzzer: up to four pages of text (split at 0xFF bytes) matched and compared by
// PassageFinder, then every passage's differences checked against the pages.
#include "match/passagefinder.h"
#include "text/pageloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\xFF');
    QList<PageText> pages;
    for (int i = 0; i < parts.size() && pages.size() < 4; ++i) {
        QString error;
        if (auto page = PageLoader::fromText(QString::fromUtf8(parts[i]), QStringLiteral("p%1").arg(i), &error))
            pages.append(*page);
    }
    if (pages.size() < 2)
        return 0;
    for (const bool ignorePunctuation : {false, true}) {
        CompareOptions options;
        options.ignorePunctuation = ignorePunctuation;
        const PassageFinder::Result result = PassageFinder::run(pages, options);
        for (const PassageComparison &p : result.passages) {
            for (int s = 0; s < SideCount; ++s) {
                if (p.page[s] < 0 || p.page[s] >= pages.size() || p.keyStart[s] > p.keyEnd[s])
                    __builtin_trap();
                for (const Difference &d : p.differences)
                    if (d.keyStart[s] > d.keyEnd[s] || d.lines[s].first.value < 1
                        || d.lines[s].last.value > pages[p.page[s]].lineCount())
                        __builtin_trap();
            }
        }
    }
    return 0;
}
