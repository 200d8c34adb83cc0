// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/lifetime_value.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

namespace segmenta::orders {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

ClvData clvData(const CustomerSummary& c) { return ClvData{c.x, c.tx, c.T, c.repeatValue}; }

CustomerValues customerValues(const CustomerSummary& c, const BgNbdFit& purchases, const GammaGammaFit& value,
                              double horizonDays) {
    CustomerValues v;
    const std::size_t n = c.size();
    v.probabilityAlive.assign(n, kNaN);
    v.expectedOrders.assign(n, kNaN);
    v.expectedValue.assign(n, kNaN);
    if (!purchases.converged) return v;
    for (std::size_t i = 0; i < n; ++i) {
        v.probabilityAlive[i] = bgNbdProbabilityAlive(purchases.params, c.x[i], c.tx[i], c.T[i]);
        v.expectedOrders[i] = bgNbdExpectedPurchases(purchases.params, horizonDays, c.x[i], c.tx[i], c.T[i]);
        if (value.converged)
            v.expectedValue[i] =
                v.expectedOrders[i] * gammaGammaExpectedValue(value.params, c.x[i], c.repeatValue[i]);
    }
    return v;
}

std::int64_t defaultHoldoutDays(const CustomerSummary& c) {
    if (c.size() == 0) return 1;
    const std::int64_t first = *std::min_element(c.firstDay.begin(), c.firstDay.end());
    return std::max<std::int64_t>(1, (c.asOfDay - first) / 4);
}

HoldoutCheck holdoutCheck(const OrderLog& log, std::int64_t asOfDay, std::int64_t days) {
    HoldoutCheck h;
    h.days = days;
    h.cutoffDay = asOfDay - days;
    const CustomerSummary calibration = summariseCustomers(log, h.cutoffDay);
    h.customers = calibration.size();
    if (calibration.size() < 10) {
        h.message = "Too few customers ordered before the last " + std::to_string(days) + " days to check the model.";
        return h;
    }
    h.fit = fitBgNbd(clvData(calibration));
    if (!h.fit.converged) {
        h.message = "No holdout check: on the orders before the last " + std::to_string(days) +
                    " days, the purchase model has no stable fit.";
        return h;
    }

    // Actual order days per calibration customer in [cut-off, as-of).
    // Both lists are in key order: one merge maps log customers to calibration rows.
    std::vector<std::int64_t> keyIndex(log.customerKeys.size(), -1);
    {
        std::vector<std::uint32_t> byKey(log.customerKeys.size());
        std::iota(byKey.begin(), byKey.end(), 0u);
        std::sort(byKey.begin(), byKey.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return log.customerKeys[a] < log.customerKeys[b]; });
        std::size_t j = 0;
        for (const auto k : byKey) {
            if (j < calibration.size() && log.customerKeys[k] == calibration.keys[j]) keyIndex[k] = std::int64_t(j++);
        }
    }
    std::vector<std::set<std::int64_t>> holdoutDays(calibration.size());
    for (const auto& o : log.orders) {
        const std::int64_t day = dayOf(o.time);
        const std::int64_t i = keyIndex[o.customer];
        if (i >= 0 && day >= h.cutoffDay && day < asOfDay) holdoutDays[std::size_t(i)].insert(day);
    }
    std::vector<double> predicted(calibration.size()), actual(calibration.size());
    double absError = 0;
    for (std::size_t i = 0; i < calibration.size(); ++i) {
        predicted[i] = bgNbdExpectedPurchases(h.fit.params, double(days), calibration.x[i], calibration.tx[i],
                                              calibration.T[i]);
        actual[i] = double(holdoutDays[i].size());
        h.predictedTotal += predicted[i];
        h.actualTotal += actual[i];
        absError += std::abs(predicted[i] - actual[i]);
    }
    if (!std::isfinite(h.predictedTotal)) { h.message = "The model's predictions could not be computed."; return h; }
    h.meanAbsoluteError = absError / double(calibration.size());
    std::vector<std::size_t> order(calibration.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return predicted[a] < predicted[b]; });
    const std::size_t n = order.size();
    for (std::size_t d = 0; d < 10; ++d) {
        HoldoutDecile dec;
        const std::size_t from = n * d / 10, to = n * (d + 1) / 10;
        for (std::size_t k = from; k < to; ++k) {
            dec.predicted += predicted[order[k]];
            dec.actual += actual[order[k]];
        }
        dec.customers = std::int64_t(to - from);
        if (to > from) { dec.predicted /= double(to - from); dec.actual /= double(to - from); }
        h.deciles.push_back(dec);
    }
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "Fitted on the orders before the last %lld days, the model expected %.0f repeat order days from "
                  "these %zu customers in those days; there were %.0f (off by %.2f per customer on average).",
                  static_cast<long long>(days), h.predictedTotal, calibration.size(), h.actualTotal,
                  h.meanAbsoluteError);
    h.sentence = buf;
    h.ok = true;
    return h;
}

} // namespace segmenta::orders
