// SPDX-License-Identifier: GPL-3.0-or-later
// Runs segmenta-cli's code in the test process, as the executable would.
#pragma once
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

// What every refusal must be: one line on stderr.
inline bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

} // namespace segmenta::testutil
