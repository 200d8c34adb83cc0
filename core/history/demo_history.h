// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace segmenta {

inline constexpr const char* kDemoDatasetName = "Demo customers";
inline constexpr const char* kDemoModelName = "Demo segments";
inline constexpr int kDemoSegmentCountHint = 5;   // the demo generator's latent segments

// Makes sure the history at `dbPath` holds the demo: when the dataset "Demo
// customers" is not there yet, records the monthly CSV files of `demoDir`
// (resources/demo/, oldest first), fits and saves a segmentation on the first
// month and scores the others. Returns true when it added the demo, false when it
// was already there. Safe to call at every start (the GUI does, on a worker); a
// start that was cancelled or closed half way is resumed, never left half done.
Result<bool> ensureDemoHistory(const std::string& dbPath, const std::string& demoDir,
                               const Progress* progress = nullptr);

} // namespace segmenta
