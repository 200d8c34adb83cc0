// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/metrics/metric_value.h"
#include "core/metrics/slice_report.h"

namespace segmenta::ui {

// The one place where the Slices page says why a metric is undefined or a slice
// was not tested, from core's reason codes (core/metrics/metric_value.h) instead
// of its English sentences, and names the significance test in the user's language.
class MetricReasonText {
    Q_DECLARE_TR_FUNCTIONS(MetricReasonText)
public:
    // "only negative rows here: ROC AUC needs both outcomes" in the user's language;
    // a reason given only as text (made by the GUI itself) is shown as it is.
    static QString reason(const Metric& metric);
    static QString reason(MetricReason code, const std::string& text = {});
    // Why a slice was not tested for being worse than the rest.
    static QString notTested(const Significance& significance);
    // "one-sided two-proportion z-test of each slice against the rest,
    // Benjamini–Hochberg at 5 % false discovery rate"; empty when nothing was tested.
    static QString testName(const SliceReport& report);
};

} // namespace segmenta::ui
