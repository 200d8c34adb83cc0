// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli: the headless entry point. All work is in the commands library.
#include <iostream>

#include "app/cli/commands.h"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv, argv + argc);
    return segmenta::cli::runCli(args, std::cout, std::cerr);
}
