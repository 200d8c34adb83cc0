// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: replaced when the 'record' command lands.
#include <ostream>

#include "app/cli/commands.h"

namespace segmenta::cli {

int runRecord(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "segmenta-cli: 'record' is not available in this build yet\n";
    return kExitBadInput;
}

} // namespace segmenta::cli
