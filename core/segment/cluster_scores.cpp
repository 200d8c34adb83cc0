// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/cluster_scores.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/common/parallel.h"
#include "core/common/random.h"
#include "core/segment/pair_distances.h"

namespace segmenta {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Labels renumbered 0..m−1 over the labels present (scikit-learn's LabelEncoder).
int compactLabels(const std::vector<std::int32_t>& in, std::vector<std::int32_t>& out) {
    const std::int32_t maxLabel = in.empty() ? 0 : *std::max_element(in.begin(), in.end());
    std::vector<std::int32_t> map(std::size_t(std::max(0, maxLabel) + 1), -1);
    for (auto l : in) if (l >= 0) map[std::size_t(l)] = 0;
    int m = 0;
    for (auto& v : map) if (v == 0) v = m++;
    out.resize(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) out[i] = in[i] < 0 ? -1 : map[std::size_t(in[i])];
    return m;
}

// One labeling of the sample, ordered so each cluster is a contiguous run.
struct Grouping {
    std::vector<std::uint32_t> order;   // sample positions sorted by cluster (stable)
    std::vector<std::size_t> start;     // cluster c occupies order[start[c] .. start[c+1])
    std::vector<std::int32_t> label;    // per sample position
};

Grouping makeGrouping(const std::vector<std::int32_t>& labels, const std::vector<std::uint32_t>& rows) {
    Grouping g;
    std::vector<std::int32_t> raw(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) raw[i] = labels[rows[i]];
    const int m = compactLabels(raw, g.label);
    g.start.assign(std::size_t(m) + 1, 0);
    for (auto l : g.label) ++g.start[std::size_t(l) + 1];
    for (int c = 0; c < m; ++c) g.start[std::size_t(c) + 1] += g.start[std::size_t(c)];
    g.order.resize(rows.size());
    std::vector<std::size_t> fill(g.start.begin(), g.start.end() - 1);
    for (std::size_t i = 0; i < rows.size(); ++i) g.order[fill[std::size_t(g.label[i])]++] = std::uint32_t(i);
    return g;
}

double sumAt(const double* d, const std::uint32_t* idx, std::size_t n) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::size_t j = 0;
    for (; j + 4 <= n; j += 4) { s0 += d[idx[j]]; s1 += d[idx[j + 1]]; s2 += d[idx[j + 2]]; s3 += d[idx[j + 3]]; }
    for (; j < n; ++j) s0 += d[idx[j]];
    return (s0 + s1) + (s2 + s3);
}

// Silhouette of sample position i under grouping g, given its distances to every sample row.
double silhouetteOf(std::size_t i, const double* dist, const Grouping& g) {
    const std::size_t clusters = g.start.size() - 1;
    const auto own = std::size_t(g.label[i]);
    const std::size_t ownSize = g.start[own + 1] - g.start[own];
    if (ownSize <= 1) return 0;   // singletons score 0
    double a = 0, b = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c < clusters; ++c) {
        const std::size_t size = g.start[c + 1] - g.start[c];
        const double s = sumAt(dist, g.order.data() + g.start[c], size);
        if (c == own) a = s / double(size - 1);
        else b = std::min(b, s / double(size));
    }
    const double denom = std::max(a, b);
    return denom > 0 ? (b - a) / denom : 0;
}

} // namespace

std::vector<std::uint32_t> silhouetteSample(std::size_t n, std::size_t cap, std::uint64_t seed) {
    if (n <= cap) return {};
    Random rng(seed ^ 0x5117u);
    return rng.sampleWithoutReplacement(std::uint32_t(n), std::uint32_t(cap));
}

std::vector<double> silhouetteScores(const Eigen::MatrixXd& x, const std::vector<const std::vector<std::int32_t>*>& labelings,
                                     const std::vector<std::uint32_t>& rowsIn, const Progress* progress) {
    std::vector<std::uint32_t> rows = rowsIn;
    if (rows.empty()) { rows.resize(std::size_t(x.rows())); std::iota(rows.begin(), rows.end(), 0u); }
    const std::size_t m = rows.size(), L = labelings.size();
    std::vector<Grouping> groups;
    std::vector<double> result(L, kNaN);
    for (const auto* l : labelings) groups.push_back(makeGrouping(*l, rows));
    Eigen::MatrixXd s(Eigen::Index(m), x.cols());   // the sample, column-major
    for (std::size_t i = 0; i < m; ++i) s.row(Eigen::Index(i)) = x.row(Eigen::Index(rows[i]));
    const int d = int(x.cols());
    std::vector<double> perRow(m * L, 0.0);
    parallelBlocks(m, [&](std::size_t b, std::size_t e, unsigned) {
        constexpr std::size_t block = kernel::kDistanceRowBlock;
        std::vector<double> dist(block * m);
        kernel::DistanceScratch scratch;
        for (std::size_t i = b; i < e; i += block) {
            if (((i - b) & 63) == 0 && cancelled(progress)) return;
            const std::size_t rows = std::min(block, e - i);
            kernel::rowDistances(s.data(), m, d, i, rows, dist.data(), scratch);
            for (std::size_t q = 0; q < rows; ++q)
                for (std::size_t l = 0; l < L; ++l)
                    perRow[(i + q) * L + l] = silhouetteOf(i + q, dist.data() + q * m, groups[l]);
            if (b == 0 && (i & 255) == 0) report(progress, double(i) / double(e), "Silhouette");
        }
    });
    if (cancelled(progress)) return result;
    for (std::size_t l = 0; l < L; ++l) {
        if (groups[l].start.size() - 1 < 2 || m < 2) continue;
        double total = 0;
        for (std::size_t i = 0; i < m; ++i) total += perRow[i * L + l];
        result[l] = total / double(m);
    }
    return result;
}

double silhouetteScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labels,
                       const std::vector<std::uint32_t>& rows, const Progress* progress) {
    return silhouetteScores(x, {&labels}, rows, progress)[0];
}

double calinskiHarabaszScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labelsIn) {
    std::vector<std::int32_t> labels;
    const int k = compactLabels(labelsIn, labels);
    const auto n = x.rows();
    if (k < 2 || n <= k) return kNaN;
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, x.cols());
    std::vector<double> counts(std::size_t(k), 0.0);
    for (Eigen::Index i = 0; i < n; ++i) { sums.row(labels[std::size_t(i)]) += x.row(i); ++counts[std::size_t(labels[std::size_t(i)])]; }
    const Eigen::RowVectorXd mean = x.colwise().mean();
    double extra = 0, intra = 0;
    for (int c = 0; c < k; ++c) {
        const Eigen::RowVectorXd centre = sums.row(c) / counts[std::size_t(c)];
        extra += counts[std::size_t(c)] * (centre - mean).squaredNorm();
        sums.row(c) = centre;
    }
    for (Eigen::Index i = 0; i < n; ++i) intra += (x.row(i) - sums.row(labels[std::size_t(i)])).squaredNorm();
    if (intra == 0) return 1.0;
    return extra * double(n - k) / (intra * double(k - 1));
}

double daviesBouldinScore(const Eigen::MatrixXd& x, const std::vector<std::int32_t>& labelsIn) {
    std::vector<std::int32_t> labels;
    const int k = compactLabels(labelsIn, labels);
    const auto n = x.rows();
    if (k < 2 || n <= k) return kNaN;
    Eigen::MatrixXd centres = Eigen::MatrixXd::Zero(k, x.cols());
    std::vector<double> counts(std::size_t(k), 0.0), intra(std::size_t(k), 0.0);
    for (Eigen::Index i = 0; i < n; ++i) { centres.row(labels[std::size_t(i)]) += x.row(i); ++counts[std::size_t(labels[std::size_t(i)])]; }
    for (int c = 0; c < k; ++c) centres.row(c) /= counts[std::size_t(c)];
    for (Eigen::Index i = 0; i < n; ++i) intra[std::size_t(labels[std::size_t(i)])] += (x.row(i) - centres.row(labels[std::size_t(i)])).norm();
    bool intraZero = true, centreZero = true;
    for (int c = 0; c < k; ++c) { intra[std::size_t(c)] /= counts[std::size_t(c)]; intraZero &= std::abs(intra[std::size_t(c)]) <= 1e-8; }
    Eigen::MatrixXd cd(k, k);
    for (int a = 0; a < k; ++a)
        for (int b = 0; b < k; ++b) { cd(a, b) = (centres.row(a) - centres.row(b)).norm(); centreZero &= std::abs(cd(a, b)) <= 1e-8; }
    if (intraZero || centreZero) return 0.0;
    double total = 0;
    for (int a = 0; a < k; ++a) {
        double worst = -std::numeric_limits<double>::infinity();
        for (int b = 0; b < k; ++b) {
            const double dist = cd(a, b) == 0 ? std::numeric_limits<double>::infinity() : cd(a, b);
            worst = std::max(worst, (intra[std::size_t(a)] + intra[std::size_t(b)]) / dist);
        }
        total += worst;
    }
    return total / k;
}

} // namespace segmenta
