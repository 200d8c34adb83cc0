// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/cohorts.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/table/dates.h"

namespace segmenta::orders {

namespace {

// Months since year 0, so that subtraction counts calendar months.
std::int64_t monthIndex(std::int64_t day) {
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(day, y, m, d);
    return std::int64_t(y) * 12 + std::int64_t(m) - 1;
}

std::int64_t firstDayOfMonthIndex(std::int64_t index) {
    const auto year = int(index >= 0 ? index / 12 : (index - 11) / 12);
    const auto month = unsigned(index - std::int64_t(year) * 12 + 1);
    return daysFromCivil(year, month, 1);
}

} // namespace

std::string Cohort::label() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::vector<Cohort> monthlyCohorts(const OrderLog& log, std::int64_t asOfDay) {
    if (log.orders.empty()) return {};
    const std::int64_t lastMonth = monthIndex(asOfDay - 1);
    struct Acc {
        std::int64_t customers = 0;
        std::vector<std::int64_t> active;
        std::vector<double> revenue;
    };
    std::map<std::int64_t, Acc> byMonth;
    // Orders are grouped by customer and sorted by time within each customer.
    std::size_t i = 0;
    while (i < log.orders.size()) {
        const std::uint32_t customer = log.orders[i].customer;
        std::size_t end = i;
        while (end < log.orders.size() && log.orders[end].customer == customer) ++end;
        const std::int64_t firstDay = dayOf(log.orders[i].time);
        if (firstDay < asOfDay) {
            const std::int64_t cohortMonth = monthIndex(firstDay);
            Acc& acc = byMonth[cohortMonth];
            const auto width = std::size_t(lastMonth - cohortMonth + 1);
            acc.active.resize(width, 0);
            acc.revenue.resize(width, 0.0);
            ++acc.customers;
            std::int64_t lastCounted = -1;
            for (std::size_t k = i; k < end; ++k) {
                const std::int64_t day = dayOf(log.orders[k].time);
                if (day >= asOfDay) break;
                const std::int64_t since = monthIndex(day) - cohortMonth;
                acc.revenue[std::size_t(since)] += log.orders[k].amount;
                if (k == i || since == lastCounted) continue;   // the first order is no return
                ++acc.active[std::size_t(since)];
                lastCounted = since;
            }
        }
        i = end;
    }
    std::vector<Cohort> out;
    for (auto& [index, acc] : byMonth) {
        Cohort c;
        const std::int64_t firstDay = firstDayOfMonthIndex(index);
        int y = 0;
        unsigned m = 0, d = 0;
        civilFromDays(firstDay, y, m, d);
        c.year = y;
        c.month = int(m);
        c.customers = acc.customers;
        double cumulative = 0;
        for (std::size_t k = 0; k < acc.active.size(); ++k) {
            c.repeatShare.push_back(double(acc.active[k]) / double(acc.customers));
            cumulative += acc.revenue[k];
            c.cumulativeRevenuePerCustomer.push_back(cumulative / double(acc.customers));
            c.complete.push_back(firstDayOfMonthIndex(index + std::int64_t(k) + 1) <= asOfDay);
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace segmenta::orders
