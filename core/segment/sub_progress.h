// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

#include "core/common/progress.h"

namespace segmenta {

// Hands a sub-task its own Progress whose [0, 1] maps into [from, to] of the
// parent's. Cancelling the parent cancels the sub-task at its next report() or
// isCancelled() check made after a report, so sub-tasks report at least once per
// iteration. Lives on the stack of the caller; not copyable.
class SubProgress {
public:
    SubProgress(const Progress* parent, double from, double to)
        : parent_(parent), from_(from), to_(to), token_([this](double f, const std::string& stage) {
              if (cancelled(parent_)) token_.cancel();
              report(parent_, from_ + (to_ - from_) * f, stage);
          }) {}
    SubProgress(const SubProgress&) = delete;
    SubProgress& operator=(const SubProgress&) = delete;

    // nullptr when there is no parent (nothing to report, nothing to cancel).
    const Progress* get() {
        if (cancelled(parent_)) token_.cancel();
        return parent_ ? &token_ : nullptr;
    }

private:
    const Progress* parent_;
    double from_, to_;
    Progress token_;
};

} // namespace segmenta
