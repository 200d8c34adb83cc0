// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/order_log.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/io/value_parsing.h"
#include "core/orders/money.h"
#include "core/orders/timestamp.h"

namespace segmenta::orders {

namespace {

std::string lowerTrimmed(std::string_view s) {
    s = csv::trimSpaces(s);
    std::string out;
    for (char c : s) out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return out;
}

std::string upperCode(std::string_view s) {
    std::string out;
    for (char c : s) out += (c >= 'a' && c <= 'z') ? char(c - 32) : c;
    return out;
}

enum class StatusKind { Kept, Failed, Cancelled, Refunded };

// The status words of the platforms' exports that mean "no sale".
StatusKind classifyStatus(std::string_view text) {
    std::string s = lowerTrimmed(text);
    if (s.rfind("wc-", 0) == 0) s.erase(0, 3);
    if (s == "failed" || s == "declined" || s == "payment failed" || s == "blocked") return StatusKind::Failed;
    if (s == "cancelled" || s == "canceled" || s == "voided" || s == "void" || s == "canceled by buyer")
        return StatusKind::Cancelled;
    if (s == "refunded" || s == "fully refunded" || s == "fully_refunded") return StatusKind::Refunded;
    return StatusKind::Kept;
}

bool marksTest(std::string_view text) {
    const std::string s = lowerTrimmed(text);
    return s == "test" || s.find("bogus") != std::string::npos;
}

// Everything one order collects from its lines.
struct OrderAcc {
    std::string customer;
    std::optional<std::int64_t> time;
    double amount = 0, refunded = 0;
    bool hasAmount = false, onlyNegative = true;
    std::string currency;
    StatusKind status = StatusKind::Kept;
    bool test = false, cancelled = false;
    std::int32_t channel = -1, country = -1;
    std::vector<std::int32_t> categories;
};

class Levels {
public:
    std::int32_t code(std::string_view text) {
        text = csv::trimSpaces(text);
        if (text.empty()) return -1;
        const auto [it, added] = index_.try_emplace(std::string(text), std::int32_t(names_.size()));
        if (added) names_.emplace_back(text);
        return it->second;
    }
    std::vector<std::string> take() { return std::move(names_); }

private:
    std::unordered_map<std::string, std::int32_t> index_;
    std::vector<std::string> names_;
};

// The mapped columns as pointers (nullptr = not mapped).
struct Columns {
    const Column *customer = nullptr, *fallback = nullptr, *order = nullptr, *date = nullptr, *time = nullptr,
                 *amount = nullptr, *refunded = nullptr, *currency = nullptr, *status = nullptr,
                 *cancelledAt = nullptr, *test = nullptr, *category = nullptr, *channel = nullptr,
                 *country = nullptr;
};

Result<Columns> resolveColumns(const Table& raw, const ColumnMapping& m) {
    if (m.customer.empty())
        return makeError(ErrorKind::BadInput,
                         "No column identifies the customer (an e-mail or a customer id); choose one.");
    if (m.date.empty()) return makeError(ErrorKind::BadInput, "No column can be read as the order date; choose one.");
    if (m.amount.empty())
        return makeError(ErrorKind::BadInput, "No column can be read as the order amount; choose one.");
    Columns c;
    std::string missing;
    const auto get = [&](const std::string& name, const Column*& out) {
        if (name.empty()) return;
        out = raw.column(name);
        if (!out && missing.empty()) missing = name;
    };
    get(m.customer, c.customer); get(m.customerFallback, c.fallback); get(m.order, c.order);
    get(m.date, c.date); get(m.time, c.time); get(m.amount, c.amount); get(m.refunded, c.refunded);
    get(m.currency, c.currency); get(m.status, c.status); get(m.cancelledAt, c.cancelledAt);
    get(m.test, c.test); get(m.category.empty() ? m.item : m.category, c.category);
    get(m.channel, c.channel); get(m.country, c.country);
    if (!missing.empty())
        return makeError(ErrorKind::NotFound, "There is no column '" + missing + "' in this file; check the name.");
    return c;
}

// Decides how the date column is written from (a sample of) its values.
Result<TimestampFormat> dateFormat(const Table& raw, const Columns& c, const ColumnMapping& m,
                                   const OrderOptions& options, std::string& note) {
    TimestampFormat format;
    format.pattern = options.datePattern;
    if (!format.pattern.empty()) return format;
    std::vector<std::string> sample;
    const std::size_t n = raw.rowCount(), step = std::max<std::size_t>(1, n / 20000);
    std::string scratch;
    for (std::size_t r = 0; r < n; r += step) sample.emplace_back(cellText(*c.date, r, scratch));
    const std::vector<std::string_view> views(sample.begin(), sample.end());
    const TimestampGuess guess = guessTimestampFormat(views, options.dayFirst);
    if (guess.nonEmpty == 0)
        return makeError(ErrorKind::BadInput, "Column '" + m.date + "' is empty; choose the column with the order dates.");
    if (guess.readable * 2 < guess.nonEmpty) {
        for (std::size_t i = 0; i < views.size(); ++i)
            if (!csv::trimSpaces(views[i]).empty() && !parseTimestamp(views[i], guess.format))
                return cellError(m.date, i * step, views[i], "a date");
    }
    format = guess.format;
    if (options.dayFirst) format.order = *options.dayFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
    note = guess.note;
    return format;
}

} // namespace

std::string_view cellText(const Column& column, std::size_t row, std::string& scratch) {
    if (column.isMissing(row)) return {};
    if (isStringLike(column.type)) return column.strings[row];
    if (column.type == ColumnType::Category) return column.levels[std::size_t(column.codes[row])];
    scratch = column.displayText(row);
    return scratch;
}

Error cellError(const std::string& column, std::size_t row, std::string_view value, const char* what) {
    return makeError(ErrorKind::BadInput,
                     "Column '" + column + "', row " + std::to_string(row + 1) + ": '" + std::string(value) +
                         "' is not " + what + "; choose another column or correct the file.",
                     std::int64_t(row + 1));
}

std::string normaliseCustomerKey(std::string_view key) {
    key = csv::trimSpaces(key);
    if (key.find('@') == std::string_view::npos) return std::string(key);
    return lowerTrimmed(key);
}

Result<OrderLog> buildOrderLog(const Table& raw, const Recognition& source, const OrderOptions& options,
                               const Progress* progress) {
    if (source.kind != ExportKind::Orders)
        return makeError(ErrorKind::BadInput, std::string("This is a ") + displayName(source.platform) +
                                                  " export: a list of members, not of orders.");
    const ColumnMapping& m = source.mapping;
    auto cols = resolveColumns(raw, m);
    if (!cols) return cols.error();
    const Columns& c = *cols;
    OrderLog log;
    log.source = source;
    auto format = dateFormat(raw, c, m, options, log.dateNote);
    if (!format) return format.error();

    const std::size_t n = raw.rowCount();
    log.rows = std::int64_t(n);
    std::vector<OrderAcc> accs;
    std::unordered_map<std::string, std::size_t> byOrderId;
    Levels categories, channels, countries;
    std::string s1, s2, joined;
    for (std::size_t r = 0; r < n; ++r) {
        if ((r & 0xFFFF) == 0) {
            if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Reading the orders was cancelled.");
            report(progress, double(r) / double(std::max<std::size_t>(n, 1)), "Reading orders");
        }
        std::size_t index;
        const std::string_view id = c.order ? csv::trimSpaces(cellText(*c.order, r, s1)) : std::string_view{};
        if (id.empty()) {
            index = accs.size();
            accs.emplace_back();
        } else {
            const auto [it, added] = byOrderId.try_emplace(std::string(id), accs.size());
            if (added) accs.emplace_back();
            index = it->second;
        }
        OrderAcc& o = accs[index];
        if (o.customer.empty()) {
            o.customer = normaliseCustomerKey(cellText(*c.customer, r, s1));
            if (o.customer.empty() && c.fallback) o.customer = normaliseCustomerKey(cellText(*c.fallback, r, s1));
        }
        std::string_view dateText = cellText(*c.date, r, s1);
        if (c.time && !csv::trimSpaces(dateText).empty()) {
            joined.assign(csv::trimSpaces(dateText));
            const auto timeText = csv::trimSpaces(cellText(*c.time, r, s2));
            if (!timeText.empty()) joined.append(" ").append(timeText);
            dateText = joined;
        }
        if (!csv::trimSpaces(dateText).empty()) {
            const auto t = parseTimestamp(dateText, *format);
            if (!t) return cellError(m.date, r, dateText, "a date");
            if (!o.time || *t < *o.time) o.time = *t;
        }
        const std::string_view amountText = cellText(*c.amount, r, s1);
        if (!csv::trimSpaces(amountText).empty()) {
            const auto money = parseMoney(amountText);
            if (!money) return cellError(m.amount, r, amountText, "an amount");
            o.amount += money->amount;
            o.hasAmount = true;
            if (money->amount > 0) o.onlyNegative = false;
            if (o.currency.empty()) o.currency = money->currency;
        }
        if (c.refunded) {
            const std::string_view text = cellText(*c.refunded, r, s1);
            if (!csv::trimSpaces(text).empty()) {
                const auto money = parseMoney(text);
                if (!money) return cellError(m.refunded, r, text, "an amount");
                o.refunded += std::abs(money->amount);
            }
        }
        if (c.currency) {
            const auto code = csv::trimSpaces(cellText(*c.currency, r, s1));
            if (!code.empty()) o.currency = upperCode(code);
        }
        if (c.status) {
            const StatusKind k = classifyStatus(cellText(*c.status, r, s1));
            if (k != StatusKind::Kept) o.status = k;
        }
        if (c.cancelledAt && !csv::trimSpaces(cellText(*c.cancelledAt, r, s1)).empty()) o.cancelled = true;
        if (c.test && marksTest(cellText(*c.test, r, s1))) o.test = true;
        if (c.category) o.categories.push_back(categories.code(cellText(*c.category, r, s1)));
        if (c.channel && o.channel < 0) o.channel = channels.code(cellText(*c.channel, r, s1));
        if (c.country && o.country < 0) o.country = countries.code(cellText(*c.country, r, s1));
    }
    log.ordersFound = std::int64_t(accs.size());

    // One currency: the one asked for, else the one most sales are in (test,
    // failed and cancelled orders do not vote).
    std::map<std::string, std::int64_t> perCurrency;
    for (const auto& o : accs)
        if (!o.test && !o.cancelled && o.status == StatusKind::Kept && o.hasAmount) ++perCurrency[o.currency];
    log.currency = options.currency;
    if (log.currency.empty()) {
        std::int64_t best = -1;
        for (const auto& [code, count] : perCurrency)
            if (count > best) { best = count; log.currency = code; }
    }

    std::unordered_map<std::string, std::uint32_t> customerIndex;
    const auto leave = [&](const char* why) { ++log.leftOut[why]; };
    for (auto& o : accs) {
        if (o.test) { leave(reason::kTest); continue; }
        if (o.status == StatusKind::Failed) { leave(reason::kFailed); continue; }
        if (o.status == StatusKind::Cancelled || o.cancelled) { leave(reason::kCancelled); continue; }
        if (o.status == StatusKind::Refunded || (o.hasAmount && o.amount > 0 && o.refunded >= o.amount)) {
            leave(reason::kRefunded);
            continue;
        }
        if (!o.hasAmount) { leave(reason::kNoAmount); continue; }
        if (o.onlyNegative && o.amount < 0) { leave(reason::kRefundOnly); continue; }
        if (o.customer.empty()) { leave(reason::kGuest); continue; }
        if (!o.time) { leave(reason::kNoDate); continue; }
        if (o.currency != log.currency) {
            leave(reason::kOtherCurrency);
            ++log.otherCurrencies[o.currency.empty() ? "(none)" : o.currency];
            continue;
        }
        const auto [it, added] = customerIndex.try_emplace(o.customer, std::uint32_t(log.customerKeys.size()));
        if (added) log.customerKeys.push_back(std::move(o.customer));
        log.orders.push_back(Order{it->second, *o.time, o.amount - o.refunded, o.channel, o.country});
        for (const auto code : o.categories)
            if (code >= 0) log.lineCategories.emplace_back(it->second, code);
    }
    log.categories = categories.take();
    log.channels = channels.take();
    log.countries = countries.take();
    std::stable_sort(log.orders.begin(), log.orders.end(), [](const Order& a, const Order& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.time < b.time;
    });
    if (!log.otherCurrencies.empty()) {
        std::string list;
        for (const auto& [code, count] : log.otherCurrencies)
            list += (list.empty() ? "" : ", ") + std::to_string(count) + " in " + code;
        log.notes.push_back("Only orders in " + (log.currency.empty() ? std::string("no stated currency") : log.currency) +
                            " are counted; left out: " + list + ".");
    }
    if (!log.dateNote.empty()) log.notes.push_back("Dates " + log.dateNote + ".");
    if (log.orders.empty())
        return makeError(ErrorKind::BadInput, "No order is left to analyse: every order was left out (see the counts).");
    report(progress, 1.0, "Reading orders");
    return log;
}

} // namespace segmenta::orders
