// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <vector>

#include "core/metrics/metric_value.h"

namespace segmenta {

// A label with more than two values and a predicted class: accuracy and
// macro-averaged F1 (scikit-learn's f1_score(average="macro", zero_division=0):
// the mean over the classes present in the slice's labels or predictions).
struct MulticlassMetrics {
    std::int64_t n = 0;
    Metric accuracy, macroF1;
};

// label and prediction hold class ids in [0, classCount), -1 = missing.
// Returns sliceCount + 1 entries, the last overall.
std::vector<MulticlassMetrics> multiclassMetricsBySlice(const std::vector<std::int32_t>& label,
                                                        const std::vector<std::int32_t>& prediction,
                                                        int classCount, const std::vector<std::uint32_t>& sliceOfRow,
                                                        std::uint32_t sliceCount);

} // namespace segmenta
