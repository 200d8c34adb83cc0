// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/orders/platforms.h"
#include "core/table/table.h"

namespace segmenta::orders {

struct OrderOptions {
    std::optional<bool> dayFirst;   // settles 03/04/2024; unset = decided from the data
    std::string datePattern;        // a typed format ("%d.%m.%Y"); empty = recognised
    std::string currency;           // the one currency to keep; empty = the most frequent
};

// One order after its lines were joined, refunds subtracted and left-outs removed.
struct Order {
    std::uint32_t customer = 0;   // index into OrderLog::customerKeys
    std::int64_t time = 0;        // seconds since 1970-01-01 UTC
    double amount = 0;            // net amount in OrderLog::currency
    std::int32_t channel = -1, country = -1;   // index into the level lists, -1 = none
};

// Why orders or rows were left out (the CLI JSON's "left_out" keys).
namespace reason {
inline constexpr const char* kTest = "test";
inline constexpr const char* kFailed = "failed";
inline constexpr const char* kCancelled = "cancelled";
inline constexpr const char* kRefunded = "refunded";
inline constexpr const char* kGuest = "no_customer";
inline constexpr const char* kNoDate = "no_date";
inline constexpr const char* kNoAmount = "no_amount";
inline constexpr const char* kOtherCurrency = "other_currency";
inline constexpr const char* kRefundOnly = "refund_without_order";
} // namespace reason

struct OrderLog {
    Recognition source;
    std::int64_t rows = 0;                   // data rows read
    std::int64_t ordersFound = 0;            // distinct orders before anything was left out
    std::vector<std::string> customerKeys;   // e-mails lower-cased and trimmed, ids trimmed
    std::vector<Order> orders;               // kept orders, by customer, then time
    // Category (or item) of each kept order line, with its customer: the most
    // frequent one per customer is counted by line, not by order.
    std::vector<std::pair<std::uint32_t, std::int32_t>> lineCategories;
    std::vector<std::string> categories, channels, countries;
    std::string currency;                    // the kept currency ("" when the export has none)
    std::map<std::string, std::int64_t> leftOut;   // reason → orders left out
    std::map<std::string, std::int64_t> otherCurrencies;   // currency → orders left out
    std::string dateNote;                    // how the dates were read
    std::vector<std::string> notes;          // plain sentences for the user
};

// The same customer however the export spells the key: surrounding spaces
// removed; an e-mail (a key with '@') also lower-cased.
std::string normaliseCustomerKey(std::string_view key);

// Turns the rows of an export (any column types; cells are read as text) into
// orders. Rows with the same order id are one order: its time is the earliest,
// its amount the sum of the amounts given (Shopify writes them on the first
// line only), minus the refunded amounts. Left out and counted: test, failed,
// cancelled and fully refunded orders, orders without a customer key (guests),
// without a date or amount, in another currency, and refunds without an order.
// Errors (BadInput, naming the column and the row): a required column missing
// from the mapping or the table, a date or an amount that cannot be read.
Result<OrderLog> buildOrderLog(const Table& raw, const Recognition& source, const OrderOptions& options = {},
                               const Progress* progress = nullptr);

// A cell as text, whatever the column type ("" when missing).
std::string_view cellText(const Column& column, std::size_t row, std::string& scratch);

// "Column 'X', row N: 'v' is not <what>; …" as a BadInput error (row 0-based in, 1-based out).
Error cellError(const std::string& column, std::size_t row, std::string_view value, const char* what);

// The UTC day (days since 1970-01-01) of a time in seconds, rounding down.
inline std::int64_t dayOf(std::int64_t seconds) noexcept {
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

} // namespace segmenta::orders
