// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/pca2d.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

#include "core/common/parallel.h"
#include "core/common/random.h"

namespace segmenta {
namespace {

// Covariance (population, divided by n) accumulated in blocks so that a million
// rows never need a centred copy of the whole matrix; per-worker partials are
// added in worker order, so the result does not depend on scheduling.
Eigen::MatrixXd covariance(const Eigen::MatrixXd& x, const Eigen::VectorXd& mean, const Progress* progress) {
    const Eigen::Index p = x.cols();
    const std::size_t n = std::size_t(x.rows());
    const unsigned workers = workerCount();
    std::vector<Eigen::MatrixXd> partial(workers, Eigen::MatrixXd::Zero(p, p));
    parallelBlocks(n, [&](std::size_t begin, std::size_t end, unsigned w) {
        constexpr std::size_t kBlock = 4096;
        Eigen::MatrixXd centred;
        for (std::size_t b = begin; b < end; b += kBlock) {
            if (cancelled(progress)) return;
            const auto len = Eigen::Index(std::min(kBlock, end - b));
            centred = x.middleRows(Eigen::Index(b), len).rowwise() - mean.transpose();
            partial[w].selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
        }
    }, workers);
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(p, p);
    for (const auto& part : partial) cov += part;
    cov = cov.selfadjointView<Eigen::Lower>();
    return cov / double(n);
}

} // namespace

Pca2d fitPca2d(const Eigen::MatrixXd& x, const Progress* progress) {
    Pca2d out;
    if (x.rows() == 0 || x.cols() == 0) return out;
    report(progress, 0.0, "map of rows");
    Eigen::VectorXd mean = x.colwise().mean().transpose();
    Eigen::MatrixXd cov = covariance(x, mean, progress);
    if (cancelled(progress) || !cov.allFinite()) return out;

    // Eigenvalues come in increasing order: the last two columns are the axes.
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
    if (solver.info() != Eigen::Success) return out;
    const Eigen::Index p = x.cols();
    out.axes = Eigen::MatrixXd::Zero(p, 2);
    out.totalVariance = std::max(0.0, cov.trace());
    for (int a = 0; a < 2 && a < p; ++a) {
        Eigen::VectorXd v = solver.eigenvectors().col(p - 1 - a);
        // Eigenvectors have no natural sign; fix one so the same data always
        // draws the same way round.
        Eigen::Index big = 0;
        v.cwiseAbs().maxCoeff(&big);
        if (v(big) < 0) v = -v;
        out.axes.col(a) = v;
        const double lambda = std::max(0.0, solver.eigenvalues()(p - 1 - a));
        out.explained[a] = out.totalVariance > 0 ? lambda / out.totalVariance : 0.0;
    }
    out.mean = std::move(mean);
    report(progress, 1.0, "map of rows");
    return out;
}

Eigen::MatrixXd projectPca2d(const Pca2d& pca, const Eigen::MatrixXd& x, const std::vector<std::uint32_t>& rows) {
    if (!pca.valid() || x.cols() != pca.mean.size()) return {};
    if (rows.empty()) return (x.rowwise() - pca.mean.transpose()) * pca.axes;
    Eigen::MatrixXd out(Eigen::Index(rows.size()), 2);
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = (x.row(Eigen::Index(rows[i])) - pca.mean.transpose()) * pca.axes;
    return out;
}

std::vector<std::uint32_t> stratifiedSample(const std::vector<std::int32_t>& labels, std::size_t cap, std::uint64_t seed) {
    std::int32_t maxLabel = -1;
    for (auto l : labels) maxLabel = std::max(maxLabel, l);
    const std::size_t k = std::size_t(maxLabel + 1);
    std::vector<std::vector<std::uint32_t>> members(k);
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= 0) members[std::size_t(labels[i])].push_back(std::uint32_t(i));
    std::size_t total = 0;
    for (const auto& m : members) total += m.size();

    std::vector<std::uint32_t> out;
    if (total <= cap) {
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] >= 0) out.push_back(std::uint32_t(i));
        return out;
    }
    // A guaranteed floor keeps small segments visible; the rest is proportional.
    std::size_t nonEmpty = 0;
    for (const auto& m : members) nonEmpty += m.empty() ? 0 : 1;
    const std::size_t floor = std::max<std::size_t>(1, cap / (4 * std::max<std::size_t>(1, nonEmpty)));
    std::vector<std::size_t> take(k);
    std::size_t used = 0, rest = 0;
    for (std::size_t s = 0; s < k; ++s) {
        take[s] = std::min(members[s].size(), floor);
        used += take[s];
        rest += members[s].size() - take[s];
    }
    const std::size_t budget = cap > used ? cap - used : 0;
    for (std::size_t s = 0; s < k && rest > 0; ++s) {
        const std::size_t extra = std::size_t(double(budget) * double(members[s].size() - take[s]) / double(rest));
        take[s] = std::min(members[s].size(), take[s] + extra);
    }
    Random rng(seed);
    for (std::size_t s = 0; s < k; ++s) {
        const auto picked = rng.sampleWithoutReplacement(std::uint32_t(members[s].size()), std::uint32_t(take[s]));
        for (auto j : picked) out.push_back(members[s][j]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace segmenta
