// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/orders/platforms.h"
#include "core/table/table.h"

namespace segmenta::orders {

// A member or subscriber list (Patreon, Substack, Mailchimp, the Shopify and
// WooCommerce customer downloads) as a table of members: one row per member
// key, never turned into orders.
struct MemberView {
    Recognition source;
    std::int64_t rows = 0;
    std::int64_t withoutKey = 0;                 // rows without an e-mail: left out
    std::int64_t duplicates = 0;                 // rows whose key was seen before: left out
    std::int64_t asOfDay = 0;                    // tenure counted to this day
    std::map<std::string, std::int64_t> byStatus;   // status as written → members
    // member, status, joined, tenure_days, lifetime_amount, last_charge, orders,
    // plan, country — those the export has.
    Table table;
};

// Errors (BadInput, naming the column and the row): no member key column, a
// date or an amount that cannot be read.
Result<MemberView> buildMemberView(const Table& raw, const Recognition& source,
                                   std::optional<std::int64_t> asOfDay = std::nullopt,
                                   std::optional<bool> dayFirst = std::nullopt);

} // namespace segmenta::orders
