// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/orders/order_log.h"

namespace segmenta::orders {

// Monthly acquisition cohorts: the customers whose first order (before the
// as-of day) fell in one calendar month, followed month by month.
struct Cohort {
    int year = 0, month = 0;        // the first-order month
    std::int64_t customers = 0;
    // Index k = months since the first-order month, up to the month of the
    // last day before the as-of day.
    // repeatShare[k]: share of the cohort with an order in month k (in month 0:
    // an order after the first one).
    std::vector<double> repeatShare;
    // cumulativeRevenue[k]: net amount per cohort customer up to the end of month k.
    std::vector<double> cumulativeRevenuePerCustomer;
    // complete[k]: month k ended before the as-of day; an incomplete month's
    // cells are still counting.
    std::vector<bool> complete;

    std::string label() const;   // "2024-03"
};

std::vector<Cohort> monthlyCohorts(const OrderLog& log, std::int64_t asOfDay);

} // namespace segmenta::orders
