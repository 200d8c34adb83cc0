// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <atomic>
#include <functional>
#include <string>

namespace segmenta {

// A token that long operations check for cancellation and report progress to.
// Core code calls report() and isCancelled(); the owner (GUI task runner or CLI)
// sets the callback and may call cancel() from any thread.
class Progress {
public:
    using Callback = std::function<void(double fraction, const std::string& stage)>;

    Progress() = default;
    explicit Progress(Callback callback) : callback_(std::move(callback)) {}

    void cancel() noexcept { cancelled_.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return cancelled_.load(std::memory_order_relaxed); }

    // fraction in [0, 1]; cheap enough to call every few thousand rows.
    void report(double fraction, const std::string& stage = {}) const {
        if (callback_) callback_(fraction, stage);
    }

private:
    std::atomic<bool> cancelled_{false};
    Callback callback_;
};

// Helpers for code that accepts an optional token.
inline bool cancelled(const Progress* p) noexcept { return p && p->isCancelled(); }
inline void report(const Progress* p, double fraction, const std::string& stage = {}) {
    if (p) p->report(fraction, stage);
}

} // namespace segmenta
