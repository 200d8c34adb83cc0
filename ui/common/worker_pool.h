// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

class QThreadPool;

namespace segmenta::ui {

// The threads Segmenta's own long jobs run on (BackgroundTask, freeing a
// replaced table, anything started with runOnWorker).
//
// Never use QThreadPool::globalInstance() for them: Qt 6.4's raster painter
// splits large fills and line drawing into pieces, runs them on the global
// pool and makes the GUI thread wait for them (a QSemaphore in qdrawhelper).
// A profile or an import holding every global thread for seconds therefore
// froze every repaint for seconds (measured: 0.9–1.3 s after a 1M-row import
// while the column and table profiles ran). Keeping our jobs here leaves the
// global pool free for the painter.
QThreadPool* workerPool();

// Lets the GUI thread (and the painter's helper threads) go first: a worker
// that calls this runs at a lower scheduling priority from then on, and so do
// the threads it starts (core's parallel loops). On a machine with fewer cores
// than busy threads the window stays responsive; alone, a job runs as fast as
// before. Safe to call repeatedly; no effect outside Linux.
void yieldToGuiThread();

// QtConcurrent::run on workerPool(), at the lower priority.
template <typename F>
auto runOnWorker(F&& job) {
    return QtConcurrent::run(workerPool(), [job = std::forward<F>(job)]() mutable {
        yieldToGuiThread();
        return job();
    });
}

} // namespace segmenta::ui
