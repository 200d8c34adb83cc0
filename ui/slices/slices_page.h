// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

#include "core/metrics/slice_report.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace segmenta::ui {

class BackgroundTask;
class MetricBarChart;
class ReliabilityChart;
class SliceControls;
class SliceTableModel;
class TaskProgress;
class Workspace;

// The Slices page: how the outcome and a model's scores behave per group of
// rows. Choices at the top; a sortable table of slices (worse ones highlighted);
// a bar chart of one metric per slice; the reliability diagram. Clicking a slice
// filters the Data page to its rows. Computation runs in the background; for a
// large table only while the page is on screen (kComputeWhenShownFrom).
class SlicesPage : public QWidget {
    Q_OBJECT
public:
    explicit SlicesPage(Workspace* workspace, QWidget* parent = nullptr);

    // From this many rows a new table is worked out only when the page is shown:
    // right after a big import the pass over every row would compete with the
    // Data page for the processor, for a page the user may not open.
    static constexpr std::size_t kComputeWhenShownFrom = 100000;

    // Computes with the current choices (also done automatically after a change).
    void compute();
    std::shared_ptr<const SliceReport> report() const { return report_; }

    // Writes the table as CSV (formula-neutralised); false with `error` on failure.
    bool exportTable(const QString& path, QString* error = nullptr) const;

    // For tests.
    SliceControls* controls() const { return controls_; }
    SliceTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const { return view_; }
    MetricBarChart* barChart() const { return bars_; }
    ReliabilityChart* reliabilityChart() const { return reliability_; }
    BackgroundTask* task() const { return task_; }
    QLabel* summary() const { return summary_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onTableChanged();
    void showReport(std::shared_ptr<const SliceReport> report);
    void showError(const QString& message);
    void selectRow(const QModelIndex& proxyIndex);
    void exportWithDialog();
    QString summaryText(const SliceReport& r) const;

    Workspace* workspace_;
    SliceControls* controls_;
    BackgroundTask* task_;
    TaskProgress* progress_;
    QTimer* debounce_;
    QStackedWidget* stack_;
    QLabel* empty_;
    QLabel* summary_;
    SliceTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    MetricBarChart* bars_;
    ReliabilityChart* reliability_;
    QPushButton* export_;
    QSplitter* split_ = nullptr;
    std::shared_ptr<const SliceReport> report_;
    bool computeWhenShown_ = false;
};

} // namespace segmenta::ui
