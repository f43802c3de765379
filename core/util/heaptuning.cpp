#include "util/heaptuning.h"

#include <cstdlib>   // first: it defines __GLIBC__

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <vector>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Jiaokan::Core {

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
namespace {

constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;

// The stretch of a heap below its first huge page cannot have huge pages (it was
// touched, or lies outside the advice), and the first large blocks, a page read from
// disk, would be carved from there and faulted in 4 KiB at a time. A block kept for the
// life of the process takes that stretch: address space only, never touched. (volatile:
// a compiler may drop a malloc whose block is never used.) Null if there is no room.
void *fillBelow(std::uintptr_t boundary)
{
    void *volatile probe = std::malloc(64);
    const auto next = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    if (next >= boundary || boundary - next <= 65536)
        return nullptr;
    void *volatile filler = std::malloc(boundary - next - 4096);
    return filler;
}

} // namespace
#endif

std::atomic<bool> HeapTuning::s_preferred{false};
std::uintptr_t HeapTuning::s_mainHeapEnd = 0;

void HeapTuning::preferHugePages()
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t Reserve = std::size_t(256) << 20;
    // Blocks up to the largest mmap threshold glibc allows (32 MiB) come from the heaps
    // rather than from fresh mappings, and freed memory stays for reuse instead of being
    // handed back. Threads keep their own arenas (one for all made the two cores of a
    // diff queue for its lock): parallelFor advises each (adviseThreadHeap).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, int(Reserve));
    mallopt(M_TOP_PAD, int(Reserve));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Growing the heap once extends it by the padding: address space only, untouched.
    // The block asked for is a little more than the room left at the heap's top, so
    // that it, and the header glibc writes after it, end just past the old end: a
    // larger one put that header above the first huge page, which then kept 4 KiB
    // pages (a page read from disk landed there in half the runs). (volatile: a
    // compiler may drop a malloc whose block is never used.)
    void *volatile grow = std::malloc(mallinfo2().keepcost + 64);
    std::free(grow);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Not the huge page the old end is in, nor, when that end is right at its start, the
    // one the header went to.
    std::uintptr_t start = (before + HugePage - 1) & ~(HugePage - 1);
    if (start - before < 4096)
        start += HugePage;
    // (Under a sanitizer's allocator the heap does not move, and nothing is advised.)
    if (after <= start + HugePage)
        return;
    madvise(reinterpret_cast<void *>(start), after - start, MADV_HUGEPAGE);
    [[maybe_unused]] static void *const filler = fillBelow(start);
    s_mainHeapEnd = after;
    s_preferred.store(true, std::memory_order_release);
#endif
}

void HeapTuning::adviseThreadHeap()
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!s_preferred.load(std::memory_order_acquire))
        return;
    thread_local bool advised = false;
    if (advised)
        return;
    advised = true;
    // The first block a thread asks for makes (or takes over) its arena.
    void *volatile probe = std::malloc(64);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    // The main arena, advised already: the brk heap, and whatever lies below its end
    // (the program; mappings are made above it in the usual layout, and where they are
    // not, a thread's heap is merely left unadvised).
    if (at < s_mainHeapEnd)
        return;
    // A thread arena lives in heaps glibc maps at multiples of their largest size
    // (HEAP_MAX_SIZE: twice the largest mmap threshold, 64 MiB on 64-bit systems),
    // reserved whole and made writable as it grows. Threads after this one may take
    // over the same arena.
    constexpr std::uintptr_t HeapMax = std::uintptr_t(64) << 20;
    const std::uintptr_t heap = at & ~(HeapMax - 1);
    static std::mutex mutex;
    static std::vector<std::pair<std::uintptr_t, void *>> advisedHeaps;   // and their fillers
    const std::lock_guard lock(mutex);
    if (std::any_of(advisedHeaps.begin(), advisedHeaps.end(), [&](const auto &h) { return h.first == heap; }))
        return;
    madvise(reinterpret_cast<void *>(heap), HeapMax, MADV_HUGEPAGE);
    // Its first huge page was touched before the advice (the arena keeps its own state
    // there), so it stays in 4 KiB pages.
    advisedHeaps.emplace_back(heap, fillBelow(heap + HugePage));
#endif
}

} // namespace Jiaokan::Core
