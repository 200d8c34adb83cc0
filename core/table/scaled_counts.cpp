// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table/scaled_counts.h"

#include <algorithm>
#include <bit>

#include "core/common/huge_pages.h"

namespace segmenta::scaled {

ScalePlan planScale(std::span<const double> x, std::uint64_t maxSpan) {
    ScalePlan plan;
    if (x.empty()) return plan;
    double scale = 1;
    for (int p = 0; p <= kMaxPower; ++p, scale *= 10) {
        std::int64_t lo = 0, hi = 0;
        bool ok = true;
        for (std::size_t i = 0; i < x.size() && ok; ++i) {
            const double y = x[i] * scale;
            if (!(std::fabs(y) < 0x1p52)) { ok = false; break; }
            const std::int64_t k = nearestIndex(y);
            ok = double(k) / scale == x[i];
            lo = i == 0 ? k : std::min(lo, k);
            hi = i == 0 ? k : std::max(hi, k);
        }
        if (!ok) continue;
        if (std::uint64_t(hi - lo) < maxSpan) plan = {scale, lo, hi};
        return plan;   // a larger power only spreads the same values further
    }
    return plan;
}

IndexWindow::IndexWindow(const ScalePlan& plan, const WindowLimits& limits) : limits_(limits) {
    if (!(plan.scale > 0)) return;
    const std::uint64_t span = std::uint64_t(plan.hi - plan.lo) + 1;
    const std::uint64_t wanted = std::max<std::uint64_t>(limits.minWidth, limits.spanFactor * span);
    width = std::min<std::uint64_t>(limits.maxWidth, std::bit_ceil(wanted));
    if (span > width) return;   // the sample alone does not fit: not usable
    base = plan.lo - std::int64_t((width - span) / 2);
    if (limits.anchorAtZero && plan.lo >= 0 && base < 0 && std::uint64_t(plan.hi) < width) base = 0;
    scale = plan.scale;
    fill(0, {});
}

// New counters for [base, base + width), the old ones copied in at `offset`.
void IndexWindow::fill(std::uint64_t offset, const std::vector<std::uint32_t>& old) {
    std::vector<std::uint32_t> fresh;
    fresh.reserve(width);
    adviseHugePages(fresh);   // 4 MB of counters: two page faults instead of a thousand
    fresh.resize(width, 0);
    std::copy(old.begin(), old.end(), fresh.begin() + std::ptrdiff_t(offset));
    counts.swap(fresh);
    back.clear();
    if (scale != 1 && limits_.table && width <= kBackTableMax) {
        back.resize(width);
        for (std::uint64_t i = 0; i < width; ++i) back[i] = double(base + std::int64_t(i)) / scale;
    }
}

bool IndexWindow::widen(std::int64_t k) {
    if (!usable() || k == std::numeric_limits<std::int64_t>::min()) return false;
    const std::int64_t end = base + std::int64_t(width);
    const std::int64_t lo = std::min(base, k);
    const std::int64_t hiExclusive = k >= base ? std::max<std::int64_t>(end, k + 1) : end;
    const std::uint64_t needed = std::uint64_t(hiExclusive) - std::uint64_t(lo);
    if (needed > limits_.maxWidth) return false;
    const std::uint64_t newWidth = std::min<std::uint64_t>(limits_.maxWidth, std::bit_ceil(2 * needed));
    // Centre the needed range in the new window (it always holds the old one).
    std::int64_t newBase = lo - std::int64_t((newWidth - needed) / 2);
    if (limits_.anchorAtZero && lo >= 0 && newBase < 0) newBase = 0;
    const std::uint64_t offset = std::uint64_t(base - newBase);
    base = newBase;
    width = newWidth;
    fill(offset, std::vector<std::uint32_t>(std::move(counts)));
    return true;
}

void IndexWindow::take(ValueCounts& out) const {
    out.values.clear();
    out.counts.clear();
    for (std::uint64_t i = 0; i < width; ++i)
        if (counts[i] != 0) {
            const std::int64_t k = base + std::int64_t(i);
            out.values.push_back(scale == 1 ? double(k) : !back.empty() ? back[i] : double(k) / scale);
            out.counts.push_back(std::int64_t(counts[i]));
        }
}

std::optional<double> exactWholeSum(std::span<const double> values, std::span<const std::int64_t> counts) {
    std::int64_t total = 0;
    double maxAbs = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] != std::floor(values[i])) return std::nullopt;
        total += counts[i];
        maxAbs = std::max(maxAbs, std::fabs(values[i]));
    }
    if (!(maxAbs * double(total) < 0x1p53)) return std::nullopt;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < values.size(); ++i) sum += std::int64_t(values[i]) * counts[i];
    return double(sum);
}

} // namespace segmenta::scaled
