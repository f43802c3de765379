// libFuzzer: any bytes as an archive record's contents. Either no pages, or pages the
// rest of Jiaokan can read, reflow for reading and analyse, and that record again to
// the same.
#include "analysis/analyzedpage.h"
#include "archive/archiveformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    // Packed first: the checksum is right, so what is tried is the record's layout.
    const QByteArray plain(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto pages = ArchiveFormat::pagesFrom(ArchiveFormat::pack(plain));
    if (!pages)
        return 0;
    for (const ReflowedPage &page : *pages) {
        (void)page.readingText();
        (void)page.readingOrder();
        (void)page.storyOfBlocks();
        (void)AnalyzedPage::analyze(page, CompareOptions{});
    }
    const auto again = ArchiveFormat::pagesFrom(ArchiveFormat::pagesRecord(*pages));
    if (!again || again->size() != pages->size())
        __builtin_trap();
    for (qsizetype i = 0; i < pages->size(); ++i)
        if (again->at(i).source.lines != pages->at(i).source.lines || again->at(i).blocks.size() != pages->at(i).blocks.size())
            __builtin_trap();
    return 0;
}
