// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/worker_pool.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace segmenta::ui {

namespace {
// How much lower than the GUI thread workers run (nice steps: each makes a
// thread's share of a contended core about 1.25 times smaller).
int workerNiceOffset() {
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("SEGMENTA_WORKER_NICE", &ok);   // for measurements
    return ok ? fromEnv : 10;
}
} // namespace

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

void yieldToGuiThread() {
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread (and is inherited by the
    // threads it creates), so this lowers only the calling worker.
    thread_local bool lowered = false;
    if (lowered) return;
    lowered = true;
    static const int offset = workerNiceOffset();
    static const int guiNice = getpriority(PRIO_PROCESS, 0);   // first call: read before any change
    const auto tid = id_t(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, std::min(19, guiNice + offset));
#endif
}

} // namespace segmenta::ui
