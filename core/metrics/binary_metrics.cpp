// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/binary_metrics.h"

#include <algorithm>
#include <cmath>

#include "core/common/parallel.h"
#include "core/common/radix_sort.h"

namespace segmenta {

namespace {

// Running sums of one slice; combined across workers in worker order.
struct Accumulator {
    std::int64_t n = 0, pos = 0, tp = 0, fp = 0, tn = 0, fn = 0;
    double logLoss = 0, squares = 0, scores = 0;
    std::vector<CalibrationBin> bins;

    void add(const Accumulator& o) {
        n += o.n; pos += o.pos; tp += o.tp; fp += o.fp; tn += o.tn; fn += o.fn;
        logLoss += o.logLoss; squares += o.squares; scores += o.scores;
        for (std::size_t b = 0; b < bins.size(); ++b) {
            bins[b].n += o.bins[b].n;
            bins[b].sumScore += o.bins[b].sumScore;
            bins[b].sumOutcome += o.bins[b].sumOutcome;
        }
    }
};

// -log of the probability given to the true class, exactly as scikit-learn 1.2:
// clip to [eps, 1 - eps], stack [1 - p, p], renormalise by the row sum.
inline double logLossTerm(std::uint8_t y, double p) noexcept {
    p = std::clamp(p, kLogLossEps, 1 - kLogLossEps);
    const double q = 1 - p, s = q + p;
    return -std::log((y ? p : q) / s);
}

// A row counts when it has a label and every model column the caller gave.
inline bool usable(const BinaryInputs& in, std::size_t i) noexcept {
    if (in.label[i] == kNoLabel) return false;
    if (!in.score.empty() && std::isnan(in.score[i])) return false;
    if (!in.prediction.empty() && in.prediction[i] == kNoLabel) return false;
    return true;
}

void accumulateRows(const BinaryInputs& in, const std::vector<std::uint32_t>& slice, std::size_t begin,
                    std::size_t end, std::vector<Accumulator>& acc) {
    const bool hasScore = !in.score.empty(), hasPrediction = !in.prediction.empty();
    const int nb = in.calibrationBins;
    for (std::size_t i = begin; i < end; ++i) {
        if (!usable(in, i)) continue;
        auto& a = acc[slice[i]];
        const std::uint8_t y = in.label[i];
        const double p = hasScore ? in.score[i] : 0.0;
        const bool predicted = hasPrediction ? in.prediction[i] == 1 : p >= in.threshold;
        ++a.n;
        a.pos += y;
        a.tp += (y && predicted);
        a.fp += (!y && predicted);
        a.tn += (!y && !predicted);
        a.fn += (y && !predicted);
        if (!hasScore) continue;
        a.logLoss += logLossTerm(y, p);
        a.squares += (double(y) - p) * (double(y) - p);
        a.scores += p;
        auto& bin = a.bins[std::size_t(calibrationBinOf(p, nb))];
        ++bin.n;
        bin.sumScore += p;
        bin.sumOutcome += y;
    }
}

std::vector<Accumulator> accumulate(const BinaryInputs& in, const std::vector<std::uint32_t>& slice,
                                    std::uint32_t sliceCount) {
    Accumulator empty;
    empty.bins = makeCalibrationBins(in.score.empty() ? 0 : in.calibrationBins);
    const unsigned workers = workerCount();
    std::vector<std::vector<Accumulator>> partial(workers, std::vector<Accumulator>(sliceCount, empty));
    parallelBlocks(in.label.size(), [&](std::size_t b, std::size_t e, unsigned w) {
        accumulateRows(in, slice, b, e, partial[w]);
    }, workers);
    std::vector<Accumulator> total(sliceCount + 1, empty);
    for (const auto& part : partial)
        for (std::uint32_t s = 0; s < sliceCount; ++s) total[s].add(part[s]);
    for (std::uint32_t s = 0; s < sliceCount; ++s) total[sliceCount].add(total[s]);
    return total;
}

// Walks one slice's scores from high to low; each group of tied scores is one
// threshold (one ROC/PR point), as scikit-learn's roc_curve and
// precision_recall_curve do.
struct RankState {
    std::uint64_t key = 0;
    bool open = false;
    std::int64_t tp = 0, fp = 0, groupTp = 0, groupFp = 0;
    std::int64_t area2 = 0;   // twice the ROC area in units of one positive x one negative
    double ap = 0;            // sum of recall steps (in positives) x precision

    void flush() {
        if (!open) return;
        area2 += groupFp * (2 * tp + groupTp);
        tp += groupTp;
        fp += groupFp;
        if (groupTp) ap += double(groupTp) * (double(tp) / double(tp + fp));
        groupTp = groupFp = 0;
        open = false;
    }
    void add(std::uint64_t k, bool positive) {
        if (open && k != key) flush();
        key = k;
        open = true;
        groupTp += positive;
        groupFp += !positive;
    }
};

std::vector<RankState> rank(const BinaryInputs& in, const std::vector<std::uint32_t>& slice, std::uint32_t sliceCount) {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> payload;   // slice << 1 | label
    keys.reserve(in.label.size());
    payload.reserve(in.label.size());
    for (std::size_t i = 0; i < in.label.size(); ++i) {
        if (!usable(in, i)) continue;
        keys.push_back(scoreKey(in.score[i]));
        payload.push_back(slice[i] << 1 | in.label[i]);
    }
    radixSortPairs(keys, payload);
    std::vector<RankState> states(sliceCount + 1);
    for (std::size_t j = keys.size(); j-- > 0;) {
        const bool positive = payload[j] & 1u;
        states[payload[j] >> 1].add(keys[j], positive);
        states[sliceCount].add(keys[j], positive);
    }
    for (auto& s : states) s.flush();
    return states;
}

Metric ratio(std::int64_t num, std::int64_t den) {
    return Metric::of(den ? double(num) / double(den) : 0.0);   // zero_division=0
}

BinaryMetrics finish(const Accumulator& a, const RankState* r, bool hasScore) {
    BinaryMetrics m;
    m.n = a.n; m.positives = a.pos; m.negatives = a.n - a.pos;
    m.tp = a.tp; m.fp = a.fp; m.tn = a.tn; m.fn = a.fn;
    m.hasScore = hasScore;
    const MetricReason none = MetricReason::NoRowsWithOutput;
    const MetricReason noScore = MetricReason::NeedsScore;
    if (a.n == 0) {
        for (Metric* x : {&m.accuracy, &m.precision, &m.recall, &m.f1, &m.specificity, &m.baseRate})
            *x = Metric::undefined(none);
        for (Metric* x : {&m.rocAuc, &m.averagePrecision, &m.logLoss, &m.brier, &m.ece, &m.meanScore})
            *x = Metric::undefined(hasScore ? none : noScore);
        if (hasScore) m.calibration = a.bins;
        return m;
    }
    const double n = double(a.n);
    m.accuracy = Metric::of(double(a.tp + a.tn) / n);
    m.precision = ratio(a.tp, a.tp + a.fp);
    m.recall = ratio(a.tp, a.tp + a.fn);
    const double p = *m.precision.value, rc = *m.recall.value;
    m.f1 = Metric::of(p + rc == 0 ? 0.0 : 2 * p * rc / (p + rc));
    m.specificity = ratio(a.tn, a.tn + a.fp);
    m.baseRate = Metric::of(double(a.pos) / n);
    if (!hasScore) {
        for (Metric* x : {&m.rocAuc, &m.averagePrecision, &m.logLoss, &m.brier, &m.ece, &m.meanScore})
            *x = Metric::undefined(noScore);
        return m;
    }
    m.logLoss = Metric::of(a.logLoss / n);
    m.brier = Metric::of(a.squares / n);
    m.meanScore = Metric::of(a.scores / n);
    m.calibration = a.bins;
    m.ece = expectedCalibrationError(a.bins);
    if (a.pos == 0 || a.pos == a.n) {
        m.rocAuc = Metric::undefined(a.pos == 0 ? MetricReason::OnlyNegative : MetricReason::OnlyPositive);
    } else {
        m.rocAuc = Metric::of(double(r->area2) / (2.0 * double(a.pos) * double(a.n - a.pos)));
    }
    m.averagePrecision = a.pos == 0 ? Metric::undefined(MetricReason::NoPositive)
                                    : Metric::of(r->ap / double(a.pos));
    return m;
}

} // namespace

std::vector<BinaryMetrics> binaryMetricsBySlice(const BinaryInputs& in, const std::vector<std::uint32_t>& sliceOfRow,
                                                std::uint32_t sliceCount) {
    const auto acc = accumulate(in, sliceOfRow, sliceCount);
    const bool hasScore = !in.score.empty();
    std::vector<RankState> ranks;
    if (hasScore) ranks = rank(in, sliceOfRow, sliceCount);
    std::vector<BinaryMetrics> out;
    out.reserve(sliceCount + 1);
    for (std::uint32_t s = 0; s <= sliceCount; ++s)
        out.push_back(finish(acc[s], hasScore ? &ranks[s] : nullptr, hasScore));
    return out;
}

} // namespace segmenta
