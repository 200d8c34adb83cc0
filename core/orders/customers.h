// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/orders/order_log.h"
#include "core/table/table.h"

namespace segmenta::orders {

// One row per customer, in the byte order of the customer keys. Days are days
// since 1970-01-01 (UTC); an order counts on the day of its timestamp.
struct CustomerSummary {
    std::int64_t asOfDay = 0;         // the analysis date
    std::int64_t ordersAfterAsOf = 0; // orders on or after the as-of day, not counted
    std::vector<std::string> keys;
    std::vector<std::int64_t> firstDay, lastDay;
    std::vector<std::int64_t> orders, repeatOrders;   // repeat = orders − 1
    std::vector<double> monetary, averageValue;       // total and mean net amount per order
    std::vector<std::int64_t> recencyDays;            // as-of − last order day
    std::vector<std::int64_t> tenureDays;             // as-of − first order day
    // BG/NBD inputs, time unit one day: x = later distinct days with an order,
    // t_x = last − first order day, T = as-of − first order day; and for
    // Gamma-Gamma the mean net amount of those later order days (0 when x = 0).
    std::vector<double> x, tx, T, repeatValue;
    // Most frequent category (or item, by order line), channel and country; -1 = none.
    std::vector<std::int32_t> topCategory, topChannel, topCountry;
    std::vector<std::string> categoryLevels, channelLevels, countryLevels;

    std::size_t size() const noexcept { return keys.size(); }
};

// Rolls the orders before `asOfDay` (days since 1970-01-01) up to customers;
// unset = the day after the latest order. Orders on or after the as-of day are left
// out and counted. Recency and tenure are counted to the as-of day.
CustomerSummary summariseCustomers(const OrderLog& log, std::optional<std::int64_t> asOfDay = std::nullopt);

// The summary as an ordinary table (customer, first_order, last_order, orders,
// repeat_orders, recency_days, tenure_days, monetary, average_value, and
// top_category / top_channel / top_country where the export has them), so the
// Segments, Slices and Drift pages and the history work on it unchanged.
Table customerTable(const CustomerSummary& summary, const std::string& sourceName = {});

} // namespace segmenta::orders
