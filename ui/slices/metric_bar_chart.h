// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

#include "core/metrics/slice_report.h"
#include "ui/slices/slice_metrics.h"

class QChart;
class QComboBox;
class QLabel;

namespace segmenta::ui {

class ChartView;

// A bar per slice of one chosen metric, with its 95 % range as whiskers (for
// shares of rows) and the value over all rows as a dashed line. Slices worse
// than the rest are red, slices too small to judge grey.
class MetricBarChart : public QWidget {
    Q_OBJECT
public:
    explicit MetricBarChart(QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const SliceReport> report);
    void setMetric(SliceMetric metric);
    SliceMetric metric() const { return metric_; }

    // For tests.
    ChartView* chartView() const { return view_; }
    QComboBox* metricCombo() const { return combo_; }
    int barCount() const { return bars_; }
    int whiskerCount() const { return whiskers_; }
    double overallValue() const { return overall_; }

private:
    void rebuild();
    void fillCombo();

    std::shared_ptr<const SliceReport> report_;
    SliceMetric metric_ = SliceMetric::Recall;
    QComboBox* combo_;
    ChartView* view_;
    QChart* chart_;
    QLabel* note_;
    int bars_ = 0, whiskers_ = 0;
    double overall_ = 0;
};

} // namespace segmenta::ui
