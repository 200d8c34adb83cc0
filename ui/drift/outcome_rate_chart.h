// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/drift/drift_view.h"
#include "ui/drift/month_line_chart.h"

namespace segmenta::ui {

// The outcome rate (e.g. "churned") of each segment, month by month, when the
// data has an outcome column. One line per segment, coloured like the share chart.
class OutcomeRateChart : public MonthLineChart {
    Q_OBJECT
public:
    explicit OutcomeRateChart(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    bool hasData() const { return monthsWithValues() > 0; }
};

} // namespace segmenta::ui
