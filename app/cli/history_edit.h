// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <iosfwd>

#include "app/cli/args.h"
#include "core/history/history.h"

namespace segmenta::cli {

// True when the history command was asked to change a month
// (--delete LABEL, --rename LABEL --to NEW, --redate LABEL --to DATE).
bool wantsMonthEdit(const Args& args);

// Carries out that change for one month of dataset `datasetId`. LABEL names the
// month as the history lists it, or "id:N" when several share a label. Deleting
// asks for confirmation on a terminal and needs --yes otherwise; the other
// months and the models are left as they are.
int editMonth(const Args& args, History& history, std::int64_t datasetId, std::ostream& out, std::ostream& err);

} // namespace segmenta::cli
