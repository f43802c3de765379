#include "util/heaptuning.h"

#include <cstdint>
#include <cstdlib>   // first: it defines __GLIBC__

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Jiaokan::Core {

void HeapTuning::preferHugePages()
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t Reserve = std::size_t(256) << 20;
    constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;
    // One arena, so every thread allocates inside the advised range; blocks up to the
    // largest mmap threshold glibc allows (32 MiB) come from it rather than from fresh
    // mappings; and freed memory stays for reuse instead of being handed back.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, int(Reserve));
    mallopt(M_TOP_PAD, int(Reserve));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Growing the heap once extends it by the padding: address space only, untouched.
    // (volatile: a compiler may drop a malloc whose block is never used.)
    void *volatile grow = std::malloc(1 << 20);
    std::free(grow);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t start = (before + HugePage - 1) & ~(HugePage - 1);
    if (after > start + HugePage)
        madvise(reinterpret_cast<void *>(start), after - start, MADV_HUGEPAGE);
#endif
}

} // namespace Jiaokan::Core
