// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/customers.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace segmenta::orders {

namespace {

// The most frequent code (the first seen on a tie); -1 when there is none.
std::int32_t mostFrequent(const std::vector<std::int32_t>& codes) {
    std::unordered_map<std::int32_t, std::size_t> counts;
    std::int32_t best = -1;
    std::size_t bestCount = 0;
    for (const auto code : codes) {
        if (code < 0) continue;
        const std::size_t n = ++counts[code];
        if (n > bestCount) { best = code; bestCount = n; }
    }
    return best;
}

Column categoryColumn(const char* name, const std::vector<std::int32_t>& codes, const std::vector<std::string>& levels,
                      const std::vector<std::size_t>& order) {
    Column c;
    c.name = name;
    c.type = ColumnType::Category;
    for (const auto i : order) {
        if (codes[i] < 0) c.appendMissing();
        else c.appendCategory(levels[std::size_t(codes[i])]);
    }
    return c;
}

} // namespace

CustomerSummary summariseCustomers(const OrderLog& log, std::optional<std::int64_t> asOfDay) {
    CustomerSummary s;
    std::int64_t latest = INT64_MIN;
    for (const auto& o : log.orders) latest = std::max(latest, dayOf(o.time));
    s.asOfDay = asOfDay.value_or(latest + 1);

    // Customers in byte order of their keys, so results do not depend on row order.
    const std::size_t nKeys = log.customerKeys.size();
    std::vector<std::uint32_t> byKey(nKeys);
    std::iota(byKey.begin(), byKey.end(), 0u);
    std::sort(byKey.begin(), byKey.end(),
              [&](std::uint32_t a, std::uint32_t b) { return log.customerKeys[a] < log.customerKeys[b]; });
    std::vector<std::size_t> firstOrder(nKeys + 1, log.orders.size());
    for (std::size_t i = log.orders.size(); i-- > 0;) firstOrder[log.orders[i].customer] = i;
    std::vector<std::size_t> endOrder(nKeys, 0);
    for (std::size_t i = 0; i < log.orders.size(); ++i) endOrder[log.orders[i].customer] = i + 1;

    std::vector<std::vector<std::int32_t>> lineCategories(nKeys);
    for (const auto& [customer, code] : log.lineCategories) lineCategories[customer].push_back(code);

    std::vector<std::int32_t> channels, countries;
    for (const auto c : byKey) {
        std::int64_t first = 0, last = 0, count = 0, repeatDays = 0, previousDay = INT64_MIN;
        double total = 0, repeatTotal = 0, dayTotal = 0;
        channels.clear();
        countries.clear();
        const auto closeDay = [&] {
            if (previousDay != INT64_MIN && previousDay != first) { repeatTotal += dayTotal; ++repeatDays; }
        };
        for (std::size_t i = firstOrder[c]; i < endOrder[c]; ++i) {
            const Order& o = log.orders[i];
            const std::int64_t day = dayOf(o.time);
            if (day >= s.asOfDay) { ++s.ordersAfterAsOf; continue; }
            if (count == 0) first = day;
            last = day;
            ++count;
            total += o.amount;
            if (day != previousDay) { closeDay(); previousDay = day; dayTotal = 0; }
            dayTotal += o.amount;
            channels.push_back(o.channel);
            countries.push_back(o.country);
        }
        if (count == 0) continue;
        closeDay();
        s.keys.push_back(log.customerKeys[c]);
        s.firstDay.push_back(first);
        s.lastDay.push_back(last);
        s.orders.push_back(count);
        s.repeatOrders.push_back(count - 1);
        s.monetary.push_back(total);
        s.averageValue.push_back(total / double(count));
        s.recencyDays.push_back(s.asOfDay - last);
        s.tenureDays.push_back(s.asOfDay - first);
        s.x.push_back(double(repeatDays));
        s.tx.push_back(double(last - first));
        s.T.push_back(double(s.asOfDay - first));
        s.repeatValue.push_back(repeatDays > 0 ? repeatTotal / double(repeatDays) : 0.0);
        s.topCategory.push_back(mostFrequent(lineCategories[c]));
        s.topChannel.push_back(mostFrequent(channels));
        s.topCountry.push_back(mostFrequent(countries));
    }
    s.categoryLevels = log.categories;
    s.channelLevels = log.channels;
    s.countryLevels = log.countries;
    return s;
}

Table customerTable(const CustomerSummary& s, const std::string& sourceName) {
    Table t;
    t.sourceName = sourceName;
    const std::size_t n = s.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));

    Column key;
    key.name = "customer";
    key.type = ColumnType::Identifier;
    key.role = ColumnRole::Identifier;
    for (const auto& k : s.keys) key.appendString(k);
    t.columns.push_back(std::move(key));

    const auto dates = [&](const char* name, const std::vector<std::int64_t>& days) {
        Column c;
        c.name = name;
        c.type = ColumnType::Date;
        c.role = ColumnRole::Date;
        for (const auto d : days) c.appendTime(d);
        t.columns.push_back(std::move(c));
    };
    const auto numbers = [&](const char* name, ColumnType type, const auto& values) {
        Column c;
        c.name = name;
        c.type = type;
        for (const auto v : values) c.appendNumber(double(v));
        t.columns.push_back(std::move(c));
    };
    dates("first_order", s.firstDay);
    dates("last_order", s.lastDay);
    numbers("orders", ColumnType::Integer, s.orders);
    numbers("repeat_orders", ColumnType::Integer, s.repeatOrders);
    numbers("recency_days", ColumnType::Integer, s.recencyDays);
    numbers("tenure_days", ColumnType::Integer, s.tenureDays);
    numbers("monetary", ColumnType::Decimal, s.monetary);
    numbers("average_value", ColumnType::Decimal, s.averageValue);
    if (!s.categoryLevels.empty()) t.columns.push_back(categoryColumn("top_category", s.topCategory, s.categoryLevels, order));
    if (!s.channelLevels.empty()) t.columns.push_back(categoryColumn("top_channel", s.topChannel, s.channelLevels, order));
    if (!s.countryLevels.empty()) t.columns.push_back(categoryColumn("top_country", s.topCountry, s.countryLevels, order));
    return t;
}

} // namespace segmenta::orders
