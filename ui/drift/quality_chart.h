// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

class QChart;
class QLabel;

namespace segmenta::ui {

class ChartView;

// How well the segments still fit: the mean distance of each month's rows to
// their nearest segment centre, against the same number in the training month
// (a dashed line). Rising means customers no longer look like the segments.
class QualityChart : public QWidget {
    Q_OBJECT
public:
    explicit QualityChart(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    ChartView* chartView() const { return view_; }
    int pointCount() const { return points_; }

private:
    QChart* chart_;
    ChartView* view_;
    QLabel* note_;
    int points_ = 0;
};

} // namespace segmenta::ui
