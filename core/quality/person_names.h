// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string_view>

// Common given names and surnames from many countries, for recognising columns
// of person names by their values. Words that are just as often a place, a
// colour, a month, a brand or an everyday word (Paris, Georgia, Rose, April, Max,
// Mark, Will, Frank, Grace) are left out: a column of cities, countries or
// products must not look like names.
namespace segmenta::quality_detail {

// `word` in lower case (ASCII letters folded; other UTF-8 bytes as written).
bool isCommonGivenName(std::string_view word) noexcept;
bool isCommonSurname(std::string_view word) noexcept;

} // namespace segmenta::quality_detail
