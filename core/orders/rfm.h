// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/orders/customers.h"

namespace segmenta::orders {

// How recency, frequency (orders) and monetary value (total net amount) are
// cut into scores 1–5.
//   Quantile (default, as the `rfm` R package 0.3.0): the inner cut points are
//     the type-7 quantiles (numpy's default "linear") of the customers' values
//     at 20, 40, 60 and 80 %, plus 1; score k covers [c(k−1), c(k)) with
//     c0 = min and c5 = max + 1.
//   Rank: quintiles of the rank of each value, ties ranked in customer order
//     (pandas qcut of rank(method="first")), for data with heavy ties; the cut
//     points shown are the lowest value given each score 2–5.
// Recency is reversed: 5 = the most recent customers.
enum class RfmRule { Quantile, Rank };
const char* toString(RfmRule rule) noexcept;   // "rfm", "rank"

struct RfmCuts {
    std::array<double, 4> recency{}, frequency{}, monetary{};
};

// A named segment: inclusive score ranges for R, F and M.
struct SegmentRule {
    std::string name;
    int rLow = 1, rHigh = 5, fLow = 1, fHigh = 5, mLow = 1, mHigh = 5;
    std::string suggestion;   // one line of advice in words a shop owner reads
    bool matches(int r, int f, int m) const noexcept {
        return r >= rLow && r <= rHigh && f >= fLow && f <= fHigh && m >= mLow && m <= mHigh;
    }
};

// Champions, Loyal Customers, Potential Loyalist, New Customers, Promising,
// Need Attention, About To Sleep, At Risk, Can't Lose Them, Lost — in this order.
std::vector<SegmentRule> defaultSegmentRules();
inline constexpr const char* kOthersSegment = "Others";

struct RfmResult {
    RfmRule rule = RfmRule::Quantile;
    RfmCuts cuts;
    std::vector<std::uint8_t> r, f, m;   // per customer, 1–5
    std::vector<int> segment;            // index into the rules; rules.size() = Others
    std::vector<std::string> segmentNames;   // the rules' names, then "Others"
};

// Scores every customer of the summary and names its segment (first matching
// rule wins; customers no rule matches are "Others"). Empty summary: empty result.
RfmResult scoreRfm(const CustomerSummary& customers, RfmRule rule = RfmRule::Quantile,
                   const std::vector<SegmentRule>& rules = defaultSegmentRules());

struct SegmentTotals {
    std::string name;
    std::int64_t customers = 0, orders = 0;
    double revenue = 0, shareCustomers = 0, shareRevenue = 0;   // shares in [0, 1]; 0 when the total is 0
};

// One entry per segment name (the rules' order, then Others), empty ones included.
std::vector<SegmentTotals> segmentTotals(const CustomerSummary& customers, const RfmResult& rfm);

namespace detail {
// The type-7 quantile of sorted values at p in [0, 1].
double quantileType7(const std::vector<double>& sorted, double p) noexcept;
} // namespace detail

} // namespace segmenta::orders
