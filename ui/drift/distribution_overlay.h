// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

class QChart;
class QLabel;
class QValueAxis;

namespace segmenta::ui {

class ChartView;
class DriftMetricsPanel;

// One column in two months: the reference and the current distribution drawn over
// each other (histograms for numbers, bars for categories) with the drift numbers
// beside them.
class DistributionOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DistributionOverlay(QWidget* parent = nullptr);

    void setDistribution(const DistributionView& view);
    void showMessage(const QString& message);
    ChartView* chartView() const { return view_; }
    DriftMetricsPanel* metricsPanel() const { return metrics_; }

private:
    void drawNumeric(const DistributionView& v);
    void drawCategorical(const DistributionView& v);
    void resetChart(const QString& title);
    static QValueAxis* shareAxis(double topShare);

    QChart* chart_;
    ChartView* view_;
    DriftMetricsPanel* metrics_;
    QLabel* message_;
};

} // namespace segmenta::ui
