// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/rfm.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta::orders {

namespace {

struct Scored {
    std::array<double, 4> cuts{};
    std::vector<std::uint8_t> scores;   // 1–5, low values low
};

Scored quantileScores(const std::vector<double>& values) {
    Scored s;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (int k = 0; k < 4; ++k) s.cuts[std::size_t(k)] = detail::quantileType7(sorted, 0.2 * (k + 1)) + 1;
    s.scores.reserve(values.size());
    for (const double v : values) {
        int bin = 1;
        while (bin <= 4 && v >= s.cuts[std::size_t(bin - 1)]) ++bin;
        s.scores.push_back(std::uint8_t(bin));
    }
    return s;
}

Scored rankScores(const std::vector<double>& values) {
    Scored s;
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    s.scores.assign(n, 1);
    s.cuts.fill(std::numeric_limits<double>::quiet_NaN());
    // qcut's edges on ranks 1..n: 1 + (n − 1)·k/5; rank r gets the first k with r ≤ edge k.
    for (std::size_t pos = 0; pos < n; ++pos) {
        const double rank = double(pos + 1);
        int bin = 1;
        while (bin < 5 && rank > 1 + double(n - 1) * bin / 5.0) ++bin;
        s.scores[order[pos]] = std::uint8_t(bin);
        if (bin >= 2 && std::isnan(s.cuts[std::size_t(bin - 2)])) s.cuts[std::size_t(bin - 2)] = values[order[pos]];
    }
    return s;
}

Scored scores(const std::vector<double>& values, RfmRule rule) {
    return rule == RfmRule::Rank ? rankScores(values) : quantileScores(values);
}

} // namespace

namespace detail {
double quantileType7(const std::vector<double>& sorted, double p) noexcept {
    if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double h = double(sorted.size() - 1) * p;
    const auto lo = std::size_t(std::floor(h));
    if (lo + 1 >= sorted.size()) return sorted.back();
    return sorted[lo] + (h - double(lo)) * (sorted[lo + 1] - sorted[lo]);
}
} // namespace detail

const char* toString(RfmRule rule) noexcept { return rule == RfmRule::Rank ? "rank" : "rfm"; }

std::vector<SegmentRule> defaultSegmentRules() {
    return {
        {"Champions", 4, 5, 4, 5, 4, 5, "Your best customers: thank them, ask for reviews, show them new products first."},
        {"Loyal Customers", 2, 5, 3, 5, 3, 5, "They buy often: offer a loyalty programme or early access."},
        {"Potential Loyalist", 3, 5, 1, 3, 1, 3, "Recent buyers with promise: suggest a membership or a second product."},
        {"New Customers", 4, 5, 1, 1, 1, 1, "First purchase just now: welcome them and help them get started."},
        {"Promising", 3, 4, 1, 1, 1, 1, "Bought recently but little: a small offer can bring them back."},
        {"Need Attention", 2, 3, 2, 3, 2, 3, "Slipping average customers: remind them with a limited-time offer."},
        {"About To Sleep", 2, 3, 1, 2, 1, 2, "Fading away: share popular products or a discount before they forget you."},
        {"At Risk", 1, 2, 2, 5, 2, 5, "Good customers who have not bought for a while: send a personal note."},
        {"Can't Lose Them", 1, 1, 4, 5, 4, 5, "Used to buy the most but gone quiet: win them back, ask what changed."},
        {"Lost", 1, 2, 1, 2, 1, 2, "Long gone and small: try one win-back offer, otherwise let them go."},
    };
}

RfmResult scoreRfm(const CustomerSummary& c, RfmRule rule, const std::vector<SegmentRule>& rules) {
    RfmResult out;
    out.rule = rule;
    for (const auto& r : rules) out.segmentNames.push_back(r.name);
    out.segmentNames.emplace_back(kOthersSegment);
    if (c.size() == 0) return out;
    const std::vector<double> recency(c.recencyDays.begin(), c.recencyDays.end());
    const std::vector<double> frequency(c.orders.begin(), c.orders.end());
    Scored r = scores(recency, rule), f = scores(frequency, rule), m = scores(c.monetary, rule);
    for (auto& score : r.scores) score = std::uint8_t(6 - score);   // recent = 5
    out.cuts = RfmCuts{r.cuts, f.cuts, m.cuts};
    out.r = std::move(r.scores);
    out.f = std::move(f.scores);
    out.m = std::move(m.scores);
    out.segment.resize(c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        int s = 0;
        while (s < int(rules.size()) && !rules[std::size_t(s)].matches(out.r[i], out.f[i], out.m[i])) ++s;
        out.segment[i] = s;
    }
    return out;
}

std::vector<SegmentTotals> segmentTotals(const CustomerSummary& c, const RfmResult& rfm) {
    std::vector<SegmentTotals> out(rfm.segmentNames.size());
    for (std::size_t s = 0; s < out.size(); ++s) out[s].name = rfm.segmentNames[s];
    double revenue = 0;
    for (std::size_t i = 0; i < rfm.segment.size(); ++i) {
        auto& t = out[std::size_t(rfm.segment[i])];
        ++t.customers;
        t.orders += c.orders[i];
        t.revenue += c.monetary[i];
        revenue += c.monetary[i];
    }
    const double customers = double(rfm.segment.size());
    for (auto& t : out) {
        t.shareCustomers = customers > 0 ? double(t.customers) / customers : 0;
        t.shareRevenue = revenue != 0 ? t.revenue / revenue : 0;
    }
    return out;
}

} // namespace segmenta::orders
