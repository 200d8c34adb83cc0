// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/members.h"

#include <algorithm>
#include <unordered_set>

#include "core/io/value_parsing.h"
#include "core/orders/money.h"
#include "core/orders/order_log.h"
#include "core/orders/timestamp.h"

namespace segmenta::orders {

namespace {

// A date column read with the format its own values suggest.
Result<std::vector<std::optional<std::int64_t>>> readDays(const Table& raw, const std::string& name,
                                                           std::optional<bool> dayFirst) {
    std::vector<std::optional<std::int64_t>> days(raw.rowCount());
    if (name.empty()) return days;
    const Column* col = raw.column(name);
    if (!col) return makeError(ErrorKind::NotFound, "There is no column '" + name + "' in this file; check the name.");
    std::vector<std::string> texts(raw.rowCount());
    std::string scratch;
    for (std::size_t r = 0; r < raw.rowCount(); ++r) texts[r] = std::string(cellText(*col, r, scratch));
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const TimestampFormat format = guessTimestampFormat(views, dayFirst).format;
    for (std::size_t r = 0; r < texts.size(); ++r) {
        if (csv::trimSpaces(texts[r]).empty()) continue;
        const auto t = parseTimestamp(texts[r], format);
        if (!t) return cellError(name, r, texts[r], "a date");
        days[r] = dayOf(*t);
    }
    return days;
}

} // namespace

Result<MemberView> buildMemberView(const Table& raw, const Recognition& source, std::optional<std::int64_t> asOfDay,
                                   std::optional<bool> dayFirst) {
    const ColumnMapping& m = source.mapping;
    if (m.customer.empty()) return makeError(ErrorKind::BadInput, "No column holds the members' e-mail; choose one.");
    const Column* key = raw.column(m.customer);
    if (!key) return makeError(ErrorKind::NotFound, "There is no column '" + m.customer + "' in this file.");
    auto joined = readDays(raw, m.date, dayFirst);
    if (!joined) return joined.error();
    auto lastCharge = readDays(raw, m.lastCharge, dayFirst);
    if (!lastCharge) return lastCharge.error();

    MemberView v;
    v.source = source;
    v.rows = std::int64_t(raw.rowCount());
    std::int64_t latest = INT64_MIN;
    for (std::size_t r = 0; r < raw.rowCount(); ++r) {
        if ((*joined)[r]) latest = std::max(latest, *(*joined)[r]);
        if ((*lastCharge)[r]) latest = std::max(latest, *(*lastCharge)[r]);
    }
    v.asOfDay = asOfDay.value_or(latest == INT64_MIN ? 0 : latest + 1);

    Column member, status, joinedCol, tenure, amount, last, orders, plan, country;
    member.name = "member"; member.type = ColumnType::Identifier; member.role = ColumnRole::Identifier;
    status.name = "status"; status.type = ColumnType::Category;
    joinedCol.name = "joined"; joinedCol.type = ColumnType::Date; joinedCol.role = ColumnRole::Date;
    tenure.name = "tenure_days"; tenure.type = ColumnType::Integer;
    amount.name = "lifetime_amount"; amount.type = ColumnType::Decimal;
    last.name = "last_charge"; last.type = ColumnType::Date; last.role = ColumnRole::Date;
    orders.name = "orders"; orders.type = ColumnType::Integer;
    plan.name = "plan"; plan.type = ColumnType::Category;
    country.name = "country"; country.type = ColumnType::Category;
    const Column* statusCol = m.status.empty() ? nullptr : raw.column(m.status);
    const Column* amountCol = m.amount.empty() ? nullptr : raw.column(m.amount);
    const Column* ordersCol = m.quantity.empty() ? nullptr : raw.column(m.quantity);
    const Column* planCol = m.category.empty() ? nullptr : raw.column(m.category);
    const Column* countryCol = m.country.empty() ? nullptr : raw.column(m.country);
    std::unordered_set<std::string> seen;
    std::string scratch;
    const auto category = [&](Column& out, const Column* in, std::size_t r) {
        const auto text = in ? csv::trimSpaces(cellText(*in, r, scratch)) : std::string_view{};
        if (text.empty()) out.appendMissing(); else out.appendCategory(text);
    };
    for (std::size_t r = 0; r < raw.rowCount(); ++r) {
        const std::string k = normaliseCustomerKey(cellText(*key, r, scratch));
        if (k.empty()) { ++v.withoutKey; continue; }
        if (!seen.insert(k).second) { ++v.duplicates; continue; }
        member.appendString(k);
        if (statusCol) {
            const std::string s(csv::trimSpaces(cellText(*statusCol, r, scratch)));
            ++v.byStatus[s.empty() ? "(none)" : s];
        }
        category(status, statusCol, r);
        if ((*joined)[r]) { joinedCol.appendTime(*(*joined)[r]); tenure.appendNumber(double(v.asOfDay - *(*joined)[r])); }
        else { joinedCol.appendMissing(); tenure.appendMissing(); }
        if ((*lastCharge)[r]) last.appendTime(*(*lastCharge)[r]); else last.appendMissing();
        for (auto [col, out] : {std::pair{amountCol, &amount}, std::pair{ordersCol, &orders}}) {
            const auto text = col ? csv::trimSpaces(cellText(*col, r, scratch)) : std::string_view{};
            if (text.empty()) { out->appendMissing(); continue; }
            const auto money = parseMoney(text);
            if (!money) return cellError(col == amountCol ? m.amount : m.quantity, r, text, "a number");
            out->appendNumber(money->amount);
        }
        category(plan, planCol, r);
        category(country, countryCol, r);
    }
    v.table.columns.push_back(std::move(member));
    if (statusCol) v.table.columns.push_back(std::move(status));
    if (!m.date.empty()) { v.table.columns.push_back(std::move(joinedCol)); v.table.columns.push_back(std::move(tenure)); }
    if (amountCol) v.table.columns.push_back(std::move(amount));
    if (!m.lastCharge.empty()) v.table.columns.push_back(std::move(last));
    if (ordersCol) v.table.columns.push_back(std::move(orders));
    if (planCol) v.table.columns.push_back(std::move(plan));
    if (countryCol) v.table.columns.push_back(std::move(country));
    return v;
}

} // namespace segmenta::orders
