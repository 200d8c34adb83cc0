// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/segment/pca2d.h"
#include "core/segment/segmentation.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"
#include "ui/segments/box_plot_chart.h"
#include "ui/segments/pca_scatter.h"

namespace segmenta::ui {

// Everything one run of the Segments page produces, computed on the worker:
// the engine's result plus what the charts need (map projection and sample,
// box statistics, each segment's rows for the Data page filter) so that
// showing it on the GUI thread is quick even at a million rows.
struct SegmentRun {
    std::shared_ptr<SegmentationResult> result;
    std::shared_ptr<const SegmentMembership> membership;
    PcaScatter::Data scatter;
    std::vector<BoxPlotChart::Feature> boxes;
    std::vector<std::shared_ptr<const std::vector<std::uint32_t>>> rowsOfSegment;
};

// The map draws every row as a dot up to kScatterCap rows; beyond that a
// stratified sample of kMapSampleDots rows as dots over a shading of all rows
// (more dots would hide the shading).
constexpr std::size_t kScatterCap = 10000;
constexpr std::size_t kMapSampleDots = 3000;

// Runs the segmentation and prepares the charts. Errors are the engine's.
Result<SegmentRun> runSegmentsPage(std::shared_ptr<const Table> table, const SegmentationOptions& options,
                                   const Progress* progress);

// The chart data for a finished result (also used after a refit from the k chart).
SegmentRun prepareCharts(const Table& table, std::shared_ptr<SegmentationResult> result, const Progress* progress);

// The map's rows: every row as a dot up to kScatterCap rows; beyond that a
// stratified sample of kMapSampleDots rows as dots and every row for the shading.
void fillMapPoints(PcaScatter::Data& data, const Eigen::MatrixXd& x, const Pca2d& pca,
                   const std::vector<std::int32_t>& labels, std::uint64_t seed);

// Tukey box statistics of `values` (whiskers at the furthest values within 1.5 IQR;
// quartiles by linear interpolation, as numpy). Sorts `values` in place.
BoxPlotChart::Box boxStatistics(std::vector<double>& values);

} // namespace segmenta::ui
