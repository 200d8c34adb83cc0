// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/orders/clv_models.h"
#include "core/orders/customers.h"

namespace segmenta::orders {

// The models' inputs from the customer table, time unit one day.
ClvData clvData(const CustomerSummary& customers);

// Per customer over a horizon in days; NaN where a model is not available
// (no converged fit): the caller shows those as missing, never as numbers.
struct CustomerValues {
    std::vector<double> probabilityAlive, expectedOrders, expectedValue;
};
CustomerValues customerValues(const CustomerSummary& customers, const BgNbdFit& purchases,
                              const GammaGammaFit& value, double horizonDays);

// An honest check: fit on the orders before (as-of − days), predict each such
// customer's order days in the last `days`, compare with what happened.
struct HoldoutDecile {
    std::int64_t customers = 0;
    double predicted = 0, actual = 0;   // mean order days per customer in the decile
};

struct HoldoutCheck {
    bool ok = false;
    std::string message;              // why there is no check (too little history, no fit)
    std::int64_t days = 0, cutoffDay = 0;
    std::size_t customers = 0;        // customers seen before the cut-off
    BgNbdFit fit;
    std::vector<HoldoutDecile> deciles;   // by predicted orders, lowest first
    double predictedTotal = 0, actualTotal = 0;
    double meanAbsoluteError = 0;         // per customer, in order days
    std::string sentence;                 // the result in one plain sentence
};

// The last quarter of the days between the first order and the as-of day (at least 1).
std::int64_t defaultHoldoutDays(const CustomerSummary& customers);

HoldoutCheck holdoutCheck(const OrderLog& log, std::int64_t asOfDay, std::int64_t days);

} // namespace segmenta::orders
