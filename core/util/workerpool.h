#pragma once

#include <QThreadPool>

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

} // namespace Jiaokan::Core
