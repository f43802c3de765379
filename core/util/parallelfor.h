#pragma once


#include "util/workerpool.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace Jiaokan::Core {

// Calls work(i) for every i in [0, count) on all cores, and returns when all are done.
// Items are handed out one at a time, so uneven items balance themselves. The caller
// takes items too, and the helpers come from workerPool(), whose threads
// (and their heaps) stay warm between calls; since the caller alone can finish every
// item, a call made from inside another (or from a pool thread) never waits for a
// thread that is not free.
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
    // Shared with helpers that may start only after the last item is done: they then
    // find nothing to take, and touch nothing but this.
    struct Items {
        qsizetype count = 0;
        const std::function<void(qsizetype)> *work = nullptr;
        std::atomic<qsizetype> next{0};
        std::atomic<qsizetype> done{0};
        std::mutex mutex;
        std::condition_variable allDone;
    };
    auto items = std::make_shared<Items>();
    items->count = count;
    items->work = &work;
    auto take = [items] {
        for (qsizetype i = items->next++; i < items->count; i = items->next++) {
            (*items->work)(i);
            if (++items->done == items->count) {
                const std::lock_guard lock(items->mutex);
                items->allDone.notify_all();
            }
        }
    };
    for (int t = 1; t < threads; ++t) {
        workerPool()->start(take);
    }
    take();
    std::unique_lock lock(items->mutex);
    items->allDone.wait(lock, [&] { return items->done.load() == count; });
}

} // namespace Jiaokan::Core
