// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/metric_reason_text.h"

#include <QLocale>

namespace segmenta::ui {

QString MetricReasonText::reason(const Metric& metric) { return reason(metric.reasonCode, metric.reason); }

QString MetricReasonText::reason(MetricReason code, const std::string& text) {
    switch (code) {
    case MetricReason::None:
    case MetricReason::Text: return QString::fromStdString(text);
    case MetricReason::NoRowsWithOutput: return tr("no rows with both a label and the model's output");
    case MetricReason::NeedsScore: return tr("needs a score column");
    case MetricReason::OnlyNegative: return tr("only negative rows here: ROC AUC needs both outcomes");
    case MetricReason::OnlyPositive: return tr("only positive rows here: ROC AUC needs both outcomes");
    case MetricReason::NoPositive: return tr("no positive rows here: average precision needs some");
    case MetricReason::NoRowsInBin: return tr("no rows in this score range");
    case MetricReason::NoLabelAndScore: return tr("no rows with both a label and a score");
    case MetricReason::NoLabelAndPrediction: return tr("no rows with both a label and a prediction");
    case MetricReason::NoValue: return tr("no rows with a value");
    case MetricReason::OneRow: return tr("only one row: no range can be given");
    case MetricReason::GroupEmpty: return tr("one of the two groups has no rows");
    case MetricReason::NoVariation: return tr("the rate is 0 % or 100 % everywhere: nothing to compare");
    case MetricReason::NoRowsForMetric: return tr("no rows for this measure in the slice");
    case MetricReason::NoOtherRows: return tr("no other rows to compare with");
    case MetricReason::TooFewRows: return tr("too few rows to judge");
    case MetricReason::NotInSegmentation: return tr("none of this slice's rows were in the segmentation");
    case MetricReason::NeedsTwoSegments: return tr("the silhouette needs at least two segments");
    }
    return QString::fromStdString(text);
}

QString MetricReasonText::notTested(const Significance& s) {
    const QString why = reason(s.whyCode, s.why);
    if (why.isEmpty()) return {};
    QString text = tr("Not tested: %1.", "why a slice was not tested").arg(why);
    return text;
}

QString MetricReasonText::testName(const SliceReport& r) {
    if (r.testName.empty()) return {};
    return tr("one-sided two-proportion z-test of each slice against the rest, Benjamini–Hochberg at %1 % "
              "false discovery rate")
        .arg(QLocale().toString(r.falseDiscoveryRate * 100, 'g', 3));
}

} // namespace segmenta::ui
