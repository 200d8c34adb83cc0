// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: replaced when the 'score' command lands.
#include <ostream>

#include "app/cli/commands.h"

namespace segmenta::cli {

int runScore(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "segmenta-cli: 'score' is not available in this build yet\n";
    return kExitBadInput;
}

} // namespace segmenta::cli
