// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::csv {

// One field of a record as a slice of the text. Clean fields (unquoted, or
// quoted without doubled quotes) point at their value; the rest point at the raw
// text and need unescape().
struct Field {
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint8_t flags = 0;
    static constexpr std::uint8_t kQuoted = 1, kRaw = 2;
    bool quoted() const noexcept { return flags & kQuoted; }
};

struct RecordScan {
    std::size_t next = 0;           // offset after the record's line end
    std::int64_t newlines = 0;      // line ends consumed, embedded ones included
    bool unclosedQuote = false;     // a quoted field ran to the end of the text
    bool strayAfterQuote = false;   // text after a closing quote ("ab"c), kept
};

// A lenient RFC 4180 tokenizer: quoted fields may hold delimiters, doubled quotes
// and line breaks (LF, CRLF); records end at LF, CRLF or CR; quotes inside an
// unquoted field are ordinary characters.
class Tokenizer {
public:
    Tokenizer(char delimiter, char quote);

    // Splits the record starting at `pos` (< end) into `fields` (cleared first).
    RecordScan scan(const char* text, std::size_t pos, std::size_t end, std::vector<Field>& fields) const;

    // The value of a field; raw fields are unescaped into `scratch`.
    std::string_view value(const Field& f, std::string& scratch) const;

    static bool isBlank(const std::vector<Field>& fields) noexcept {
        return fields.size() == 1 && fields[0].size == 0 && !fields[0].quoted();
    }
    char delimiter() const noexcept { return delimiter_; }

private:
    // The first delimiter, CR or LF at or after i (end when none).
    std::size_t findSpecial(const char* d, std::size_t i, std::size_t end) const noexcept;
    char delimiter_, quote_;
    std::array<bool, 256> special_{};   // delimiter, CR, LF
};

} // namespace segmenta::csv
