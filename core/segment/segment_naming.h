// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <vector>

#include "core/prep/feature_prep.h"
#include "core/segment/segmentation.h"

namespace segmenta {

// Fills each profile's `parts`, `name` and `description` from its ranked,
// significant differences, in words a shop owner reads: "High spend · Frequent ·
// Recent" / "Spends 3.1× the average customer and last ordered 12 days ago
// (median)." Names are made unique. The parts carry the numbers so the GUI can
// build a translated sentence instead.
void nameSegments(const FeaturePipeline& pipeline, std::vector<SegmentProfile>& profiles);

} // namespace segmenta
