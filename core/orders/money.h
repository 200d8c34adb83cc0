// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace segmenta::orders {

// An amount as exports write money: "60", "60.00", "1,234.50", "$60.00",
// "-$5.00", "($5.00)" (accounting negative), "€12.50", "12.50 EUR", "USD 12.50".
// The decimal mark is '.'; a comma is read as thousands grouping when it is
// followed by exactly three digits, else as the decimal mark ("12,50").
struct Money {
    double amount = 0;
    std::string currency;   // "USD", "EUR" … from a code or a sign ("$" → "$"); empty when none
};

std::optional<Money> parseMoney(std::string_view text);

} // namespace segmenta::orders
