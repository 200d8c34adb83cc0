// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/messages.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/cli/commands.h"

namespace segmenta::cli {

namespace {

// Bytes of one UTF-8 character starting with `lead` (1 for a stray byte).
std::size_t utf8Length(unsigned char lead) {
    if (lead >= 0xF0 && lead < 0xF8) return 4;
    if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
    if (lead >= 0xC0) return 2;
    return 1;
}

// The message as printable characters, one string per character.
std::vector<std::string> escapedCharacters(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') out.emplace_back("\\n");
        else if (c == '\r') out.emplace_back("\\r");
        else if (c == '\t') out.emplace_back("\\t");
        else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(c));
            out.emplace_back(buf);
        } else {
            const std::size_t n = std::min(utf8Length(c), text.size() - i);
            out.emplace_back(text.substr(i, n));
            i += n;
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace

std::string oneLine(std::string_view message) {
    const std::vector<std::string> chars = escapedCharacters(message);
    const std::size_t keepEnd = kMaxMessageChars / 3, keepStart = kMaxMessageChars - keepEnd - 1;
    std::string out;
    if (chars.size() <= kMaxMessageChars) {
        for (const auto& c : chars) out += c;
        return out;
    }
    for (std::size_t i = 0; i < keepStart; ++i) out += chars[i];
    out += "\xE2\x80\xA6";   // …
    for (std::size_t i = chars.size() - keepEnd; i < chars.size(); ++i) out += chars[i];
    return out;
}

void printLine(std::ostream& err, std::string_view command, std::string_view message) {
    err << "segmenta-cli";
    if (!command.empty()) err << ' ' << command;
    err << ": " << oneLine(message) << '\n';
}

int refuse(std::ostream& err, std::string_view command, std::string_view message) {
    printLine(err, command, message);
    return kExitBadInput;
}

} // namespace segmenta::cli
