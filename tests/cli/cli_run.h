// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"

// One segmenta-cli run in the test's own process: exit status, stdout, stderr.
struct Run {
    int code;
    std::string out, err;
};

inline Run cli(std::vector<std::string> args) {
    args.insert(args.begin(), "segmenta-cli");
    std::ostringstream out, err;
    const int code = segmenta::cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}
