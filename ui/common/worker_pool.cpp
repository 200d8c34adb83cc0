// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/worker_pool.h"

#include <QThread>
#include <QThreadPool>

namespace segmenta::ui {

QThreadPool* workerPool() {
    // As many threads as the global pool has: the same throughput, only no
    // longer shared with the painter. Like the global pool it lives until the
    // program exits, and its destructor waits for jobs still running.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(QStringLiteral("SegmentaWorkers"));
        pool.setMaxThreadCount(QThread::idealThreadCount());
        return true;
    }();
    (void)configured;
    return &pool;
}

} // namespace segmenta::ui
