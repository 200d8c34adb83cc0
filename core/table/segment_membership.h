// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace segmenta {

// What the rest of the app needs to know about a finished segmentation: which
// segment each row is in, the segments' names, and the scaled feature space it was
// fitted in (for per-slice silhouette and distance to centroid). Produced by the
// segmentation engine; read by the Slices page, the Data page filter and history.
struct SegmentMembership {
    std::vector<std::int32_t> segmentOfRow;  // one per table row; -1 = not assigned
    std::vector<std::string> names;          // one per segment id
    std::vector<std::string> featureNames;   // columns of `features`
    Eigen::MatrixXd features;                // rows used in the fit × features, scaled
    std::vector<std::uint32_t> featureRows;  // table row of each `features` row
    Eigen::MatrixXd centroids;               // segments × features, scaled

    int segmentCount() const noexcept { return int(names.size()); }
};

} // namespace segmenta
