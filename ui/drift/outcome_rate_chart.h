// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

class QChart;
class QLabel;

namespace segmenta::ui {

class ChartView;

// The outcome rate (e.g. "churned") of each segment, month by month, when the
// data has an outcome column. One line per segment, coloured like the share chart.
class OutcomeRateChart : public QWidget {
    Q_OBJECT
public:
    explicit OutcomeRateChart(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    ChartView* chartView() const { return view_; }
    bool hasData() const { return hasData_; }

private:
    QChart* chart_;
    ChartView* view_;
    QLabel* note_;
    bool hasData_ = false;
};

} // namespace segmenta::ui
