// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/text_decoding.h"

#include <cstring>
#include <thread>

#include "core/common/busy_cores.h"

namespace segmenta::csv {

namespace {

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Length of the valid UTF-8 sequence at p (1..4), or 0 when the byte starts none.
int utf8SequenceLength(const unsigned char* p, const unsigned char* e) noexcept {
    const unsigned c = p[0];
    if (c < 0x80) return 1;
    auto cont = [&](int k) { return p + k < e && (p[k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
        if (c == 0xED && p[1] > 0x9F) return 0;   // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] > 0x8F) return 0;
        return 4;
    }
    return 0;
}

struct Utf8Stats { std::int64_t multibyte = 0, invalid = 0; };

Utf8Stats scanUtf8Range(std::string_view s) {
    Utf8Stats st;
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    const auto e = p + s.size();
    while (p < e) {
        // Skip ASCII eight bytes at a time: most exports are mostly ASCII.
        while (e - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & 0x8080808080808080ull) break;
            p += 8;
        }
        if (p >= e) break;
        if (*p < 0x80) { ++p; continue; }
        const int n = utf8SequenceLength(p, e);
        if (n == 0) { ++st.invalid; ++p; }
        else { ++st.multibyte; p += n; }
    }
    return st;
}

// A large text is checked in two halves on two threads (it was a sequential
// step before the parallel parse). The cut goes just before an ASCII byte,
// which no sequence, valid or not, can span, so the counts add up exactly.
Utf8Stats scanUtf8(std::string_view s) {
    constexpr std::size_t kParallelBytes = 8u << 20;
    if (s.size() < kParallelBytes) return scanUtf8Range(s);
    std::size_t mid = s.size() / 2;
    while (mid < s.size() && static_cast<unsigned char>(s[mid]) >= 0x80) ++mid;
    Utf8Stats second;
    std::thread helper([&] {
        const BusyCoreScope busy;
        second = scanUtf8Range(s.substr(mid));
    });
    Utf8Stats first;
    {
        const BusyCoreScope busy;
        first = scanUtf8Range(s.substr(0, mid));
    }
    helper.join();
    return {first.multibyte + second.multibyte, first.invalid + second.invalid};
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    }
}

constexpr std::uint32_t kReplacement = 0xFFFD;

// Records one invalid byte on `line`, once per line.
void noteInvalid(DecodedText& d, std::int64_t line) {
    ++d.invalidBytes;
    if (d.invalidLines.empty() || d.invalidLines.back() != line) {
        d.invalidLines.push_back(line);
        d.invalidOffsets.push_back(d.owned.size());
    }
}

void repairUtf8(std::string_view s, DecodedText& d) {
    d.owned.reserve(s.size() + 16);
    auto p = reinterpret_cast<const unsigned char*>(s.data());
    const auto e = p + s.size();
    std::int64_t line = 1;
    while (p < e) {
        const int n = utf8SequenceLength(p, e);
        if (*p == '\n') ++line;
        if (n == 0) { noteInvalid(d, line); appendUtf8(d.owned, kReplacement); ++p; continue; }
        d.owned.append(reinterpret_cast<const char*>(p), std::size_t(n));
        p += n;
    }
}

// Windows-1252's 0x80..0x9F; 0 marks the five unassigned bytes.
constexpr std::uint16_t kCp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void decodeCp1252(std::string_view s, DecodedText& d) {
    d.owned.reserve(s.size() + s.size() / 8);
    std::int64_t line = 1;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n') ++line;
        if (c < 0x80) { d.owned += ch; continue; }
        std::uint32_t cp = c;
        if (c < 0xA0) {
            cp = kCp1252[c - 0x80];
            if (cp == 0) { noteInvalid(d, line); cp = kReplacement; }
        }
        appendUtf8(d.owned, cp);
    }
}

void decodeUtf16(std::string_view s, bool bigEndian, DecodedText& d) {
    d.owned.reserve(s.size() / 2 + s.size() / 8);
    std::int64_t line = 1;
    const std::size_t units = s.size() / 2;
    auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(s[2 * i]), b = static_cast<unsigned char>(s[2 * i + 1]);
        return bigEndian ? (std::uint32_t(a) << 8 | b) : (std::uint32_t(b) << 8 | a);
    };
    for (std::size_t i = 0; i < units; ++i) {
        std::uint32_t cp = unit(i);
        if (cp == '\n') ++line;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units && unit(i + 1) >= 0xDC00 && unit(i + 1) <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 1) - 0xDC00);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            noteInvalid(d, line);
            cp = kReplacement;
        }
        appendUtf8(d.owned, cp);
    }
    if (s.size() % 2) noteInvalid(d, line);
}

// UTF-16 without a BOM shows as many zero bytes on one side of each pair.
std::optional<bool> sniffUtf16(std::string_view s) {
    const std::size_t n = std::min<std::size_t>(s.size(), 4096) & ~std::size_t(1);
    if (n < 8) return std::nullopt;
    std::size_t evenZero = 0, oddZero = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenZero += s[i] == 0;
        oddZero += s[i + 1] == 0;
    }
    const std::size_t pairs = n / 2;
    if (oddZero * 10 > pairs * 7 && evenZero * 20 < pairs) return false;   // LE: "a\0"
    if (evenZero * 10 > pairs * 7 && oddZero * 20 < pairs) return true;    // BE: "\0a"
    return std::nullopt;
}

} // namespace

std::string describeBinary(std::string_view h) {
    if (startsWith(h, "\x89PNG")) return "a PNG image";
    if (startsWith(h, "GIF8")) return "a GIF image";
    if (startsWith(h, "\xFF\xD8\xFF")) return "a JPEG image";
    if (startsWith(h, "%PDF")) return "a PDF document";
    if (startsWith(h, "PK\x03\x04")) return "a ZIP archive or an Excel workbook (.xlsx)";
    if (startsWith(h, "\xD0\xCF\x11\xE0")) return "an old Excel workbook (.xls)";
    if (startsWith(h, std::string_view("SQLite format 3\0", 16))) return "an SQLite database";
    if (startsWith(h, "\x7F" "ELF")) return "a program";
    if (startsWith(h, "\x1F\x8B")) return "a gzip-compressed file";
    if (startsWith(h, "\xFF\xFE") || startsWith(h, "\xFE\xFF") || sniffUtf16(h)) return {};
    const std::size_t n = std::min<std::size_t>(h.size(), 65536);
    std::size_t control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(h[i]);
        if (c == 0) return "a binary file";
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
    }
    if (control * 100 > n + 100) return "a binary file";
    return {};
}

DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> forced) {
    DecodedText d;
    std::string_view s = bytes;
    TextEncoding enc = TextEncoding::Utf8;
    bool sure = false;
    if (startsWith(s, "\xEF\xBB\xBF")) { enc = TextEncoding::Utf8Bom; s.remove_prefix(3); sure = true; }
    else if (startsWith(s, "\xFF\xFE")) { enc = TextEncoding::Utf16LE; s.remove_prefix(2); sure = true; }
    else if (startsWith(s, "\xFE\xFF")) { enc = TextEncoding::Utf16BE; s.remove_prefix(2); sure = true; }
    else if (const auto be = sniffUtf16(s)) { enc = *be ? TextEncoding::Utf16BE : TextEncoding::Utf16LE; d.confidence = 0.8; sure = true; }

    if (forced) {
        // A forced UTF-8 also accepts the BOM form, and vice versa.
        const bool forcedUtf8 = *forced == TextEncoding::Utf8 || *forced == TextEncoding::Utf8Bom;
        if (!(forcedUtf8 && enc == TextEncoding::Utf8Bom) && *forced != enc) s = bytes;   // the "BOM" is data
        if (*forced == TextEncoding::Utf16LE || *forced == TextEncoding::Utf16BE) {
            if (startsWith(s, *forced == TextEncoding::Utf16LE ? "\xFF\xFE" : "\xFE\xFF")) s.remove_prefix(2);
        }
        enc = forcedUtf8 && enc == TextEncoding::Utf8Bom ? TextEncoding::Utf8Bom : *forced;
        d.confidence = 1;
        sure = true;
    }

    d.encoding = enc;
    switch (enc) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        decodeUtf16(s, enc == TextEncoding::Utf16BE, d);
        d.converted = true;
        return d;
    case TextEncoding::Windows1252:
        decodeCp1252(s, d);
        d.converted = true;
        return d;
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: break;
    }
    const Utf8Stats st = scanUtf8(s);
    if (st.invalid == 0) { d.source = s; return d; }
    if (!sure && st.multibyte < st.invalid) {
        // Bytes that are not UTF-8 and no UTF-8 letters beside them: a legacy Windows export.
        d.encoding = TextEncoding::Windows1252;
        d.confidence = st.multibyte == 0 ? 0.9 : 0.6;
        decodeCp1252(s, d);
        d.converted = true;
        return d;
    }
    if (!forced) d.confidence = double(st.multibyte) / double(st.multibyte + st.invalid);
    repairUtf8(s, d);
    d.converted = true;
    return d;
}

} // namespace segmenta::csv
