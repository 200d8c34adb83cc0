// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/multiclass_metrics.h"

namespace segmenta {

std::vector<MulticlassMetrics> multiclassMetricsBySlice(const std::vector<std::int32_t>& label,
                                                        const std::vector<std::int32_t>& prediction,
                                                        int classCount, const std::vector<std::uint32_t>& sliceOfRow,
                                                        std::uint32_t sliceCount) {
    const std::size_t k = std::size_t(classCount);
    // Per slice and class: true positives, rows labelled, rows predicted.
    std::vector<std::int64_t> tp((sliceCount + 1) * k), truth((sliceCount + 1) * k), pred((sliceCount + 1) * k);
    std::vector<std::int64_t> n(sliceCount + 1), correct(sliceCount + 1);
    for (std::size_t i = 0; i < label.size(); ++i) {
        const auto y = label[i], p = prediction[i];
        if (y < 0 || p < 0) continue;
        for (const std::size_t s : {std::size_t(sliceOfRow[i]), std::size_t(sliceCount)}) {
            ++n[s];
            ++truth[s * k + std::size_t(y)];
            ++pred[s * k + std::size_t(p)];
            if (y == p) { ++correct[s]; ++tp[s * k + std::size_t(y)]; }
        }
    }
    std::vector<MulticlassMetrics> out(sliceCount + 1);
    for (std::size_t s = 0; s <= sliceCount; ++s) {
        auto& m = out[s];
        m.n = n[s];
        if (n[s] == 0) {
            m.accuracy = m.macroF1 = Metric::undefined(MetricReason::NoLabelAndPrediction);
            continue;
        }
        m.accuracy = Metric::of(double(correct[s]) / double(n[s]));
        double sum = 0;
        int present = 0;
        for (std::size_t c = 0; c < k; ++c) {
            const auto t = tp[s * k + c], yc = truth[s * k + c], pc = pred[s * k + c];
            if (yc == 0 && pc == 0) continue;
            ++present;
            const double precision = pc ? double(t) / double(pc) : 0.0;
            const double recall = yc ? double(t) / double(yc) : 0.0;
            sum += precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
        m.macroF1 = Metric::of(sum / present);
    }
    return out;
}

} // namespace segmenta
