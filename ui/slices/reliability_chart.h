// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

#include "core/metrics/slice_report.h"

class QChart;
class QLabel;

namespace segmenta::ui {

class ChartView;

// The reliability diagram: for each score range, what the model said (mean
// score) against what happened (observed rate), for all rows and the selected
// slice, next to the perfect diagonal; below it the rows in each range; and the
// plain-language reading ("when the model says 70 %, it happens 52 % of the time").
class ReliabilityChart : public QWidget {
    Q_OBJECT
public:
    explicit ReliabilityChart(QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const SliceReport> report);
    void setSlice(int slice);   // −1 = all rows only
    int slice() const { return slice_; }

    // For tests.
    ChartView* chartView() const { return view_; }
    ChartView* countView() const { return countView_; }
    int overallPoints() const { return overallPoints_; }
    int slicePoints() const { return slicePoints_; }
    QString reading() const;

private:
    void rebuild();
    void rebuildCounts(const SliceStats& stats, const QString& who);
    QString readingFor(const SliceStats& stats, const QString& who) const;

    std::shared_ptr<const SliceReport> report_;
    int slice_ = -1;
    QChart* chart_;
    ChartView* view_;
    QChart* countChart_;
    ChartView* countView_;
    QLabel* reading_;
    int overallPoints_ = 0, slicePoints_ = 0;
};

} // namespace segmenta::ui
