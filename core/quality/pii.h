// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string_view>

namespace segmenta {

// Kinds of personal data recognised in a column's values (and, for some, its
// header). Recognising them lets the app warn, keep them out of the history, the
// saved models and the exports. Values are only appended (JSON codes are stable).
//  FreeText:   text with e-mails, phones, card numbers, IP addresses, names or
//              street addresses inside it (notes, comments)
//  PersonalId: IBAN, social security, passport or tax numbers (found by header)
enum class PiiKind { None, Email, Phone, Card, IpAddress, PersonName, StreetAddress, FreeText, PersonalId };
// "email", "phone", "card", "ip_address", "person_name", "street_address",
// "free_text", "personal_id"; "" for None
const char* toString(PiiKind kind) noexcept;

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

// An IPv4 address (four numbers 0-255 joined by dots) or an IPv6 address
// (hexadecimal groups with colons, "::" once at most, optionally ending in IPv4).
bool looksLikeIpv4(std::string_view value) noexcept;
bool looksLikeIpv6(std::string_view value) noexcept;
bool looksLikeIpAddress(std::string_view value) noexcept;

// A street address: a house number next to a street in one of the common
// shapes ("12 Main Street", "Hauptstraße 12", "Via Roma 10", "5 rue de la Paix",
// "Calle Mayor 3, Madrid"). Found inside longer text as well.
bool containsStreetAddress(std::string_view text) noexcept;

// How much a value looks like a person's name:
//  Shape: one to four capitalised words of letters (also "Schmidt, Anna",
//         "O'Brien", "Müller-Lüdenscheid"): a name, a city or a product alike
//  Known: that shape with a common given name or surname among the words
enum class NameLikeness { None, Shape, Known };
NameLikeness nameLikeness(std::string_view value) noexcept;

// The kind a single whole value looks like (card before phone: a card number is
// never written with a '+' or parentheses). Names are judged per column.
PiiKind classifyPii(std::string_view value) noexcept;

// The kind of personal data found anywhere inside a longer text (an e-mail in a
// note, "call +49 30 1234567", "Anna Schmidt asked…"); None when there is none.
PiiKind findPiiInText(std::string_view text) noexcept;

} // namespace segmenta
