#pragma once

#include <atomic>
#include <cstdint>

namespace Jiaokan::Core {

// Where the process gets its memory. Comparing two long pages touches about 100 MB
// once; on virtual machines each 4 KiB page fault is expensive, and faults were half
// of the time of `jiaokan-cli diff` on a pair of 1,000,000-character pages.
class HeapTuning final
{
public:
    // Call first thing in main(), before threads start. Makes the C heap reserve its
    // room in one piece and asks the kernel to back it with transparent huge pages
    // (2 MiB, so about 500 times fewer faults). Does nothing where that is unavailable
    // (other C libraries, sanitizer builds).
    static void preferHugePages();
    // Call at the start of work on a worker thread: the same for the thread's own arena,
    // once per thread; nothing unless preferHugePages was called.
    static void adviseThreadHeap();

private:
    static std::atomic<bool> s_preferred;
    static std::uintptr_t s_mainHeapEnd;   // the advised brk heap ends here
};

} // namespace Jiaokan::Core
