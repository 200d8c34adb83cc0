// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/pii.h"

#include <string>

namespace segmenta {

namespace {

bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }
bool isAlpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool localChar(char c) noexcept {
    return isAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

// Domain labels of letters, digits and inner hyphens; the last label (TLD) letters only, >= 2.
bool validDomain(std::string_view d) noexcept {
    if (d.empty() || d.size() > 253) return false;
    std::size_t labels = 0;
    std::string_view last;
    while (!d.empty()) {
        const auto dot = d.find('.');
        const std::string_view label = d.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (char c : label)
            if (!isAlpha(c) && !isDigit(c) && c != '-') return false;
        ++labels;
        last = label;
        if (dot == std::string_view::npos) break;
        d.remove_prefix(dot + 1);
        if (d.empty()) return false;   // trailing dot
    }
    if (labels < 2 || last.size() < 2) return false;
    for (char c : last)
        if (!isAlpha(c)) return false;
    return true;
}

} // namespace

const char* toString(PiiKind kind) noexcept {
    switch (kind) {
    case PiiKind::Email: return "email";
    case PiiKind::Phone: return "phone";
    case PiiKind::Card: return "card";
    case PiiKind::IpAddress: return "ip_address";
    case PiiKind::PersonName: return "person_name";
    case PiiKind::StreetAddress: return "street_address";
    case PiiKind::FreeText: return "free_text";
    case PiiKind::PersonalId: return "personal_id";
    case PiiKind::None: break;
    }
    return "";
}

bool looksLikeEmail(std::string_view value) noexcept {
    const std::string_view v = trim(value);
    const auto at = v.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || v.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view local = v.substr(0, at);
    if (local.front() == '.' || local.back() == '.') return false;
    for (char c : local)
        if (!localChar(c)) return false;
    return validDomain(v.substr(at + 1));
}

bool luhnValid(std::string_view digits) noexcept {
    if (digits.empty()) return false;
    int sum = 0;
    bool dbl = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (!isDigit(*it)) return false;
        int d = *it - '0';
        if (dbl) { d *= 2; if (d > 9) d -= 9; }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

bool looksLikeCard(std::string_view value) noexcept {
    const std::string_view v = trim(value);
    std::string digits;
    char separator = 0;
    for (char c : v) {
        if (isDigit(c)) { digits.push_back(c); continue; }
        if (c != ' ' && c != '-') return false;
        if (separator && c != separator) return false;   // "1234 5678-…" is not how cards are written
        separator = c;
        if (digits.empty()) return false;
    }
    if (digits.size() < 13 || digits.size() > 19) return false;
    if (digits.find_first_not_of('0') == std::string::npos) return false;   // all zeros passes Luhn trivially
    return luhnValid(digits);
}

bool looksLikePhone(std::string_view value) noexcept {
    const std::string_view v = trim(value);
    if (v.empty()) return false;
    std::size_t digits = 0, dots = 0, separators = 0, groups = 0;
    int open = 0;
    bool inDigits = false;
    const bool plus = v.front() == '+';
    for (std::size_t i = plus ? 1 : 0; i < v.size(); ++i) {
        const char c = v[i];
        if (isDigit(c)) { ++digits; if (!inDigits) ++groups; inDigits = true; continue; }
        inDigits = false;
        if (c == '(') { if (open++) return false; }
        else if (c == ')') { if (--open) return false; }
        else if (c == '.') ++dots;
        else if (c != ' ' && c != '-' && c != '/') return false;
        ++separators;
    }
    if (open != 0 || digits > 15) return false;
    // A single dot between two digit groups is a decimal number, not a phone.
    if (dots == 1 && separators == 1) return false;
    auto nonZeroDigit = [&](std::size_t i) { return i < v.size() && v[i] >= '1' && v[i] <= '9'; };
    const bool international = plus || (v.size() > 2 && v[0] == '0' && v[1] == '0' && nonZeroDigit(2));
    if (international) return digits >= 7;
    // Without a country prefix: demand grouping or a trunk '0' so that plain or
    // zero-padded numbers (order numbers, amounts) are not taken for phones.
    const bool trunk = v.front() == '0' && nonZeroDigit(1);
    return digits >= 9 && (groups >= 2 || trunk);
}

bool looksLikeIpv4(std::string_view value) noexcept {
    const std::string_view v = trim(value);
    int parts = 0;
    std::size_t i = 0;
    while (i <= v.size()) {
        std::size_t digits = 0;
        int number = 0;
        while (i < v.size() && isDigit(v[i]) && digits < 4) { number = number * 10 + (v[i] - '0'); ++i; ++digits; }
        if (digits == 0 || digits > 3 || number > 255) return false;
        ++parts;
        if (i == v.size()) break;
        if (v[i] != '.' || parts == 4) return false;
        ++i;
    }
    return parts == 4;
}

bool looksLikeIpv6(std::string_view value) noexcept {
    std::string_view v = trim(value);
    if (v.size() < 2 || v.size() > 45 || v.find(':') == std::string_view::npos) return false;
    const auto gap = v.find("::");
    if (gap != std::string_view::npos && v.find("::", gap + 1) != std::string_view::npos) return false;
    int groups = 0;
    bool ipv4Tail = false;
    std::size_t i = 0;
    while (i < v.size()) {
        if (v[i] == ':') {
            if (i + 1 < v.size() && v[i + 1] == ':') { i += 2; continue; }   // the gap
            if (i == 0 || i + 1 == v.size()) return false;                   // a lone leading/trailing colon
            ++i;
            continue;
        }
        std::size_t end = v.find(':', i);
        if (end == std::string_view::npos) end = v.size();
        const std::string_view group = v.substr(i, end - i);
        if (end == v.size() && group.find('.') != std::string_view::npos) {
            if (!looksLikeIpv4(group)) return false;
            ipv4Tail = true;
        } else {
            if (group.size() > 4) return false;
            for (char c : group)
                if (!isDigit(c) && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
        }
        ++groups;
        i = end;
    }
    if (groups == 0) return false;
    const int width = groups + (ipv4Tail ? 1 : 0);
    return gap == std::string_view::npos ? width == 8 : width < 8;
}

bool looksLikeIpAddress(std::string_view value) noexcept { return looksLikeIpv4(value) || looksLikeIpv6(value); }

PiiKind classifyPii(std::string_view value) noexcept {
    if (value.find('@') != std::string_view::npos) return looksLikeEmail(value) ? PiiKind::Email : PiiKind::None;
    if (looksLikeIpAddress(value)) return PiiKind::IpAddress;
    if (looksLikeCard(value)) return PiiKind::Card;
    if (looksLikePhone(value)) return PiiKind::Phone;
    if (containsStreetAddress(value)) return PiiKind::StreetAddress;
    return PiiKind::None;
}

} // namespace segmenta
