// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/money.h"

#include "core/io/value_parsing.h"

namespace segmenta::orders {

namespace {

bool isDigit(char c) noexcept { return unsigned(c - '0') < 10; }
bool isUpper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// A currency sign at the front or back: "$", "€", "£", "¥" (UTF-8) or a
// three-letter code. Removes it from `s` and returns it.
std::string takeCurrency(std::string_view& s) {
    static constexpr std::string_view kSigns[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"};
    for (const auto sign : kSigns) {
        if (s.substr(0, sign.size()) == sign) { s.remove_prefix(sign.size()); return std::string(sign); }
        if (s.size() >= sign.size() && s.substr(s.size() - sign.size()) == sign) {
            s.remove_suffix(sign.size());
            return std::string(sign);
        }
    }
    if (s.size() > 4 && isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2]) && s[3] == ' ') {
        std::string code(s.substr(0, 3));
        s.remove_prefix(4);
        return code;
    }
    if (s.size() > 4 && s[s.size() - 4] == ' ' && isUpper(s[s.size() - 3]) && isUpper(s[s.size() - 2]) &&
        isUpper(s[s.size() - 1])) {
        std::string code(s.substr(s.size() - 3));
        s.remove_suffix(4);
        return code;
    }
    return {};
}

} // namespace

std::optional<Money> parseMoney(std::string_view text) {
    std::string_view s = csv::trimSpaces(text);
    if (s.empty()) return std::nullopt;
    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        s = csv::trimSpaces(s.substr(1, s.size() - 2));
    }
    if (!s.empty() && s.front() == '-') { negative = !negative; s = csv::trimSpaces(s.substr(1)); }
    Money m;
    m.currency = takeCurrency(s);
    s = csv::trimSpaces(s);
    if (!s.empty() && s.front() == '-') { negative = !negative; s = csv::trimSpaces(s.substr(1)); }
    if (s.empty() || !(isDigit(s.front()) || s.front() == '.')) return std::nullopt;
    // A comma followed by exactly three digits and then the end or a '.' groups thousands.
    const auto comma = s.find(',');
    char decimal = '.', thousands = ',';
    if (comma != std::string_view::npos && s.find('.') == std::string_view::npos) {
        const auto digitsAfter = s.size() - comma - 1;
        if (digitsAfter != 3 || s.find(',', comma + 1) != std::string_view::npos) { decimal = ','; thousands = 0; }
        if (s.find(',', comma + 1) != std::string_view::npos) { decimal = '.'; thousands = ','; }
    }
    double value = 0;
    if (!csv::parseNumber(s, decimal, thousands, value)) return std::nullopt;
    m.amount = negative ? -value : value;
    return m;
}

} // namespace segmenta::orders
