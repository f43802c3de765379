#pragma once

#include "util/heaptuning.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>

namespace Jiaokan::Core {

// Calls work(i) for every i in [0, count) on all cores, and returns when all are done.
// Items are handed out one at a time, so uneven items balance themselves.
inline void parallelFor(qsizetype count, const std::function<void(qsizetype)> &work)
{
    if (count <= 0)
        return;
    const int threads = std::clamp<int>(QThread::idealThreadCount(), 1, int(std::min<qsizetype>(count, 64)));
    if (threads == 1) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            HeapTuning::adviseThreadHeap();
            for (qsizetype i = next++; i < count; i = next++)
                work(i);
        });
    }
    pool.waitForDone();
}

} // namespace Jiaokan::Core
