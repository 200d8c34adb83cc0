// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs segmenta-cli in the test's own process, as a user would type it.
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"

namespace segmenta::testutil {

struct CliRun {
    int code;
    std::string out, err;
};

inline CliRun cli(std::vector<std::string> args) {
    args.insert(args.begin(), "segmenta-cli");
    std::ostringstream out, err;
    const int code = segmenta::cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

inline const std::string kDemo = SEGMENTA_SOURCE_DIR "/resources/demo/";

// Bad input is said in one line.
inline bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

} // namespace segmenta::testutil
