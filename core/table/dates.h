// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>

namespace segmenta {

// Proleptic Gregorian calendar arithmetic (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, unsigned month, unsigned day) noexcept;
void civilFromDays(std::int64_t days, int& year, unsigned& month, unsigned& day) noexcept;
bool isValidDate(int year, unsigned month, unsigned day) noexcept;

std::string formatDate(std::int64_t days);            // "2024-03-31"
std::string formatDateTime(std::int64_t seconds);     // "2024-03-31 14:05:00"

} // namespace segmenta
