// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

#include "core/table/table.h"
#include "ui/data/profile_builder.h"

class QChart;
class QFormLayout;
class QLabel;

namespace segmenta::ui {

class BackgroundTask;
class ChartView;

// The selected column's profile: type, gaps, distinct values, summary numbers or
// most frequent values, quality flags in plain words, and a histogram or bar
// chart (right-click to save). Computed on a worker so a million rows never
// freeze the window.
class ColumnProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ColumnProfilePanel(QWidget* parent = nullptr);

    void setTable(std::shared_ptr<const Table> table);
    void showColumn(int column);
    bool isBusy() const;
    const ColumnProfileView& profile() const { return profile_; }
    ChartView* chartView() const { return chartView_; }

signals:
    void profileShown(int column);

private:
    void showProfile(ColumnProfileView&& profile);
    void clear(const QString& message);
    void fillChart();
    void fillHistogram(QChart* chart);
    void fillBars(QChart* chart);
    // "(and 360 more rows with 301 other values)": what the bars leave out; empty when nothing.
    QString otherValuesNote() const;

    std::shared_ptr<const Table> table_;
    BackgroundTask* task_;
    int requested_ = -1;
    ColumnProfileView profile_;
    QLabel* title_;
    QLabel* status_;
    QWidget* statsBox_;
    QFormLayout* stats_;
    QLabel* flags_;
    ChartView* chartView_;
};

} // namespace segmenta::ui
