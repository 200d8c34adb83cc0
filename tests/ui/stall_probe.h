// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how long the GUI thread stops answering: a QTimer ticks every 10 ms
// on it, and the longest gap between two ticks is the longest stall. The worst
// gaps are kept with the phase they happened in, so a failing run says where.
#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace segmenta::ui::test {

class StallProbe {
public:
    struct Gap { qint64 at = 0, ms = 0; QString phase; };

    StallProbe() {
        timer_.setInterval(kTickMs);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, &timer_, [this] { tick(); });
    }

    void start(const QString& phase = {}) {
        gaps_.clear();
        phase_ = phase;
        clock_.start();
        last_ = 0;
        timer_.start();
    }
    // Names what happens from now on; a gap is charged to the phase it ended in.
    void setPhase(const QString& phase) { phase_ = phase; }
    void stop() { tick(); timer_.stop(); }

    qint64 elapsed() const { return clock_.elapsed(); }
    // The longest time between two ticks (10 ms when nothing blocks the GUI thread).
    qint64 worst() const { return gaps_.empty() ? 0 : gaps_.front().ms; }
    QString describe(int count = 5) const {
        QStringList parts;
        for (std::size_t i = 0; i < gaps_.size() && int(i) < count; ++i)
            parts << QStringLiteral("%1 ms at %2 ms (%3)").arg(gaps_[i].ms).arg(gaps_[i].at).arg(gaps_[i].phase);
        return parts.join(QStringLiteral("; "));
    }

private:
    static constexpr int kTickMs = 10;
    static constexpr std::size_t kKept = 8;

    void tick() {
        const qint64 now = clock_.elapsed();
        const qint64 gap = now - last_;
        last_ = now;
        if (gaps_.size() == kKept && gap <= gaps_.back().ms) return;
        gaps_.push_back({now, gap, phase_});
        std::sort(gaps_.begin(), gaps_.end(), [](const Gap& a, const Gap& b) { return a.ms > b.ms; });
        if (gaps_.size() > kKept) gaps_.pop_back();
    }

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    QString phase_;
    std::vector<Gap> gaps_;
};

} // namespace segmenta::ui::test
