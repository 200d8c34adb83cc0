// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/drift/drift_view.h"
#include "ui/drift/month_line_chart.h"

namespace segmenta::ui {

// How well the segments still fit: the mean distance of each month's rows to
// their nearest segment centre, against the same number in the training month
// (a dashed line). Rising means customers no longer look like the segments.
class QualityChart : public MonthLineChart {
    Q_OBJECT
public:
    explicit QualityChart(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    int pointCount() const { return monthsWithValues(); }
};

} // namespace segmenta::ui
