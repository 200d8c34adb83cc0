// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/segment_fit.h"

#include <Eigen/Core>
#include <algorithm>
#include <limits>

#include "core/common/parallel.h"
#include "core/common/random.h"

namespace segmenta {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Feature rows (indices into membership.features) that belong to a segment.
std::vector<std::uint32_t> assignedFeatureRows(const SegmentMembership& m) {
    std::vector<std::uint32_t> rows;
    for (std::size_t f = 0; f < m.featureRows.size() && f < std::size_t(m.features.rows()); ++f) {
        const auto t = m.featureRows[f];
        if (t < m.segmentOfRow.size() && m.segmentOfRow[t] >= 0 && m.segmentOfRow[t] < m.segmentCount())
            rows.push_back(std::uint32_t(f));
    }
    return rows;
}

std::vector<std::uint32_t> sampleOf(const std::vector<std::uint32_t>& from, int cap, std::uint64_t seed) {
    if (cap <= 0 || from.size() <= std::size_t(cap)) return from;
    Random rng(seed);
    std::vector<std::uint32_t> out;
    for (auto i : rng.sampleWithoutReplacement(std::uint32_t(from.size()), std::uint32_t(cap))) out.push_back(from[i]);
    return out;
}

struct Reference {
    RowMatrix x;                          // reference rows, contiguous
    std::vector<std::int32_t> label;
    std::vector<std::int64_t> count;      // per segment
    std::vector<std::int32_t> slotOf;     // feature row -> index in reference, −1
};

Reference makeReference(const SegmentMembership& m, const std::vector<std::uint32_t>& rows) {
    Reference r;
    r.x.resize(Eigen::Index(rows.size()), m.features.cols());
    r.count.assign(std::size_t(m.segmentCount()), 0);
    r.slotOf.assign(std::size_t(m.features.rows()), -1);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        r.x.row(Eigen::Index(j)) = m.features.row(rows[j]);
        const auto s = m.segmentOfRow[m.featureRows[rows[j]]];
        r.label.push_back(s);
        ++r.count[std::size_t(s)];
        r.slotOf[rows[j]] = std::int32_t(j);
    }
    return r;
}

double silhouetteOf(const SegmentMembership& m, const Reference& r, std::uint32_t f, std::vector<double>& sums) {
    std::fill(sums.begin(), sums.end(), 0.0);
    const Eigen::RowVectorXd xi = m.features.row(f);
    for (Eigen::Index j = 0; j < r.x.rows(); ++j) sums[std::size_t(r.label[std::size_t(j)])] += (r.x.row(j) - xi).norm();
    const auto own = std::size_t(m.segmentOfRow[m.featureRows[f]]);
    const std::int64_t ownCount = r.count[own] - (r.slotOf[f] >= 0 ? 1 : 0);
    if (ownCount <= 0) return 0.0;   // a segment of one scores 0, as scikit-learn
    const double a = sums[own] / double(ownCount);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < sums.size(); ++k)
        if (k != own && r.count[k] > 0) b = std::min(b, sums[k] / double(r.count[k]));
    const double denom = std::max(a, b);
    return denom > 0 ? (b - a) / denom : 0.0;
}

} // namespace

std::vector<SegmentFit> segmentFitBySlice(const SegmentMembership& m, const std::vector<std::uint32_t>& sliceOfRow,
                                          std::uint32_t sliceCount, const SegmentFitOptions& options,
                                          std::int64_t* referenceUsed, const Progress* progress) {
    std::vector<SegmentFit> out(sliceCount + 1);
    const auto assigned = assignedFeatureRows(m);
    const Reference ref = makeReference(m, sampleOf(assigned, options.referenceRows, options.seed));
    if (referenceUsed) *referenceUsed = ref.x.rows();
    int segmentsPresent = 0;
    for (auto c : ref.count) segmentsPresent += c > 0;

    // Members of each slice (and all), then distance to centroid on all of them.
    std::vector<std::vector<std::uint32_t>> members(sliceCount + 1);
    std::vector<double> centroidSum(sliceCount + 1, 0.0);
    for (auto f : assigned) {
        const auto t = m.featureRows[f];
        if (t >= sliceOfRow.size()) continue;
        const auto s = sliceOfRow[t];
        const double d = (m.features.row(f) - m.centroids.row(m.segmentOfRow[t])).norm();
        for (const auto slot : {s, sliceCount}) { members[slot].push_back(f); centroidSum[slot] += d; }
    }
    // Every (slice, sampled row) pair is one task, so both cores share the work
    // even when slices are small.
    std::vector<std::uint32_t> taskRow, taskSlot;
    for (std::uint32_t s = 0; s <= sliceCount; ++s) {
        auto& fit = out[s];
        const MetricReason none = MetricReason::NotInSegmentation;
        fit.centroidDistance = members[s].empty() ? Metric::undefined(none)
                                                  : Metric::of(centroidSum[s] / double(members[s].size()));
        if (members[s].empty()) { fit.silhouette = Metric::undefined(none); continue; }
        if (segmentsPresent < 2) { fit.silhouette = Metric::undefined(MetricReason::NeedsTwoSegments); continue; }
        for (auto f : sampleOf(members[s], options.pointsPerSlice, options.seed + 1 + s)) {
            taskRow.push_back(f);
            taskSlot.push_back(s);
        }
    }
    std::vector<double> value(taskRow.size(), 0.0);
    // parallelBlocks keeps fewer than 1024 items on one core; each task is heavy
    // (a pass over the reference), so index tasks in units of 1024.
    parallelBlocks(taskRow.size() * 1024, [&](std::size_t b, std::size_t e, unsigned) {
        std::vector<double> sums(std::size_t(m.segmentCount()));
        for (std::size_t i = b / 1024; i < e / 1024 && !cancelled(progress); ++i) {
            value[i] = silhouetteOf(m, ref, taskRow[i], sums);
            if (b == 0 && i % 64 == 0) report(progress, double(i) / double(e / 1024), "silhouette");
        }
    });
    std::vector<double> total(sliceCount + 1, 0.0);
    for (std::size_t i = 0; i < value.size(); ++i) {
        total[taskSlot[i]] += value[i];
        ++out[taskSlot[i]].silhouetteRows;
    }
    for (std::uint32_t s = 0; s <= sliceCount; ++s)
        if (out[s].silhouetteRows > 0) out[s].silhouette = Metric::of(total[s] / double(out[s].silhouetteRows));
    return out;
}

} // namespace segmenta
