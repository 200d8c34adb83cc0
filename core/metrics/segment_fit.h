// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/metrics/metric_value.h"
#include "core/table/segment_membership.h"

namespace segmenta {

// How well a slice's rows fit the current segmentation.
struct SegmentFit {
    Metric silhouette;              // mean silhouette of the slice's rows (−1 … 1)
    std::int64_t silhouetteRows = 0;   // rows it was computed on (a seeded sample when large)
    Metric centroidDistance;        // mean distance to their segment's centre, in scaled units
};

struct SegmentFitOptions {
    int pointsPerSlice = 500;       // silhouette on at most this many rows of each slice
    int referenceRows = 4000;       // … measured against at most this many rows of all the data
    std::uint64_t seed = 7;
};

// Silhouette of each row as scikit-learn's silhouette_samples (a = mean distance
// to the other rows of its segment, b = the nearest other segment's mean,
// s = (b − a) / max(a, b), 0 for a segment of one), but measured against a seeded
// reference sample when the data is large; exact when both caps are not reached.
// core/segment's silhouetteScore measures distances only among the given rows,
// which cannot score one segment on its own, hence this per-row version.
// Returns sliceCount + 1 entries, the last overall; `referenceUsed` gets the
// reference sample size.
std::vector<SegmentFit> segmentFitBySlice(const SegmentMembership& membership,
                                          const std::vector<std::uint32_t>& sliceOfRow, std::uint32_t sliceCount,
                                          const SegmentFitOptions& options = {}, std::int64_t* referenceUsed = nullptr,
                                          const Progress* progress = nullptr);

} // namespace segmenta
