// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/quality/pii.h"
#include "core/table/table.h"

namespace segmenta {

// Whether a column holds personal data, judged by its values first and by its
// header where the values do not decide.
struct PersonalData {
    PiiKind kind = PiiKind::None;
    double share = 0;        // share of the checked values that showed personal data (0 when by header)
    bool byHeader = false;   // found by the header ("last_name", "ip") rather than the values
    bool personal() const noexcept { return kind != PiiKind::None; }
};

struct PersonalDataOptions {
    std::size_t sample = 2000;   // values checked per column, spread evenly over the rows
    double share = 0.5;          // e-mails, phones, cards, IP or street addresses: share of whole values
    double textShare = 0.005;    // free text: share of values with personal data inside (at least one value)
};

// THE judgement of whether a column is personal data; everything that writes
// (history, saved models, exports) and the default features rely on it.
//  - values: e-mail, phone, card (Luhn), IPv4/IPv6, street address; person
//    names (capitalised words, enough of them common given names or surnames);
//    text with any of these inside
//  - header (text and category columns; phones, cards and personal ids also
//    for whole numbers): "email", "phone", "first_name", "surname", "street",
//    "ip_address", "iban", …; a bare "name" only when the values look like names
// Checks at most `sample` values (each category level once), so it stays fast
// on millions of rows.
PersonalData personalDataOf(const Column& column, const PersonalDataOptions& options = {});

// What is found, in English for the CLI and the reasons: "e-mail addresses", "person names", …
std::string describePiiKind(PiiKind kind);

// Why the values of a column are never written.
//  PersonalData: personalDataOf found it (never stored, and left out of exports)
//  Identifier:   Identifier type or role (one value per row: never stored)
//  Text:         free text without personal data found (never stored in the history)
enum class WithholdReason { PersonalData, Identifier, Text };
const char* toString(WithholdReason reason) noexcept;   // "personal_data", "identifier", "text"

struct WithheldColumn {
    std::string column;
    WithholdReason reason = WithholdReason::PersonalData;
    PersonalData personal;   // for PersonalData
};

// Every column whose values are not written, in table order. A column named in
// `keep` is the user's explicit choice to keep it: it is not judged personal
// (identifiers and text stay withheld from the history by their type).
std::vector<WithheldColumn> withheldColumns(const Table& table, const std::vector<std::string>& keep = {});

// The names of withheld columns for one reason (e.g. what an export leaves out).
std::vector<std::string> withheldNames(const std::vector<WithheldColumn>& withheld, WithholdReason reason);

} // namespace segmenta
