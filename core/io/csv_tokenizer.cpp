// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv_tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace segmenta::csv {

Tokenizer::Tokenizer(char delimiter, char quote) : delimiter_(delimiter), quote_(quote) {
    special_[static_cast<unsigned char>(delimiter)] = true;
    special_['\n'] = true;
    special_['\r'] = true;
}

// Inlined into scan(): as a call per field it cost more than the search itself
// on short fields.
[[gnu::always_inline]] inline std::size_t Tokenizer::findSpecial(const char* d, std::size_t i,
                                                                 std::size_t end) const noexcept {
#ifdef __SSE2__
    // Sixteen bytes per step (SSE2 is part of x86-64): fields are short and of
    // varying length, so a byte loop mispredicts its exit on nearly every field.
    const __m128i delim = _mm_set1_epi8(delimiter_), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (i + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, delim), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
        const unsigned mask = unsigned(_mm_movemask_epi8(hit));
        if (mask) return i + unsigned(__builtin_ctz(mask));
        i += 16;
    }
#endif
    while (i < end && !special_[static_cast<unsigned char>(d[i])]) ++i;
    return i;
}

namespace {

#ifdef __SSE2__
// Where the delimiter, CR or LF sit in the 64 bytes at p: one bit per byte.
struct SpecialBits {
    __m128i delim, lf, cr;
    explicit SpecialBits(char delimiter)
        : delim(_mm_set1_epi8(delimiter)), lf(_mm_set1_epi8('\n')), cr(_mm_set1_epi8('\r')) {}
    std::uint64_t at(const char* p) const noexcept {
        std::uint64_t m = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, delim), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
            m |= std::uint64_t(unsigned(_mm_movemask_epi8(hit))) << (16 * k);
        }
        return m;
    }
};
#endif

} // namespace

RecordScan Tokenizer::scan(const char* d, std::size_t pos, std::size_t end, std::vector<Field>& fields) const {
    RecordScan r;
    fields.clear();
    // Locals, not members: the stores into `fields` could alias a member char,
    // which kept the compiler from hoisting them out of the loop.
    const char delimiter = delimiter_, quote = quote_;
#ifdef __SSE2__
    // The specials of a 64-byte block are found once and each unquoted field's
    // end is then a bit scan; a search per field cost more than the fields
    // (a record of 18 short fields was 18 searches of 16 bytes or more).
    const SpecialBits specials(delimiter);
    std::size_t block = 0;
    std::uint64_t bits = 0;
    bool haveBlock = false;
    auto nextSpecial = [&](std::size_t i) {
        for (;;) {
            if (haveBlock && i - block < 64) {
                const std::uint64_t m = bits >> (i - block);
                if (m) return i + std::size_t(__builtin_ctzll(m));
                i = block + 64;
            }
            if (end - i < 64 || i > end) return findSpecial(d, i, end);
            block = i;
            bits = specials.at(d + i);
            haveBlock = true;
        }
    };
#else
    auto nextSpecial = [&](std::size_t i) { return findSpecial(d, i, end); };
#endif
    std::size_t i = pos;
    for (;;) {
        if (i < end && d[i] == quote) {
            const std::size_t start = i;
            std::size_t j = i + 1;
            bool doubled = false, closed = false;
            while (j < end) {
                const void* q = std::memchr(d + j, quote, end - j);
                const std::size_t k = q ? std::size_t(static_cast<const char*>(q) - d) : end;
                r.newlines += std::count(d + j, d + k, '\n');
                if (!q) { j = end; break; }
                if (k + 1 < end && d[k + 1] == quote) { doubled = true; j = k + 2; continue; }
                j = k + 1;
                closed = true;
                break;
            }
            i = j;
            if (!closed) {
                r.unclosedQuote = true;
                fields.push_back({d + start, std::uint32_t(i - start), Field::kQuoted | Field::kRaw});
            } else if (i >= end || special_[static_cast<unsigned char>(d[i])]) {
                if (doubled) fields.push_back({d + start, std::uint32_t(i - start), Field::kQuoted | Field::kRaw});
                else fields.push_back({d + start + 1, std::uint32_t(i - start - 2), Field::kQuoted});
            } else {
                r.strayAfterQuote = true;
                while (i < end && !special_[static_cast<unsigned char>(d[i])]) ++i;
                fields.push_back({d + start, std::uint32_t(i - start), Field::kQuoted | Field::kRaw});
            }
        } else {
            const std::size_t start = i;
            i = nextSpecial(i);
            fields.push_back({d + start, std::uint32_t(i - start), 0});
        }
        if (i >= end) { r.next = end; return r; }
        const char c = d[i];
        if (c == delimiter) { ++i; continue; }
        ++i;
        if (c == '\r' && i < end && d[i] == '\n') ++i;
        r.newlines += 1;
        r.next = i;
        return r;
    }
}

std::string_view Tokenizer::value(const Field& f, std::string& scratch) const {
    if (!(f.flags & Field::kRaw)) return {f.data, f.size};
    scratch.clear();
    bool inQuote = false;
    for (std::uint32_t i = 0; i < f.size; ++i) {
        const char c = f.data[i];
        if (i == 0 && c == quote_) { inQuote = true; continue; }
        if (inQuote && c == quote_) {
            if (i + 1 < f.size && f.data[i + 1] == quote_) { scratch += quote_; ++i; }
            else inQuote = false;
            continue;
        }
        scratch += c;
    }
    return scratch;
}

} // namespace segmenta::csv
