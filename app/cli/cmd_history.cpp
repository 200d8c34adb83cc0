// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: replaced when the 'history' command lands.
#include <ostream>

#include "app/cli/commands.h"

namespace segmenta::cli {

int runHistory(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "segmenta-cli: 'history' is not available in this build yet\n";
    return kExitBadInput;
}

} // namespace segmenta::cli
