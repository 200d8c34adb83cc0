// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

class QAreaSeries;
class QChart;
class QLabel;

namespace segmenta::ui {

class ChartView;

// How big each segment is in each month: stacked areas that always fill 100 %.
// One series per segment. Months that were not scored with the model are gaps
// in the x axis labels and are said so under the chart.
class SegmentShareChart : public QWidget {
    Q_OBJECT
public:
    explicit SegmentShareChart(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    ChartView* chartView() const { return view_; }
    int seriesCount() const;
    // Share (0..1) of segment `series` in the i-th scored month, for tests.
    QStringList seriesNames() const;
    std::vector<double> shares(int series) const;
    bool isEmpty() const;

private:
    QChart* chart_;
    ChartView* view_;
    QLabel* empty_;
    std::vector<std::vector<double>> shares_;  // [segment][scored month]
};

} // namespace segmenta::ui
