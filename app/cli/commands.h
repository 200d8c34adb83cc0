// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace segmenta::cli {

// Exit statuses shared by every subcommand.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;   // the command ran and found a problem (e.g. drift found is still 0)
constexpr int kExitBadInput = 2;  // bad input or usage: one clear line on stderr

// Each subcommand takes its arguments (after the subcommand name) and the two
// streams, so tests can call it directly without spawning the executable.
using Command = int (*)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runSegment(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runMetrics(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runDrift(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runRecord(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runHistory(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runExportModel(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runCustomers(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runDemo(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Dispatches argv[1] to a subcommand; prints usage for none or "--help".
int runCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

} // namespace segmenta::cli
