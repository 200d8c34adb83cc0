// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QWidget>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/segment/segmentation.h"
#include "ui/segments/k_scan_chart.h"
#include "ui/segments/segment_run.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace segmenta::ui {

class BackgroundTask;
class BoxPlotChart;
class DifferenceTable;
class PcaScatter;
class ProfileHeatmap;
class RunPanel;
class SegmentCards;
class SegmentExportButton;
class TaskProgress;
class Workspace;

// The Segments page: the run panel on the left; on the right the segment
// cards and the charts (map, profile, comparison, differences, number of
// segments). Choosing a segment anywhere highlights it everywhere and filters
// the Data page to its rows.
class SegmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit SegmentsPage(Workspace* workspace, QWidget* parent = nullptr);

    // Runs with the panel's settings (what the Run button does).
    void run();
    // Refits with exactly k segments, keeping the other settings of the last run.
    void refitWithK(int k);
    // -1 = none. Highlights the segment in every chart and filters the Data page.
    void selectSegment(int segment);
    int selectedSegment() const { return selected_; }
    void renameSegment(int segment, const QString& name);   // undoable

    // For tests and the main window.
    RunPanel* runPanel() const { return panel_; }
    SegmentCards* cards() const { return cards_; }
    KScanChart* kScanChart() const { return kScan_; }
    PcaScatter* scatter() const { return scatter_; }
    ProfileHeatmap* heatmap() const { return heatmap_; }
    BoxPlotChart* boxPlot() const { return boxes_; }
    DifferenceTable* differenceTable() const { return differences_; }
    SegmentExportButton* exportButton() const { return export_; }
    QPushButton* saveModelButton() const { return saveModel_; }
    BackgroundTask* task() const { return task_; }
    QTabWidget* tabs() const { return tabs_; }
    QUndoStack* undoStack() const { return undo_; }
    std::shared_ptr<const SegmentationResult> result() const { return current_.result; }
    QString messageText() const;
    // Shown when the automatic number of segments stopped at the largest allowed.
    QWidget* limitNotice() const { return limitBox_; }
    QPushButton* lookFurtherButton() const { return lookFurther_; }
    QPushButton* leaveOutButton() const { return leaveOut_; }

signals:
    // After a run's results are on screen (or it failed / was cancelled).
    void runFinished(bool ok);
    // Save as model…: the segments shown, with the names the user gave them.
    void saveModelRequested(const segmenta::SegmentModel& model);

private:
    QWidget* buildEmptyState();
    QWidget* buildMain();
    QWidget* buildResults();
    QWidget* buildLimitNotice(QWidget* parent);
    void onTableChanged();
    void start(const SegmentationOptions& options, bool keepScan);
    void showRun(SegmentRun&& run);
    void applyName(int segment, const QString& name);
    void restoreOrRename(int segment, const QString& name);
    void suggestChoices(std::shared_ptr<const Table> table);
    void showMessage(const QString& text, bool error);
    void openDemo();
    void showLimitNotice(const SegmentationResult& r);
    QStringList manyLevelColumns(const SegmentationResult& r) const;

    Workspace* workspace_;
    BackgroundTask* task_;
    QStackedWidget* stack_;
    QWidget* emptyState_;
    QWidget* main_;
    RunPanel* panel_ = nullptr;
    TaskProgress* progress_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* message_ = nullptr;
    QWidget* limitBox_ = nullptr;
    QLabel* limitText_ = nullptr;
    QPushButton* lookFurther_ = nullptr;
    QPushButton* leaveOut_ = nullptr;
    QStringList leaveOutColumns_;
    QPushButton* showAll_ = nullptr;
    SegmentExportButton* export_ = nullptr;
    QPushButton* saveModel_ = nullptr;
    QStackedWidget* resultsStack_ = nullptr;
    SegmentCards* cards_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    KScanChart* kScan_ = nullptr;
    PcaScatter* scatter_ = nullptr;
    ProfileHeatmap* heatmap_ = nullptr;
    BoxPlotChart* boxes_ = nullptr;
    DifferenceTable* differences_ = nullptr;
    QUndoStack* undo_;

    SegmentRun current_;
    SegmentationOptions lastOptions_;
    bool keepScan_ = false;
    std::vector<KScanChart::Point> scan_;
    int recommendedK_ = 0;
    QString scanReason_;
    int selected_ = -1;
    int choicesGeneration_ = 0;   // a newer table makes older suggestions stale
    std::vector<std::string> automaticNames_;   // the engine's English names, for undo
    bool ownsRowFilter_ = false;
    // The settings of the last run on each file since the app started, so a file opened
    // again starts from them and a new file from the recommended ones.
    std::map<QString, SegmentationOptions> settingsOfFile_;
};

} // namespace segmenta::ui
