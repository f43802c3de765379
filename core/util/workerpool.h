#pragma once

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Jiaokan::Core {

// The threads Jiaokan's own long work runs on: reading, reflowing, matching, diffing,
// rendering pages. Not Qt's global pool, which Qt's raster painting waits on to fill
// rectangles (seen as the window's paint blocked for 400–600 ms in QSemaphore::acquire
// while a comparison of 2,000 pages held every global thread).
inline QThreadPool *workerPool()
{
    // Destroyed at exit as the global pool is: waiting for what still runs.
    static QThreadPool pool;
    return &pool;
}

// Called by work on a worker thread: the thread yields to the window's. With as many
// workers as cores, the window's thread otherwise waits its turn for a time slice (a
// 100 ms layout took 150–230 ms while a comparison ran on both cores). Linux's nice
// is per thread; a worker at 5 still has every core the window does not want.
inline void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool done = false;
    if (done)
        return;
    done = true;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() != app->thread())
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
#endif
}

} // namespace Jiaokan::Core
