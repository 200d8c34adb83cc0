// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how long the GUI thread stops answering: a QTimer ticks every 10 ms
// on it, and the longest gap between two ticks is the longest stall. The worst
// gaps are kept with the phase they happened in, so a failing run says where.
//
// On a shared machine part of a gap is only waiting for a processor that other
// programs hold. On Linux the kernel counts that time per thread (the second
// field of /proc/thread-self/schedstat, "waiting on a run queue"), so each gap
// is also given without it: the "own" stall is what the GUI thread spent
// working or blocked (on a lock, a worker, the disk) — the part the app is
// answerable for, whatever the load.
#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <cstdlib>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace segmenta::ui::test {

class StallProbe {
public:
    struct Gap { qint64 at = 0, ms = 0, waitMs = 0; QString phase; };

    StallProbe() {
        timer_.setInterval(kTickMs);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, &timer_, [this] { tick(); });
#ifdef Q_OS_LINUX
        schedstat_ = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
#endif
    }
    ~StallProbe() {
#ifdef Q_OS_LINUX
        if (schedstat_ >= 0) ::close(schedstat_);
#endif
    }
    StallProbe(const StallProbe&) = delete;
    StallProbe& operator=(const StallProbe&) = delete;

    void start(const QString& phase = {}) {
        gaps_.clear();
        worstOwn_ = {};
        phase_ = phase;
        clock_.start();
        // To line a gap up with a system trace (perf record -k CLOCK_MONOTONIC).
        if (qEnvironmentVariableIntValue("SEGMENTA_STALL_TRACE") == 1)
            qInfo("stall probe started at %lld ms on the monotonic clock", clock_.msecsSinceReference());
        last_ = 0;
        lastWaitNs_ = runQueueWaitNs();
        timer_.start();
    }
    // Names what happens from now on; a gap is charged to the phase it ended in.
    void setPhase(const QString& phase) { phase_ = phase; }
    void stop() { tick(); timer_.stop(); }

    qint64 elapsed() const { return clock_.elapsed(); }
    // The longest time between two ticks (10 ms when nothing blocks the GUI thread).
    qint64 worst() const { return gaps_.empty() ? 0 : gaps_.front().ms; }
    // The longest gap less the time the GUI thread waited for a processor.
    const Gap& worstOwn() const { return worstOwn_; }
    // Whether the own stall can be told apart (Linux with schedstat).
    bool measuresWaiting() const { return schedstat_ >= 0; }

    QString describe(int count = 5) const {
        QStringList parts;
        for (std::size_t i = 0; i < gaps_.size() && int(i) < count; ++i) parts << describe(gaps_[i]);
        return parts.join(QStringLiteral("; "));
    }
    static QString describe(const Gap& g) {
        return QStringLiteral("%1 ms at %2 ms (%3; waited %4 ms for a processor)")
            .arg(g.ms).arg(g.at).arg(g.phase).arg(g.waitMs);
    }

private:
    static constexpr int kTickMs = 10;
    static constexpr std::size_t kKept = 8;

    qint64 runQueueWaitNs() const {
#ifdef Q_OS_LINUX
        if (schedstat_ < 0) return 0;
        char buf[96] = {};
        if (::pread(schedstat_, buf, sizeof buf - 1, 0) <= 0) return 0;
        char* end = nullptr;
        (void)std::strtoll(buf, &end, 10);       // time on a processor
        return std::strtoll(end, nullptr, 10);   // time waiting for one
#else
        return 0;
#endif
    }

    void tick() {
        const qint64 now = clock_.elapsed();
        const qint64 waitNs = runQueueWaitNs();
        const Gap gap{now, now - last_, (waitNs - lastWaitNs_) / 1000000, phase_};
        last_ = now;
        lastWaitNs_ = waitNs;
        if (gap.ms - gap.waitMs > worstOwn_.ms - worstOwn_.waitMs) worstOwn_ = gap;
        if (gaps_.size() == kKept && gap.ms <= gaps_.back().ms) return;
        gaps_.push_back(gap);
        std::sort(gaps_.begin(), gaps_.end(), [](const Gap& a, const Gap& b) { return a.ms > b.ms; });
        if (gaps_.size() > kKept) gaps_.pop_back();
    }

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 lastWaitNs_ = 0;
    QString phase_;
    std::vector<Gap> gaps_;
    Gap worstOwn_;
    int schedstat_ = -1;
};

} // namespace segmenta::ui::test
