// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string_view>

namespace segmenta {

// Kinds of personal data recognised in a column's values. Recognising them lets
// the app warn before export and keep them out of the history.
enum class PiiKind { None, Email, Phone, Card };
const char* toString(PiiKind kind) noexcept;   // "email", "phone", "card"; "" for None

// An e-mail address: local@domain.tld, the whole value (surrounding spaces ignored).
bool looksLikeEmail(std::string_view value) noexcept;

// A phone number: 9 to 15 digits with the usual separators (space - . / ( )),
// or 7 to 15 digits after a leading '+' or "00". Dates and plain decimals are not phones.
bool looksLikePhone(std::string_view value) noexcept;

// A payment card number: 13 to 19 digits, optionally grouped by spaces or dashes,
// passing the Luhn check (ISO/IEC 7812-1).
bool looksLikeCard(std::string_view value) noexcept;

// The Luhn check over a string of digits only.
bool luhnValid(std::string_view digits) noexcept;

// The kind a single value looks like (card before phone: a card number is never
// written with a '+' or parentheses).
PiiKind classifyPii(std::string_view value) noexcept;

} // namespace segmenta
