// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPen>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

class QCategoryAxis;
class QChart;
class QLabel;

namespace segmenta::ui {

class ChartView;

// Puts month labels on an x axis at the given positions, at most about 12 of them
// (every k-th, always the last) so 36 months stay readable.
void appendMonthLabels(QCategoryAxis* axis, const QStringList& labels, const std::vector<int>& positions);

// A small line chart of values per recorded month with a note under it: the base
// of the fit (quality) and outcome-rate charts. Months without a value leave a gap
// (never a made-up 0); month labels are thinned so 36 months stay readable.
class MonthLineChart : public QWidget {
    Q_OBJECT
public:
    struct Line {
        QString name;
        QPen pen;
        std::vector<double> values;   // one per month; NaN = no value that month
        bool dots = true;
    };
    struct Axis {
        QString title;
        QString labelFormat = QStringLiteral("%.2f");
        std::optional<double> min, max;   // unset: from the data with a little padding (floor 0 if all ≥ 0)
    };
    struct Guide {                      // a dashed horizontal line, e.g. the training month
        QString name;
        double value = 0;
    };

    MonthLineChart(const QString& exportName, Qt::Alignment legend, QWidget* parent = nullptr);

    // Draws the lines; returns the number of months with at least one value.
    int setLines(const QString& title, const QStringList& months, const std::vector<Line>& lines, const Axis& y,
                 const std::optional<Guide>& guide = std::nullopt);
    void clear(const QString& title, const QString& note);   // no data: an empty chart and why
    void setNote(const QString& note);
    void setLegendVisible(bool visible);

    ChartView* chartView() const { return view_; }
    int monthsWithValues() const { return months_; }

private:
    QChart* chart_;
    ChartView* view_;
    QLabel* note_;
    int months_ = 0;
};

} // namespace segmenta::ui
