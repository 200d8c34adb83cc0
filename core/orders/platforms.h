// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

namespace segmenta::orders {

// The exports Segmenta recognises from their header row.
enum class Platform {
    ShopifyOrders, ShopifyCustomers, WooCommerceOrders, WooCommerceCustomers, Stripe, Etsy, Square,
    Patreon, Substack, Mailchimp, Generic
};
const char* toString(Platform p) noexcept;   // "shopify_orders", "stripe", … (as in the CLI JSON)
const char* displayName(Platform p) noexcept; // "Shopify orders", "Stripe payments", …

// Orders: one row per order or order line. Members: one row per customer or
// subscriber (tenure, status, lifetime amount), never read as orders.
enum class ExportKind { Orders, Members };

// Which column of the export plays which part. Empty = the export has none.
struct ColumnMapping {
    std::string customer;          // the key that identifies a customer (e-mail, customer id)
    std::string customerFallback;  // used on rows where `customer` is empty (Stripe: the e-mail)
    std::string order;             // rows with the same value are one order; empty = one row, one order
    std::string date;              // order time (members: joined)
    std::string time;              // a separate time-of-day column (Square)
    std::string amount;            // net amount of the order (members: lifetime amount)
    std::string refunded;          // amount refunded, subtracted from `amount`
    std::string currency;
    std::string status;            // failed / cancelled / refunded orders are left out
    std::string cancelledAt;       // a non-empty cell marks a cancelled order (Shopify)
    std::string test;              // "test" (Stripe Mode) or "bogus" (Shopify's test gateway) marks a test
    std::string item, quantity, category, channel, country;
    std::string lastCharge;        // members: the last payment date
};

// Every named column of a mapping with its role ("customer", "date", …), for
// display and the CLI JSON; empty roles are left out.
std::vector<std::pair<std::string, std::string>> namedColumns(const ColumnMapping& m);

struct Recognition {
    Platform platform = Platform::Generic;
    ExportKind kind = ExportKind::Orders;
    ColumnMapping mapping;
};

// Matches the header (names compared without letter case or surrounding
// spaces) against each platform's documented columns. Anything else is
// Generic with guesses: the customer, date and amount columns by name.
Recognition recogniseExport(const std::vector<std::string>& header);

} // namespace segmenta::orders
