// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/csv_reader.h"

namespace segmenta::csv {

// The file's text as UTF-8 without a BOM. UTF-8 input is not copied.
struct DecodedText {
    std::string owned;         // the converted text when a copy was needed
    std::string_view source;   // otherwise: the input without its BOM
    bool converted = false;
    std::string_view text() const noexcept { return converted ? std::string_view(owned) : source; }
    TextEncoding encoding = TextEncoding::Utf8;
    double confidence = 1;
    std::vector<std::int64_t> invalidLines;   // 1-based lines that held undecodable bytes (replaced by U+FFFD)
    std::vector<std::size_t> invalidOffsets;  // for each of those lines, where the first replacement is in text()
    std::int64_t invalidBytes = 0;
};

// What kind of binary file this is ("a PNG image"), or empty for text.
std::string describeBinary(std::string_view head);

// Detects (or applies the forced) encoding and converts to UTF-8. Invalid bytes
// are replaced and their lines recorded; this never fails.
DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> forced);

} // namespace segmenta::csv
