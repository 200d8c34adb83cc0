// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/slice_report.h"

#include <cmath>

#include "core/metrics/targets.h"

namespace segmenta {

namespace {

constexpr const char* kFlagNames[] = {"auto", "none", "accuracy", "precision", "recall", "specificity", "base_rate"};

struct ModelData {
    LabelTarget label;
    BinaryInputs binary;
    std::vector<std::int32_t> classPrediction;
};

Result<ModelData> decodeModel(const Table& table, const MetricsOptions& o) {
    ModelData d;
    if (o.label.empty()) {
        if (!o.score.empty() || !o.prediction.empty())
            return makeError(ErrorKind::Usage, "a score or a prediction needs a label column to compare with");
        return d;
    }
    const bool allowMulticlass = o.score.empty() && !o.prediction.empty();
    auto label = decodeLabel(table, o.label, o.positive, allowMulticlass);
    if (!label) return label.error();
    d.label = std::move(label.value());
    if (!d.label.binary) {
        auto pred = decodeClassPrediction(table, o.prediction, d.label);
        if (!pred) return pred.error();
        d.classPrediction = std::move(pred.value());
        return d;
    }
    d.binary.label = d.label.binaryLabel;
    d.binary.threshold = o.threshold;
    d.binary.calibrationBins = o.calibrationBins;
    if (!o.score.empty()) {
        auto score = decodeScore(table, o.score);
        if (!score) return score.error();
        d.binary.score = std::move(score.value());
    }
    if (!o.prediction.empty()) {
        auto pred = decodeBinaryPrediction(table, o.prediction, d.label);
        if (!pred) return pred.error();
        d.binary.prediction = std::move(pred.value());
    }
    return d;
}

// Rate of a yes/no column or mean of a numeric one, per slice and overall.
Result<std::vector<OutcomeSummary>> outcomeBySlice(const Table& table, const std::string& column,
                                                   const std::string& positive, const Slicing& slicing) {
    const Column* c = table.column(column);
    if (!c) return makeError(ErrorKind::NotFound, "there is no column named '" + column + "' (an outcome column)");
    const std::uint32_t k = slicing.sliceCount();
    std::vector<OutcomeSummary> out(k + 1);
    auto twoValued = codeValues(*c, 2);
    if (isNumeric(c->type) && !twoValued) {
        // Welford per slice: stable for large means.
        std::vector<double> mean(k + 1, 0.0), m2(k + 1, 0.0);
        for (std::size_t i = 0; i < c->size(); ++i) {
            if (c->isMissing(i) || std::isnan(c->numbers[i])) continue;
            for (const auto s : {slicing.sliceOfRow[i], k}) {
                const double delta = c->numbers[i] - mean[s];
                mean[s] += delta / double(++out[s].n);
                m2[s] += delta * (c->numbers[i] - mean[s]);
            }
        }
        for (std::uint32_t s = 0; s <= k; ++s) {
            out[s].column = column;
            out[s].isRate = false;
            out[s].estimate = tMeanFromMoments(out[s].n, mean[s], m2[s]);
        }
        return out;
    }
    auto label = decodeLabel(table, column, positive, false);
    if (!label) return label.error();
    for (std::size_t i = 0; i < label->binaryLabel.size(); ++i) {
        const auto y = label->binaryLabel[i];
        if (y == kNoLabel) continue;
        for (const auto s : {slicing.sliceOfRow[i], k}) { ++out[s].n; out[s].successes += y; }
    }
    for (std::uint32_t s = 0; s <= k; ++s) {
        out[s].column = column;
        out[s].positive = label->positive;
        out[s].estimate = wilsonRate(out[s].successes, out[s].n);
    }
    return out;
}

FlagMetric resolveFlag(const MetricsOptions& o, const SliceReport& r) {
    if (o.flagMetric != FlagMetric::Auto) return o.flagMetric;
    if (r.hasScore || r.hasPrediction) return FlagMetric::Accuracy;
    if (r.hasLabel) return FlagMetric::OutcomeRate;
    return FlagMetric::None;
}

void testSlices(SliceReport& r, double fdr) {
    if (r.flagMetric == FlagMetric::None) return;
    const RateCounts all = flagCounts(r.overall, r.flagMetric);
    std::vector<Metric> pValues(r.slices.size());
    for (std::size_t s = 0; s < r.slices.size(); ++s) {
        auto& sig = r.slices[s].significance;
        const RateCounts here = flagCounts(r.slices[s], r.flagMetric);
        const RateCounts rest{all.successes - here.successes, all.trials - here.trials};
        sig.sliceRate = here.trials ? Metric::of(double(here.successes) / double(here.trials))
                                    : Metric::undefined(MetricReason::NoRowsForMetric);
        sig.restRate = rest.trials ? Metric::of(double(rest.successes) / double(rest.trials))
                                   : Metric::undefined(MetricReason::NoOtherRows);
        if (sig.sliceRate.defined() && sig.restRate.defined())
            sig.effect = Metric::of(*sig.sliceRate.value - *sig.restRate.value);
        else
            sig.effect = sig.sliceRate.defined() ? sig.restRate : sig.sliceRate;   // undefined: its reason
        if (r.slices[s].tooSmall) sig.whyCode = MetricReason::TooFewRows;
        else if (!sig.effect.defined()) sig.whyCode = sig.effect.reasonCode;
        if (sig.whyCode != MetricReason::None) {
            sig.why = englishReason(sig.whyCode);
            sig.pValue = sig.adjustedP = Metric::undefined(sig.whyCode);
            continue;
        }
        // One-sided: is the slice worse? For "higher is worse" swap the groups.
        sig.pValue = r.higherIsWorse ? twoProportionLowerP(rest.successes, rest.trials, here.successes, here.trials)
                                     : twoProportionLowerP(here.successes, here.trials, rest.successes, rest.trials);
        sig.tested = sig.pValue.defined();
        if (!sig.tested) { sig.whyCode = sig.pValue.reasonCode; sig.why = sig.pValue.reason; }
        pValues[s] = sig.pValue;
    }
    const auto adjusted = benjaminiHochberg(pValues);
    for (std::size_t s = 0; s < r.slices.size(); ++s) {
        auto& sig = r.slices[s].significance;
        if (!sig.tested) { sig.adjustedP = Metric::undefined(sig.whyCode); continue; }
        sig.adjustedP = adjusted[s];
        sig.flagged = *adjusted[s].value <= fdr;
    }
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "one-sided two-proportion z-test of each slice against the rest, Benjamini-Hochberg at %g %% "
                  "false discovery rate",
                  fdr * 100);
    r.testName = buf;
    r.falseDiscoveryRate = fdr;
}

} // namespace

const char* toString(FlagMetric m) noexcept { return kFlagNames[int(m)]; }

bool parseFlagMetric(const std::string& text, FlagMetric& out) noexcept {
    for (int i = 0; i < 7; ++i)
        if (text == kFlagNames[i]) { out = FlagMetric(i); return true; }
    if (text == "outcome_rate" || text == "rate") { out = FlagMetric::OutcomeRate; return true; }
    return false;
}

RateCounts flagCounts(const SliceStats& st, FlagMetric metric) {
    if (st.multiclass) {
        if (metric != FlagMetric::Accuracy) return {};
        const auto& m = *st.multiclass;
        return {m.accuracy.defined() ? std::llround(*m.accuracy.value * double(m.n)) : 0, m.n};
    }
    if (metric == FlagMetric::OutcomeRate)
        return st.outcomes.empty() || !st.outcomes[0].isRate ? RateCounts{}
                                                              : RateCounts{st.outcomes[0].successes, st.outcomes[0].n};
    if (!st.binary) return {};
    const auto& b = *st.binary;
    switch (metric) {
    case FlagMetric::Accuracy: return {b.tp + b.tn, b.n};
    case FlagMetric::Precision: return {b.tp, b.tp + b.fp};
    case FlagMetric::Recall: return {b.tp, b.tp + b.fn};
    case FlagMetric::Specificity: return {b.tn, b.tn + b.fp};
    default: return {};
    }
}

Result<SliceReport> computeSliceReport(const Table& table, const MetricsOptions& o, const SegmentMembership* segmentation,
                                       const Progress* progress) {
    if (o.calibrationBins < 1 || o.calibrationBins > 100)
        return makeError(ErrorKind::Usage, "the number of calibration bins must be between 1 and 100");
    if (!(o.threshold >= 0 && o.threshold <= 1)) return makeError(ErrorKind::Usage, "the threshold must be between 0 and 1");
    report(progress, 0.0, "slicing");
    auto slicing = makeSlicing(table, o.slices, segmentation);
    if (!slicing) return slicing.error();
    auto model = decodeModel(table, o);
    if (!model) return model.error();
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");

    SliceReport r;
    r.slicing = std::move(slicing.value());
    const std::uint32_t k = r.slicing.sliceCount();
    r.hasLabel = !o.label.empty();
    r.hasScore = !o.score.empty();
    r.hasPrediction = !o.prediction.empty();
    r.multiclass = r.hasLabel && !model->label.binary;
    r.positive = model->label.positive;
    r.negative = model->label.negative;
    r.classes = model->label.classes;
    r.threshold = o.threshold;
    r.calibrationBins = o.calibrationBins;
    r.minRows = o.minRows;

    const double total = double(table.rowCount());
    r.slices.resize(k);
    for (std::uint32_t s = 0; s < k; ++s) {
        auto& st = r.slices[s];
        st.label = r.slicing.label(s);
        st.key = r.slicing.keys[s];
        st.rows = r.slicing.sizes[s];
        st.share = total > 0 ? double(st.rows) / total : 0;
        st.tooSmall = st.rows < o.minRows;
    }
    r.overall.label = "All rows";
    r.overall.rows = std::int64_t(table.rowCount());
    r.overall.share = 1;
    r.overall.tooSmall = r.overall.rows < o.minRows;
    auto at = [&](std::uint32_t s) -> SliceStats& { return s < k ? r.slices[s] : r.overall; };

    report(progress, 0.1, "outcomes");
    std::vector<std::string> outcomeColumns;
    if (r.hasLabel && !r.multiclass) outcomeColumns.push_back(o.label);
    for (const auto& c : o.outcomes)
        if (c != o.label) outcomeColumns.push_back(c);
    for (const auto& column : outcomeColumns) {
        auto summaries = outcomeBySlice(table, column, column == o.label ? o.positive : std::string(), r.slicing);
        if (!summaries) return summaries.error();
        for (std::uint32_t s = 0; s <= k; ++s) at(s).outcomes.push_back(std::move((*summaries)[s]));
    }

    report(progress, 0.2, "model metrics");
    if (r.multiclass) {
        const auto mc = multiclassMetricsBySlice(model->label.classLabel, model->classPrediction,
                                                 int(model->label.classes.size()), r.slicing.sliceOfRow, k);
        for (std::uint32_t s = 0; s <= k; ++s) at(s).multiclass = mc[s];
    } else if (r.hasScore || r.hasPrediction) {
        const auto bm = binaryMetricsBySlice(model->binary, r.slicing.sliceOfRow, k);
        for (std::uint32_t s = 0; s <= k; ++s) {
            at(s).binary = bm[s];
            if (r.hasScore) at(s).calibration = readCalibration(bm[s].calibration, 10);
        }
    }
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");

    if (segmentation && segmentation->segmentOfRow.size() == table.rowCount() && segmentation->features.rows() > 0) {
        report(progress, 0.4, "segment fit");
        const auto fit = segmentFitBySlice(*segmentation, r.slicing.sliceOfRow, k, o.segmentFit,
                                           &r.silhouetteReferenceRows, progress);
        for (std::uint32_t s = 0; s <= k; ++s) at(s).segmentFit = fit[s];
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");
    }

    r.flagMetric = resolveFlag(o, r);
    r.higherIsWorse = r.flagMetric == FlagMetric::OutcomeRate && o.outcomeHigherIsWorse;
    testSlices(r, o.falseDiscoveryRate);
    report(progress, 1.0, "done");
    return r;
}

} // namespace segmenta
