// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_run.h"
#include "ui/segments/segment_wording.h"

#include <algorithm>
#include <cmath>

namespace segmenta::ui {
namespace {

// numpy's default (linear) quantile; nth_element keeps it O(n).
double quantile(std::vector<double>& v, double q) {
    const double pos = q * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(pos));
    const double frac = pos - double(lo);
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    const double a = v[lo];
    if (frac <= 0 || lo + 1 >= v.size()) return a;
    const double b = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    return a + frac * (b - a);
}

std::vector<BoxPlotChart::Feature> boxFeatures(const Table& table, const SegmentationResult& result, int k,
                                               const Progress* progress) {
    std::vector<BoxPlotChart::Feature> out;
    for (const auto& name : result.features.columns) {
        if (cancelled(progress)) return {};
        const Column* column = table.column(name);
        if (!column || !isNumeric(column->type)) continue;
        std::vector<std::vector<double>> values(std::size_t(k), std::vector<double>{});
        std::vector<double> all;
        all.reserve(column->size());
        for (std::size_t r = 0; r < column->size() && r < result.labels.size(); ++r) {
            if (column->isMissing(r) || !std::isfinite(column->numbers[r])) continue;
            const auto s = result.labels[r];
            if (s < 0 || s >= k) continue;
            values[std::size_t(s)].push_back(column->numbers[r]);
            all.push_back(column->numbers[r]);
        }
        BoxPlotChart::Feature f;
        f.name = QString::fromStdString(name);
        for (auto& v : values) f.perSegment.push_back(boxStatistics(v));
        f.everyone = boxStatistics(all);
        out.push_back(std::move(f));
    }
    return out;
}

PcaScatter::Data scatterData(const SegmentationResult& result, int k, const Progress* progress) {
    PcaScatter::Data d;
    const Eigen::MatrixXd& x = result.features.matrix;
    const Pca2d pca = fitPca2d(x, progress);
    if (!pca.valid()) return d;
    fillMapPoints(d, x, pca, result.labels, result.model.seed);
    const Eigen::MatrixXd& c = result.model.centroids;
    if (c.cols() == x.cols()) {
        const Eigen::MatrixXd centres = (c.rowwise() - pca.mean.transpose()) * pca.axes;
        for (Eigen::Index s = 0; s < centres.rows(); ++s) d.centroids.emplace_back(centres(s, 0), centres(s, 1));
    }
    for (const auto& s : result.segments) d.names << SegmentWording::name(s);
    while (d.names.size() < k) d.names << QString();
    for (auto l : result.labels) d.totalRows += l >= 0 ? 1 : 0;
    d.explained[0] = pca.explained[0];
    d.explained[1] = pca.explained[1];
    d.featureCount = int(result.features.columns.size());
    return d;
}

} // namespace

void fillMapPoints(PcaScatter::Data& d, const Eigen::MatrixXd& x, const Pca2d& pca, const std::vector<std::int32_t>& labels,
                   std::uint64_t seed) {
    const auto labelled = std::size_t(std::count_if(labels.begin(), labels.end(), [](std::int32_t l) { return l >= 0; }));
    const auto sample = stratifiedSample(labels, labelled <= kScatterCap ? kScatterCap : kMapSampleDots, seed);
    const std::size_t n = std::min(labels.size(), std::size_t(x.rows()));
    if (sample.size() < n) {
        // More rows than dots: project every row for the density shading and
        // take the dots from it (one pass over the matrix, not two).
        // x · axes − mean · axes: the same projection as projectPca2d without
        // a centred copy of the whole matrix.
        Eigen::MatrixXd all = x * pca.axes;
        all.rowwise() -= pca.mean.transpose() * pca.axes;
        d.allX.resize(n);
        d.allY.resize(n);
        for (std::size_t r = 0; r < n; ++r) {
            d.allX[r] = float(all(Eigen::Index(r), 0));
            d.allY[r] = float(all(Eigen::Index(r), 1));
        }
        d.allSegment.assign(labels.begin(), labels.begin() + std::ptrdiff_t(n));
        d.points.reserve(sample.size());
        for (auto r : sample) {
            d.points.emplace_back(all(Eigen::Index(r), 0), all(Eigen::Index(r), 1));
            d.segment.push_back(labels[r]);
            d.row.push_back(r);
        }
        return;
    }
    const Eigen::MatrixXd projected = projectPca2d(pca, x, sample);
    d.points.reserve(sample.size());
    for (std::size_t i = 0; i < sample.size(); ++i) {
        d.points.emplace_back(projected(Eigen::Index(i), 0), projected(Eigen::Index(i), 1));
        d.segment.push_back(labels[sample[i]]);
        d.row.push_back(sample[i]);
    }
}

BoxPlotChart::Box boxStatistics(std::vector<double>& values) {
    BoxPlotChart::Box b;
    if (values.empty()) return b;
    b.valid = true;
    b.q1 = quantile(values, 0.25);
    b.median = quantile(values, 0.5);
    b.q3 = quantile(values, 0.75);
    const double reach = 1.5 * (b.q3 - b.q1);
    b.lowerWhisker = b.q1;
    b.upperWhisker = b.q3;
    for (double v : values) {
        if (v >= b.q1 - reach) b.lowerWhisker = std::min(b.lowerWhisker, v);
        if (v <= b.q3 + reach) b.upperWhisker = std::max(b.upperWhisker, v);
    }
    return b;
}

SegmentRun prepareCharts(const Table& table, std::shared_ptr<SegmentationResult> result, const Progress* progress) {
    SegmentRun run;
    const int k = result->k;
    report(progress, 0.97, "preparing the charts");
    run.membership = std::make_shared<const SegmentMembership>(toMembership(*result));
    run.scatter = scatterData(*result, k, progress);
    run.boxes = boxFeatures(table, *result, k, progress);
    std::vector<std::vector<std::uint32_t>> rows(std::size_t(std::max(0, k)));
    for (std::size_t r = 0; r < result->labels.size(); ++r) {
        const auto s = result->labels[r];
        if (s >= 0 && s < k) rows[std::size_t(s)].push_back(std::uint32_t(r));
    }
    for (auto& r : rows) run.rowsOfSegment.push_back(std::make_shared<const std::vector<std::uint32_t>>(std::move(r)));
    run.result = std::move(result);
    return run;
}

Result<SegmentRun> runSegmentsPage(std::shared_ptr<const Table> table, const SegmentationOptions& options,
                                   const Progress* progress) {
    auto fitted = runSegmentation(*table, options, progress);
    if (!fitted) return fitted.error();
    auto result = std::make_shared<SegmentationResult>(std::move(fitted).value());
    SegmentRun run = prepareCharts(*table, std::move(result), progress);
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Cancelled.");
    return run;
}

} // namespace segmenta::ui
