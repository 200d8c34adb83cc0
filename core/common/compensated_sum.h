// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cmath>

namespace segmenta {

// Neumaier's compensated sum: a million values summed within a few ulp of the
// exact sum, where a plain loop can drift to ~1e-12 relative. Adding in the
// same order gives the same bits.
class CompensatedSum {
public:
    void add(double x) noexcept {
        const double t = sum_ + x;
        carry_ += std::fabs(sum_) >= std::fabs(x) ? (sum_ - t) + x : (x - t) + sum_;
        sum_ = t;
    }
    double value() const noexcept { return sum_ + carry_; }

private:
    double sum_ = 0, carry_ = 0;
};

} // namespace segmenta
