// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <ostream>
#include <string>
#include <string_view>

namespace segmenta::cli {

// Every message on stderr is one line, whatever text it quotes: line breaks
// and other control characters are escaped (\n, \r, \t, \xNN) and a message
// longer than kMaxMessageChars characters keeps its start and its end (which
// says what to do) around a "…".
constexpr std::size_t kMaxMessageChars = 300;
std::string oneLine(std::string_view message);

// Writes "segmenta-cli COMMAND: MESSAGE" as one line.
void printLine(std::ostream& err, std::string_view command, std::string_view message);

// printLine, then the exit status for bad input or usage (kExitBadInput).
int refuse(std::ostream& err, std::string_view command, std::string_view message);

} // namespace segmenta::cli
