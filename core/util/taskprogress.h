#pragma once

#include <QtGlobal>

#include <atomic>

namespace Jiaokan::Core {

// How far a long task on worker threads has got, and whether it should stop. Workers
// add to it; the thread that started the task reads it (the app polls it to draw a
// progress bar) and may cancel. Every member is safe to use from any thread.
class TaskProgress final
{
public:
    void addTotal(qint64 steps) { m_total.fetch_add(steps, std::memory_order_relaxed); }
    void advance(qint64 steps = 1) { m_done.fetch_add(steps, std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace Jiaokan::Core
