// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data inside words and sentences: street addresses, person names, and
// e-mails, phones, card numbers or IP addresses somewhere in a longer text.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/quality/person_names.h"
#include "core/quality/pii.h"

namespace segmenta {

namespace {

using namespace quality_detail;

bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }
bool isSpace(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isAsciiUpper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool isAsciiLetter(char c) noexcept { return isAsciiUpper(c) || (c >= 'a' && c <= 'z'); }
unsigned char byte(char c) noexcept { return static_cast<unsigned char>(c); }

// An upper-case first letter: ASCII, or Latin-1 / Latin Extended-A in UTF-8
// (À-Þ; the even code points of Ā-ž, which are the capitals there).
bool startsCapitalised(std::string_view w) noexcept {
    if (w.empty()) return false;
    if (isAsciiUpper(w[0])) return true;
    if (w.size() < 2) return false;
    const unsigned char a = byte(w[0]), b = byte(w[1]);
    if (a == 0xC3) return b >= 0x80 && b <= 0x9E && b != 0x97;
    return (a == 0xC4 || a == 0xC5) && b % 2 == 0;
}

// Lower case for the name lists: ASCII folded, À-Þ and the Latin Extended-A capitals too.
std::string lowerWord(std::string_view w) {
    std::string out(w);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned char c = byte(out[i]);
        if (isAsciiUpper(out[i])) out[i] = char(c + 32);
        else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < out.size()) {
            const unsigned char n = byte(out[i + 1]);
            if (c == 0xC3 && n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = char(n + 0x20);
            else if (c != 0xC3 && n % 2 == 0) out[i + 1] = char(n + 1);
            ++i;
        }
    }
    return out;
}

// Letters (any UTF-8 beyond ASCII counts), with inner hyphens and apostrophes.
bool lettersOnly(std::string_view w) noexcept {
    if (w.empty() || w.front() == '-' || w.back() == '-') return false;
    for (char c : w)
        if (!isAsciiLetter(c) && byte(c) < 0x80 && c != '-' && c != '\'') return false;
    return true;
}

// A token with the punctuation around it removed ("(Anna", "Street,", "St." → "St").
std::string_view clean(std::string_view t) noexcept {
    constexpr std::string_view lead = "(\"'<[{", trail = ",;:.)\"'>]}!?";
    while (!t.empty() && lead.find(t.front()) != std::string_view::npos) t.remove_prefix(1);
    while (!t.empty() && trail.find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    return t;
}

std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i])) ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

bool endsWith(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Street words, by how safely they mark an address.
//  Plain:    never an everyday word in the languages that use them (rue, calle, straße)
//  Capital:  everyday words too (way, drive, place, via): count only when capitalised
//  Suffixes: German, Dutch and Nordic streets are one word ("Hauptstraße", "Kerkstraat")
constexpr std::array<std::string_view, 30> kPlainStreetWords = {
    "straße", "strasse", "str", "rue", "chemin", "allée", "impasse", "quai", "calle", "avenida",
    "paseo", "camino", "carrera", "piazza", "vicolo", "rua", "travessa", "praça", "ulica", "ul",
    "straat", "laan", "gracht", "plein", "gatan", "vägen", "gade", "vej", "veien", "katu"};
constexpr std::array<std::string_view, 36> kCapitalStreetWords = {
    "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard",
    "blvd", "way", "court", "ct", "place", "pl", "square", "sq", "terrace", "close", "crescent", "highway",
    "hwy", "parkway", "pkwy", "via", "viale", "corso", "largo", "platz", "weg", "allee", "gasse", "plaza"};
constexpr std::array<std::string_view, 23> kStreetSuffixes = {
    "straße", "strasse", "str", "weg", "gasse", "allee", "platz", "damm", "ufer", "ring", "chaussee",
    "straat", "laan", "gracht", "plein", "steeg", "kade", "gatan", "vägen", "gade", "vej", "veien", "katu"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view w) noexcept {
    for (auto x : words)
        if (x == w) return true;
    return false;
}

struct Word {
    std::string lower;
    bool capital = false;
    bool houseNumber = false;   // "12", "221B", "12-14", "3/2"
    bool streetType = false;    // a street word usable here (capitalised where it must be)
    bool compoundStreet = false;// "Hauptstraße", "Kerkstraat"
    bool nameLike = false;      // a capitalised word of letters
};

bool isHouseNumber(std::string_view w) noexcept {
    std::size_t digits = 0;
    while (digits < w.size() && isDigit(w[digits])) ++digits;
    if (digits == 0 || digits > 5) return false;
    const std::string_view rest = w.substr(digits);
    if (rest.empty()) return true;
    if (rest.size() == 1 && isAsciiLetter(rest[0])) return true;
    if ((rest[0] == '-' || rest[0] == '/') && rest.size() >= 2 && rest.size() <= 5) {
        for (char c : rest.substr(1))
            if (!isDigit(c) && !isAsciiLetter(c)) return false;
        return isDigit(rest[1]);
    }
    return false;
}

std::vector<Word> describeWords(std::string_view text) {
    std::vector<Word> out;
    for (std::string_view raw : splitWords(text)) {
        const std::string_view w = clean(raw);
        Word d;
        if (w.empty()) { out.push_back(d); continue; }
        d.lower = lowerWord(w);
        d.capital = startsCapitalised(w);
        d.houseNumber = isHouseNumber(w);
        d.nameLike = d.capital && lettersOnly(w);
        d.streetType = among(kPlainStreetWords, d.lower) || (d.capital && among(kCapitalStreetWords, d.lower));
        if (d.capital && !d.streetType)
            for (auto s : kStreetSuffixes)
                if (d.lower.size() >= s.size() + 3 && endsWith(d.lower, s)) { d.compoundStreet = true; break; }
        out.push_back(std::move(d));
    }
    return out;
}

bool streetAt(const std::vector<Word>& w, std::size_t i) {
    const std::size_t n = w.size();
    auto number = [&](std::size_t k) { return k < n && w[k].houseNumber; };
    if (w[i].compoundStreet) return (i > 0 && number(i - 1)) || number(i + 1);
    if (!w[i].streetType) return false;
    // "12 Main Street", "221B Baker St": the number, one to three name words, the street word.
    for (std::size_t names = 1; names <= 3 && names <= i; ++names) {
        if (!w[i - names].nameLike) break;
        if (i >= names + 1 && number(i - names - 1)) return true;
    }
    // "Via Roma 10", "Rue de Rivoli 5", "Calle Mayor 3": the street word, its name, the number.
    bool named = false;
    for (std::size_t k = i + 1; k < n && k <= i + 5; ++k) {
        if (w[k].houseNumber) return named;
        if (w[k].lower.empty() || !lettersOnly(w[k].lower)) break;
        named = named || w[k].capital;
    }
    // "5 rue de la Paix", "12 Avenue Foch": the number first.
    if (i > 0 && number(i - 1))
        for (std::size_t k = i + 1; k < n && k <= i + 4; ++k)
            if (w[k].nameLike) return true;
    return false;
}

// A known given name followed by a capitalised word: "Anna Schmidt" inside a
// sentence. Only in sentences (some words in lower case): names in titles and
// capitals are places and things ("JOHN F KENNEDY INTL", "Jack Daniels Honey").
bool namedPersonIn(const std::vector<Word>& w) {
    const bool sentence = std::any_of(w.begin(), w.end(), [](const Word& x) {
        return !x.lower.empty() && !x.capital && !x.houseNumber && lettersOnly(x.lower);
    });
    if (!sentence) return false;
    for (std::size_t i = 0; i + 1 < w.size(); ++i)
        if (w[i].nameLike && isCommonGivenName(w[i].lower) && w[i + 1].nameLike && !w[i + 1].streetType)
            return true;
    return false;
}

// Runs of digits with phone or card separators, not glued to a word ("ID12345678901").
PiiKind numberRunsIn(std::string_view text) {
    constexpr std::string_view runChars = "0123456789 -+()/.";
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool starts = isDigit(c) || c == '+' || c == '(';
        if (!starts || (i > 0 && (isAsciiLetter(text[i - 1]) || isDigit(text[i - 1])))) { ++i; continue; }
        std::size_t end = i;
        std::size_t digits = 0;
        while (end < text.size() && runChars.find(text[end]) != std::string_view::npos) digits += isDigit(text[end++]);
        std::string_view run = text.substr(i, end - i);
        while (!run.empty() && (run.back() == ' ' || run.back() == '.' || run.back() == '-' || run.back() == '/'))
            run.remove_suffix(1);
        const std::size_t after = i + run.size();   // the first character after the trimmed run
        const bool glued = after < text.size() && (isAsciiLetter(text[after]) || byte(text[after]) >= 0x80);
        if (digits >= 7 && !glued) {
            if (looksLikeCard(run)) return PiiKind::Card;
            if (looksLikePhone(run)) return PiiKind::Phone;
        }
        i = end + 1;
    }
    return PiiKind::None;
}

} // namespace

bool containsStreetAddress(std::string_view text) noexcept {
    if (text.size() > 4096) text = text.substr(0, 4096);
    try {
        const auto words = describeWords(text);
        for (std::size_t i = 0; i < words.size(); ++i)
            if (streetAt(words, i)) return true;
    } catch (...) {   // out of memory while splitting: not an address we could see
    }
    return false;
}

NameLikeness nameLikeness(std::string_view value) noexcept {
    constexpr std::array<std::string_view, 12> kTitles = {"dr", "mr", "mrs", "ms", "miss", "prof", "herr", "frau",
                                                          "mme", "m", "sr", "sra"};
    constexpr std::array<std::string_view, 14> kParticles = {"van", "von", "de", "der", "den", "da", "di", "del",
                                                             "la", "le", "bin", "al", "dos", "y"};
    if (value.empty() || value.size() > 60) return NameLikeness::None;
    std::size_t commas = 0, names = 0;
    bool known = false;
    for (char c : value) {
        if (isDigit(c)) return NameLikeness::None;
        commas += c == ',';
    }
    if (commas > 1) return NameLikeness::None;   // "Schmidt, Anna" has one
    try {
        for (std::string_view raw : splitWords(value)) {
            std::string_view w = raw;
            if (!w.empty() && w.back() == ',') w.remove_suffix(1);
            const bool initial = w.size() == 2 && startsCapitalised(w) && w[1] == '.';
            if (!w.empty() && w.back() == '.') w.remove_suffix(1);
            const std::string lower = lowerWord(w);
            if (initial || among(kTitles, lower)) continue;
            if (among(kParticles, lower) && names > 0) continue;
            if (!startsCapitalised(w) || !lettersOnly(w)) return NameLikeness::None;
            if (++names > 4) return NameLikeness::None;
            // Each part of a double name counts: "Müller-Lüdenscheid", "Anna-Lena".
            std::size_t start = 0;
            while (start <= lower.size() && !known) {
                const std::size_t dash = std::min(lower.find('-', start), lower.size());
                const std::string_view part = std::string_view(lower).substr(start, dash - start);
                known = isCommonGivenName(part) || isCommonSurname(part);
                start = dash + 1;
            }
        }
    } catch (...) {
        return NameLikeness::None;
    }
    if (names == 0) return NameLikeness::None;
    return known ? NameLikeness::Known : NameLikeness::Shape;
}

PiiKind findPiiInText(std::string_view text) noexcept {
    if (text.size() > 4096) text = text.substr(0, 4096);   // a note's opening is enough to judge its column
    try {
        for (std::string_view raw : splitWords(text)) {
            const std::string_view w = clean(raw);
            if (w.find('@') != std::string_view::npos && looksLikeEmail(w)) return PiiKind::Email;
            if (looksLikeIpAddress(w)) return PiiKind::IpAddress;
        }
        if (const PiiKind k = numberRunsIn(text); k != PiiKind::None) return k;
        const auto words = describeWords(text);
        for (std::size_t i = 0; i < words.size(); ++i)
            if (streetAt(words, i)) return PiiKind::StreetAddress;
        if (namedPersonIn(words)) return PiiKind::PersonName;
    } catch (...) {   // out of memory while splitting: judged by what was seen
    }
    return PiiKind::None;
}

} // namespace segmenta
