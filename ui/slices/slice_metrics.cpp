// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/slice_metrics.h"

#include <QCoreApplication>

namespace segmenta::ui {

namespace {

// A named context so lupdate extracts these strings (a file-local tr() is invisible to it).
struct SliceMetricsText {
    Q_DECLARE_TR_FUNCTIONS(SliceMetricsText)
};

std::vector<SliceMetricInfo> makeInfos() {
    using M = SliceMetric;
    return {
        {M::Rows, SliceMetricsText::tr("Rows"), SliceMetricsText::tr("How many rows (customers) are in this slice."), false, true},
        {M::Share, SliceMetricsText::tr("Share"), SliceMetricsText::tr("The slice's share of all rows."), true, true},
        {M::OutcomeRate, SliceMetricsText::tr("Outcome rate"),
         SliceMetricsText::tr("How often the outcome happened in this slice (for example, the share of customers who churned). "
            "The tooltip shows the 95 % range (Wilson interval)."), true, false},
        {M::Accuracy, SliceMetricsText::tr("Accuracy"), SliceMetricsText::tr("Share of rows where the model's yes/no call was right."), true, true},
        {M::Precision, SliceMetricsText::tr("Precision"),
         SliceMetricsText::tr("Of the rows the model called 'yes', the share that really were 'yes'. 0 when it called none."), true, true},
        {M::Recall, SliceMetricsText::tr("Recall"),
         SliceMetricsText::tr("Of the rows that really were 'yes', the share the model caught. 0 when there were none."), true, true},
        {M::F1, SliceMetricsText::tr("F1"), SliceMetricsText::tr("A balance of precision and recall (their harmonic mean), from 0 to 1."), false, true},
        {M::Specificity, SliceMetricsText::tr("Specificity"),
         SliceMetricsText::tr("Of the rows that really were 'no', the share the model correctly called 'no'."), true, true},
        {M::RocAuc, SliceMetricsText::tr("ROC AUC"),
         SliceMetricsText::tr("How well the score ranks 'yes' rows above 'no' rows: 0.5 is a coin toss, 1 is perfect. "
            "Needs both outcomes in the slice."), false, true},
        {M::AveragePrecision, SliceMetricsText::tr("Avg. precision"),
         SliceMetricsText::tr("Precision averaged over every threshold, weighted by how many 'yes' rows each one catches (0 to 1)."),
         false, true},
        {M::LogLoss, SliceMetricsText::tr("Log loss"),
         SliceMetricsText::tr("How surprised the model is by what happened, on average. Lower is better; confident mistakes cost most."),
         false, false},
        {M::Brier, SliceMetricsText::tr("Brier score"),
         SliceMetricsText::tr("Mean squared gap between the score and what happened (0 or 1). Lower is better; 0.25 is guessing 50 %."),
         false, false},
        {M::Ece, SliceMetricsText::tr("Calibration error"),
         SliceMetricsText::tr("Expected calibration error: on average, how many points the score is off from how often the outcome "
            "really happens (score ranges of equal width, weighted by rows). Lower is better."), true, false},
        {M::MeanScore, SliceMetricsText::tr("Mean score"), SliceMetricsText::tr("The model's average predicted probability in this slice."), true, false},
        {M::MacroF1, SliceMetricsText::tr("Macro F1"), SliceMetricsText::tr("F1 of each class, averaged with equal weight per class (0 to 1)."), false, true},
        {M::Silhouette, SliceMetricsText::tr("Silhouette"),
         SliceMetricsText::tr("How clearly this slice's rows sit in their own segment rather than the next one: near 1 clearly, "
            "near 0 on the border, below 0 closer to another segment."), false, true},
        {M::CentroidDistance, SliceMetricsText::tr("Distance to centre"),
         SliceMetricsText::tr("How far this slice's rows are, on average, from the centre of their segment (in scaled units). "
            "Larger means less typical of their segment."), false, false},
    };
}

Estimate undefinedEstimate() {
    const auto u = Metric::undefined(SliceMetricsText::tr("no interval for this metric").toStdString());
    return {u, u, u};
}

} // namespace

const SliceMetricInfo& sliceMetricInfo(SliceMetric metric) {
    static const std::vector<SliceMetricInfo> infos = makeInfos();
    return infos[std::size_t(metric)];
}

std::vector<SliceMetric> availableMetrics(const SliceReport& r) {
    using M = SliceMetric;
    std::vector<M> out{M::Rows, M::Share};
    if (!r.overall.outcomes.empty() && r.overall.outcomes[0].isRate) out.push_back(M::OutcomeRate);
    if (r.overall.binary) {
        for (M m : {M::Accuracy, M::Precision, M::Recall, M::F1, M::Specificity}) out.push_back(m);
        if (r.hasScore)
            for (M m : {M::RocAuc, M::AveragePrecision, M::LogLoss, M::Brier, M::Ece, M::MeanScore}) out.push_back(m);
    }
    if (r.overall.multiclass) { out.push_back(M::Accuracy); out.push_back(M::MacroF1); }
    if (r.overall.segmentFit) { out.push_back(M::Silhouette); out.push_back(M::CentroidDistance); }
    return out;
}

Metric sliceMetricValue(const SliceStats& s, SliceMetric metric) {
    using M = SliceMetric;
    const auto none = Metric::undefined(SliceMetricsText::tr("not available for this choice").toStdString());
    const auto* b = s.binary ? &*s.binary : nullptr;
    switch (metric) {
    case M::Rows: return Metric::of(double(s.rows));
    case M::Share: return Metric::of(s.share);
    case M::OutcomeRate: return s.outcomes.empty() ? none : s.outcomes[0].estimate.value;
    case M::Accuracy: return b ? b->accuracy : s.multiclass ? s.multiclass->accuracy : none;
    case M::Precision: return b ? b->precision : none;
    case M::Recall: return b ? b->recall : none;
    case M::F1: return b ? b->f1 : none;
    case M::Specificity: return b ? b->specificity : none;
    case M::RocAuc: return b ? b->rocAuc : none;
    case M::AveragePrecision: return b ? b->averagePrecision : none;
    case M::LogLoss: return b ? b->logLoss : none;
    case M::Brier: return b ? b->brier : none;
    case M::Ece: return b ? b->ece : none;
    case M::MeanScore: return b ? b->meanScore : none;
    case M::MacroF1: return s.multiclass ? s.multiclass->macroF1 : none;
    case M::Silhouette: return s.segmentFit ? s.segmentFit->silhouette : none;
    case M::CentroidDistance: return s.segmentFit ? s.segmentFit->centroidDistance : none;
    }
    return none;
}

Estimate sliceMetricInterval(const SliceStats& s, SliceMetric metric) {
    using M = SliceMetric;
    if (metric == M::OutcomeRate) return s.outcomes.empty() ? undefinedEstimate() : s.outcomes[0].estimate;
    FlagMetric as = FlagMetric::None;
    switch (metric) {
    case M::Accuracy: as = FlagMetric::Accuracy; break;
    case M::Precision: as = FlagMetric::Precision; break;
    case M::Recall: as = FlagMetric::Recall; break;
    case M::Specificity: as = FlagMetric::Specificity; break;
    default: return undefinedEstimate();
    }
    const auto counts = flagCounts(s, as);
    if (counts.trials == 0) return undefinedEstimate();
    return wilsonRate(counts.successes, counts.trials);
}

QString formatMetric(const Metric& value, SliceMetric metric) {
    if (!value.defined()) return QStringLiteral("—");
    const double v = *value.value;
    if (metric == SliceMetric::Rows) return QLocale().toString(qint64(v));
    if (sliceMetricInfo(metric).percent) return QLocale().toString(v * 100, 'f', 1) + QStringLiteral(" %");
    return QLocale().toString(v, 'f', 3);
}

QString flagMetricName(FlagMetric metric) {
    switch (metric) {
    case FlagMetric::Accuracy: return SliceMetricsText::tr("Accuracy");
    case FlagMetric::Precision: return SliceMetricsText::tr("Precision");
    case FlagMetric::Recall: return SliceMetricsText::tr("Recall (share of “yes” cases caught)");
    case FlagMetric::Specificity: return SliceMetricsText::tr("Specificity");
    case FlagMetric::OutcomeRate: return SliceMetricsText::tr("Outcome rate (higher is worse)");
    case FlagMetric::None: return SliceMetricsText::tr("Don't test");
    case FlagMetric::Auto: break;
    }
    return SliceMetricsText::tr("Automatic");
}

} // namespace segmenta::ui
