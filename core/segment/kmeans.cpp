// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/kmeans.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>
#include <numeric>

#include "core/common/huge_pages.h"
#include "core/common/random.h"
#include "core/segment/kmeans_kernel.h"
#include "core/segment/kmeans_screen.h"
#include "core/segment/sub_progress.h"

namespace segmenta {

namespace {

using kernel::kChunk;

unsigned threadsOr(unsigned t) { return t == 0 ? workerCount() : t; }

struct ChunkRange { std::size_t begin, end; };
ChunkRange chunkRange(std::size_t c, std::size_t n) { return {c * kChunk, std::min(n, (c + 1) * kChunk)}; }

// Per-chunk partial sums/counts, combined in chunk order after the parallel pass.
struct Partials {
    std::size_t k = 0, d = 0;
    std::vector<double> sums, counts;   // chunks × 4 × k × d, chunks × 4 × k
    void reset(std::size_t chunks, std::size_t kk, std::size_t dd) {
        k = kk; d = dd;
        sums.assign(chunks * 4 * k * d, 0.0);
        counts.assign(chunks * 4 * k, 0.0);
    }
    void combine(Eigen::MatrixXd& total, std::vector<double>& count) const {
        total.setZero(Eigen::Index(k), Eigen::Index(d));
        count.assign(k, 0.0);
        const std::size_t copies = counts.size() / k;
        for (std::size_t c = 0; c < copies; ++c)
            for (std::size_t a = 0; a < k; ++a) {
                count[a] += counts[c * k + a];
                for (std::size_t j = 0; j < d; ++j) total(Eigen::Index(a), Eigen::Index(j)) += sums[(c * k + a) * d + j];
            }
    }
};

// Buffers one Lloyd run reuses every iteration (no allocation per pass).
struct PassBuffers {
    kernel::CenterPack pack;
    kernel::FloatPack floatPack;
    std::vector<std::size_t> changed;
    // Hamerly's bounds, with a row-major float copy of x for the rows whose
    // bounds fail (null: no bounds): on once few rows change, and they stay on
    const float* xf = nullptr;
    bool bounded = false;
    double maxRowSq = 0;                    // max ‖x‖² over the rows
    LargeVector<float> upper, lower;        // per row
    Eigen::MatrixXd before;                 // the centres the bounds refer to
    kernel::CentreMoves moves;
    std::vector<kernel::MoveScratch> scratch;   // per worker
    std::vector<std::size_t> computed;          // per chunk: rows whose distances were computed
};

// One Lloyd E-step (+ sums for the M-step when `partials` is given); returns
// the number of labels that changed.
std::size_t assignPass(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers, std::vector<std::int32_t>& labels,
                       Partials* partials, unsigned threads, PassBuffers& buf) {
    const bool screen = kernel::haveScreening();
    kernel::packCenters(centers, buf.pack);
    if (screen) kernel::packCentersFloat(buf.pack, buf.floatPack);
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    if (partials) partials->reset(chunks, std::size_t(centers.rows()), std::size_t(x.cols()));
    buf.changed.assign(chunks, 0);
    if (buf.xf && buf.bounded) {
        kernel::prepareCentreMoves(centers, buf.before, buf.maxRowSq, buf.moves);
        buf.before = centers;
        if (buf.upper.size() != n) {
            buf.upper.assign(n, std::numeric_limits<float>::infinity());
            buf.lower.assign(n, 0.0f);
        }
        buf.scratch.resize(std::max<std::size_t>(buf.scratch.size(), threads));
        buf.computed.assign(chunks, 0);
        kernel::forChunks(chunks, threads, [&](std::size_t c, unsigned w) {
            const auto r = chunkRange(c, n);
            double* sums = partials ? partials->sums.data() + c * 4 * partials->k * partials->d : nullptr;
            double* counts = partials ? partials->counts.data() + c * 4 * partials->k : nullptr;
            buf.changed[c] = kernel::assignRangeBounded(x.data(), buf.xf, n, r.begin, r.end, buf.pack, buf.floatPack,
                                                        buf.moves, buf.upper.data(), buf.lower.data(), labels.data(),
                                                        sums, counts, buf.scratch[w], &buf.computed[c]);
        });
        return std::accumulate(buf.changed.begin(), buf.changed.end(), std::size_t(0));
    }
    kernel::forChunks(chunks, threads, [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        double* sums = partials ? partials->sums.data() + c * 4 * partials->k * partials->d : nullptr;
        double* counts = partials ? partials->counts.data() + c * 4 * partials->k : nullptr;
        buf.changed[c] = screen ? kernel::assignRangeScreened(x.data(), n, r.begin, r.end, buf.pack, buf.floatPack,
                                                              labels.data(), sums, counts)
                                : kernel::assignRange(x.data(), n, r.begin, r.end, buf.pack, labels.data(), sums, counts);
    });
    return std::accumulate(buf.changed.begin(), buf.changed.end(), std::size_t(0));
}

std::size_t assignPass(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers, std::vector<std::int32_t>& labels,
                       Partials* partials, unsigned threads) {
    PassBuffers buf;
    return assignPass(x, centers, labels, partials, threads, buf);
}

// The row-major float copy for the bounded pass (empty when the CPU lacks
// AVX2/FMA), and the largest squared row norm (for the bounds' rounding margin).
struct FloatCopy {
    LargeVector<float> data;
    double maxRowSq = 0;
};

FloatCopy floatCopy(const Eigen::MatrixXd& x, unsigned threads, bool bounds) {
    if (!bounds || !kernel::haveScreening() || x.size() == 0) return {};
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    FloatCopy out;
    out.data.resize(std::size_t(x.size()));
    std::vector<double> chunkMax(chunks, 0.0);
    kernel::forChunks(chunks, threads, [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        kernel::toFloatRowsRange(x.data(), n, int(x.cols()), r.begin, r.end, out.data.data());
        double sq[kChunk] = {};
        for (Eigen::Index j = 0; j < x.cols(); ++j)
            for (std::size_t i = r.begin; i < r.end; ++i) sq[i - r.begin] += x(Eigen::Index(i), j) * x(Eigen::Index(i), j);
        chunkMax[c] = *std::max_element(sq, sq + (r.end - r.begin));
    });
    // rounded up generously: only the bounds' safety margin depends on it
    out.maxRowSq = *std::max_element(chunkMax.begin(), chunkMax.end()) * (1 + 1e-9);
    return out;
}

// scikit-learn's _relocate_empty_clusters_dense: each empty centre takes the row
// farthest from its own (old) centre, which leaves its old cluster.
void relocateEmpty(const Eigen::MatrixXd& x, const Eigen::MatrixXd& oldCenters, const std::vector<std::int32_t>& labels,
                   Eigen::MatrixXd& sums, std::vector<double>& counts, unsigned threads) {
    std::vector<int> empty;
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] == 0) empty.push_back(int(c));
    if (empty.empty()) return;
    const std::size_t n = std::size_t(x.rows());
    std::vector<double> dist(n);
    kernel::forChunks(kernel::chunkCount(n), threads, [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        kernel::sqDistanceToOwn(x.data(), n, r.begin, r.end, oldCenters, labels.data(), dist.data() + r.begin);
    });
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t m = std::min(empty.size(), n);
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(m), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return dist[a] > dist[b] || (dist[a] == dist[b] && a < b);
    });
    for (std::size_t e = 0; e < m; ++e) {
        const std::uint32_t row = order[e];
        const int from = labels[row], to = empty[e];
        sums.row(from) -= x.row(row);
        sums.row(to) = x.row(row);
        counts[std::size_t(from)] -= 1;
        counts[std::size_t(to)] = 1;
    }
}

double meanVariance(const Eigen::MatrixXd& x) {
    if (x.rows() == 0) return 0;
    double total = 0;
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const double m = x.col(j).mean();
        total += (x.col(j).array() - m).square().mean();
    }
    return total / double(x.cols());
}

Error cancelledError() { return makeError(ErrorKind::Cancelled, "the segmentation was cancelled"); }

} // namespace

void assignNearest(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers, std::vector<std::int32_t>& labels,
                   std::vector<double>* sqDistance, unsigned threads) {
    const std::size_t n = std::size_t(x.rows());
    labels.assign(n, 0);
    threads = threadsOr(threads);
    assignPass(x, centers, labels, nullptr, threads);
    if (!sqDistance) return;
    sqDistance->assign(n, 0.0);
    kernel::forChunks(kernel::chunkCount(n), threads, [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        kernel::sqDistanceToOwn(x.data(), n, r.begin, r.end, centers, labels.data(), sqDistance->data() + r.begin);
    });
}

double inertiaOf(const Eigen::MatrixXd& x, const Eigen::MatrixXd& centers, const std::vector<std::int32_t>& labels,
                 unsigned threads) {
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    std::vector<double> part(chunks, 0.0);
    kernel::forChunks(chunks, threadsOr(threads), [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        part[c] = kernel::sqDistanceToOwn(x.data(), n, r.begin, r.end, centers, labels.data());
    });
    return std::accumulate(part.begin(), part.end(), 0.0);
}

Eigen::MatrixXd kmeansPlusPlus(const Eigen::MatrixXd& x, int k, std::uint64_t seed, unsigned threads) {
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    const int d = int(x.cols());
    threads = threadsOr(threads);
    Random rng(seed);
    Eigen::MatrixXd centers(k, d);
    const int trials = 2 + int(std::log(double(k)));
    LargeVector<double> closest(n), cand(n * std::size_t(trials));
    std::vector<double> chunkPot(chunks), candPot(chunks * std::size_t(trials));

    std::size_t first = std::size_t(rng.below(n));
    centers.row(0) = x.row(Eigen::Index(first));
    Eigen::VectorXd point = centers.row(0).transpose();
    kernel::forChunks(chunks, threads, [&](std::size_t c, unsigned) {
        const auto r = chunkRange(c, n);
        kernel::sqDistanceRange(x.data(), n, d, r.begin, r.end, point.data(), closest.data() + r.begin);
        chunkPot[c] = std::accumulate(closest.begin() + std::ptrdiff_t(r.begin), closest.begin() + std::ptrdiff_t(r.end), 0.0);
    });
    double pot = std::accumulate(chunkPot.begin(), chunkPot.end(), 0.0);
    std::vector<std::size_t> ids(static_cast<std::size_t>(trials));
    std::vector<Eigen::VectorXd> points(static_cast<std::size_t>(trials));
    for (int c = 1; c < k; ++c) {
        // candidates drawn with probability ∝ squared distance (searchsorted on the cumulative sum)
        for (int t = 0; t < trials; ++t) {
            double target = rng.uniform() * pot;
            std::size_t ch = 0;
            while (ch + 1 < chunks && target > chunkPot[ch]) { target -= chunkPot[ch]; ++ch; }
            const auto r = chunkRange(ch, n);
            std::size_t i = r.begin;
            double run = 0;
            for (; i < r.end; ++i) { run += closest[i]; if (run >= target) break; }
            ids[std::size_t(t)] = std::min(i, n - 1);
            points[std::size_t(t)] = x.row(Eigen::Index(ids[std::size_t(t)])).transpose();
        }
        std::vector<const double*> pts(static_cast<std::size_t>(trials));
        for (int t = 0; t < trials; ++t) pts[std::size_t(t)] = points[std::size_t(t)].data();
        kernel::forChunks(chunks, threads, [&](std::size_t ch, unsigned) {
            const auto r = chunkRange(ch, n);
            double* outs[64];   // trials = 2 + ⌊ln k⌋ < 64 for any k that fits in memory
            for (int t = 0; t < trials; ++t) outs[t] = cand.data() + std::size_t(t) * n + r.begin;
            // one sweep over the chunk's rows for all candidates
            kernel::sqDistanceMinRange(x.data(), n, d, r.begin, r.end, pts.data(), trials, closest.data() + r.begin, outs);
            for (int t = 0; t < trials; ++t) {
                double s = 0;
                for (std::size_t i = 0; i < r.end - r.begin; ++i) s += outs[t][i];
                candPot[ch * std::size_t(trials) + std::size_t(t)] = s;
            }
        });
        int bestT = 0;
        double bestPot = 0;
        for (int t = 0; t < trials; ++t) {
            double s = 0;
            for (std::size_t ch = 0; ch < chunks; ++ch) s += candPot[ch * std::size_t(trials) + std::size_t(t)];
            if (t == 0 || s < bestPot) { bestPot = s; bestT = t; }
        }
        pot = bestPot;
        std::copy_n(cand.begin() + std::ptrdiff_t(std::size_t(bestT) * n), n, closest.begin());
        for (std::size_t ch = 0; ch < chunks; ++ch) chunkPot[ch] = candPot[ch * std::size_t(trials) + std::size_t(bestT)];
        centers.row(c) = x.row(Eigen::Index(ids[std::size_t(bestT)]));
    }
    return centers;
}

namespace {

Result<KMeansFit> lloydWith(const Eigen::MatrixXd& x, const FloatCopy& xf, bool bounds,
                            const Eigen::MatrixXd& initialCenters, int maxIter, double absTol, unsigned threads,
                            const Progress* progress) {
    PassBuffers buf;
    buf.xf = bounds && !xf.data.empty() ? xf.data.data() : nullptr;
    buf.maxRowSq = xf.maxRowSq;
    const std::size_t n = std::size_t(x.rows());
    KMeansFit fit;
    fit.centers = initialCenters;
    fit.labels.assign(n, -1);
    Partials partials;
    // Running cluster sums: each pass only moves the rows that changed cluster.
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(initialCenters.rows(), x.cols()), delta;
    std::vector<double> counts(std::size_t(initialCenters.rows()), 0.0), deltaCounts;
    bool strict = false;
    int it = 0;
    std::size_t lastChanged = n;
    for (; it < maxIter; ++it) {
        if (cancelled(progress)) return cancelledError();
        // Hamerly's bounds pay once most rows keep their cluster; before that every
        // row is computed anyway and the fused pass is cheaper.
        buf.bounded = buf.bounded || (buf.xf && lastChanged * 200 <= n);
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        const std::size_t changed = assignPass(x, fit.centers, fit.labels, &partials, threads, buf);
        lastChanged = changed;
        partials.combine(delta, deltaCounts);
        sums += delta;
        for (std::size_t c = 0; c < counts.size(); ++c) counts[c] += deltaCounts[c];
        // empty clusters take far rows for the new centres only (labels stay, as in scikit-learn)
        Eigen::MatrixXd s = sums;
        std::vector<double> cnt = counts;
        relocateEmpty(x, fit.centers, fit.labels, s, cnt, threads);
        Eigen::MatrixXd next = fit.centers;
        for (Eigen::Index c = 0; c < next.rows(); ++c)
            if (cnt[std::size_t(c)] > 0) next.row(c) = s.row(c) / cnt[std::size_t(c)];
        const double shift = (next - fit.centers).rowwise().squaredNorm().sum();
        fit.centers = std::move(next);
        fit.passSeconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        fit.passCpuSeconds.push_back(double(std::clock() - c0) / CLOCKS_PER_SEC);
        fit.passComputed.push_back(buf.bounded && buf.xf ? std::accumulate(buf.computed.begin(), buf.computed.end(), std::size_t(0)) : n);
        report(progress, double(it + 1) / double(maxIter), "k-means");
        if (it > 0 && changed == 0) { strict = true; break; }
        if (shift <= absTol) break;
    }
    fit.iterations = std::min(it + 1, maxIter);
    if (!strict) assignPass(x, fit.centers, fit.labels, nullptr, threads, buf);
    fit.inertia = inertiaOf(x, fit.centers, fit.labels, threads);
    fit.totalIterations = fit.iterations;
    return fit;
}

} // namespace

Result<KMeansFit> lloyd(const Eigen::MatrixXd& x, const Eigen::MatrixXd& initialCenters, int maxIter, double absTol,
                        unsigned threads, const Progress* progress, bool bounds) {
    threads = threadsOr(threads);
    return lloydWith(x, floatCopy(x, threads, bounds), bounds, initialCenters, maxIter, absTol, threads, progress);
}

Result<KMeansFit> kmeans(const Eigen::MatrixXd& x, const KMeansOptions& o, const Progress* progress) {
    if (o.k < 1) return makeError(ErrorKind::Usage, "the number of segments must be at least 1");
    if (Eigen::Index(o.k) > x.rows())
        return makeError(ErrorKind::Usage, "cannot make " + std::to_string(o.k) + " segments from " +
                                               std::to_string(x.rows()) + " rows");
    const double absTol = o.tol * meanVariance(x);
    Random seeds(o.seed);
    const unsigned threads = threadsOr(o.threads);
    KMeansFit best;
    // The float copy is made after k-means++, whose candidate buffers are freed by
    // then; a large copy is also dropped before the next restart's k-means++ so
    // the two never add up (peak memory), a small one is kept.
    FloatCopy xf;
    const bool keepCopy = std::size_t(x.size()) * sizeof(float) <= (std::size_t(16) << 20);
    bool have = false;
    int total = 0;
    for (int run = 0; run < std::max(1, o.nInit); ++run) {
        const std::uint64_t s = seeds.next();
        if (cancelled(progress)) return cancelledError();
        const Eigen::MatrixXd init = kmeansPlusPlus(x, o.k, s, threads);
        if (xf.data.empty()) xf = floatCopy(x, threads, o.bounds);
        const double runs = double(std::max(1, o.nInit));
        SubProgress sub(progress, double(run) / runs, double(run + 1) / runs);
        auto fit = lloydWith(x, xf, o.bounds, init, o.maxIter, absTol, threads, sub.get());
        if (!keepCopy) xf = FloatCopy{};
        if (!fit) return fit.error();
        total += fit->iterations;
        if (!have || fit->inertia < best.inertia) { best = std::move(*fit); have = true; }
        report(progress, double(run + 1) / double(std::max(1, o.nInit)), "k-means");
    }
    best.totalIterations = total;
    return best;
}

} // namespace segmenta

namespace segmenta {

Result<KMeansFit> miniBatchKMeans(const Eigen::MatrixXd& x, const KMeansOptions& o, std::size_t batchSize,
                                  const Progress* progress) {
    if (o.k < 1) return makeError(ErrorKind::Usage, "the number of segments must be at least 1");
    const std::size_t n = std::size_t(x.rows());
    if (std::size_t(o.k) > n)
        return makeError(ErrorKind::Usage, "cannot make " + std::to_string(o.k) + " segments from " + std::to_string(n) + " rows");
    Random rng(o.seed);
    batchSize = std::max<std::size_t>(std::min(batchSize, n), std::size_t(o.k));
    // start: k-means++ on a sample (scikit-learn uses 3 × batch size)
    const auto initRows = rng.sampleWithoutReplacement(std::uint32_t(n), std::uint32_t(std::min(n, 3 * batchSize)));
    Eigen::MatrixXd sample(Eigen::Index(initRows.size()), x.cols());
    for (std::size_t i = 0; i < initRows.size(); ++i) sample.row(Eigen::Index(i)) = x.row(Eigen::Index(initRows[i]));
    KMeansFit fit;
    fit.centers = kmeansPlusPlus(sample, o.k, rng.next(), o.threads);
    std::vector<double> counts(std::size_t(o.k), 0.0);
    const std::size_t steps = std::max<std::size_t>(1, std::size_t(o.maxIter) * n / batchSize);
    Eigen::MatrixXd batch(Eigen::Index(batchSize), x.cols());
    std::vector<std::int32_t> labels;
    double ewa = -1, bestEwa = 0;
    int noImprovement = 0;
    for (std::size_t step = 0; step < steps; ++step) {
        if (cancelled(progress)) return cancelledError();
        for (std::size_t i = 0; i < batchSize; ++i) batch.row(Eigen::Index(i)) = x.row(Eigen::Index(rng.below(n)));
        std::vector<double> sq;
        assignNearest(batch, fit.centers, labels, &sq, 1);
        double batchInertia = 0;
        for (double v : sq) batchInertia += v;
        batchInertia /= double(batchSize);
        // per-centre learning rate 1 / count (Sculley; scikit-learn's _mini_batch_update_csr/dense)
        for (std::size_t i = 0; i < batchSize; ++i) {
            const auto c = Eigen::Index(labels[i]);
            counts[std::size_t(c)] += 1;
            const double eta = 1.0 / counts[std::size_t(c)];
            fit.centers.row(c) += eta * (batch.row(Eigen::Index(i)) - fit.centers.row(c));
        }
        // early stop when the smoothed batch inertia stops improving (max_no_improvement = 10)
        const double alpha = std::min(1.0, 2.0 * double(batchSize) / double(n + 1));
        ewa = ewa < 0 ? batchInertia : ewa * (1 - alpha) + batchInertia * alpha;
        if (step == 0 || ewa < bestEwa) { bestEwa = ewa; noImprovement = 0; }
        else if (++noImprovement >= 10) { fit.iterations = int(step + 1); break; }
        fit.iterations = int(step + 1);
        if ((step & 15) == 0) report(progress, double(step) / double(steps), "Mini-batch k-means");
    }
    assignNearest(x, fit.centers, fit.labels, nullptr, o.threads);
    fit.inertia = inertiaOf(x, fit.centers, fit.labels, o.threads);
    fit.totalIterations = fit.iterations;
    return fit;
}

} // namespace segmenta
