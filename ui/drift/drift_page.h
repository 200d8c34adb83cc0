// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <cstdint>

#include "core/segment/segment_model.h"
#include "ui/drift/drift_view.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace segmenta::ui {

class BackgroundTask;
class DistributionOverlay;
class DriftHeatmap;
class DriftPicker;
class HistoryRecorder;
class ModelSaver;
class MonthEditor;
class ModelScorer;
class OutcomeRateChart;
class QualityChart;
class SegmentShareChart;
class SnapshotComparison;
class SnapshotTimeline;
class Workspace;

// The Drift page: what changed from month to month, and when to re-segment.
// Everything is read from the local history (Workspace::historyPath()) on worker
// threads, each with its own SQLite connection; on first show the demo's months
// are recorded into the history when they are not there yet.
class DriftPage : public QWidget {
    Q_OBJECT
public:
    explicit DriftPage(Workspace* workspace, QWidget* parent = nullptr);
    ~DriftPage() override;

    // Where the demo CSVs are; empty = look beside the program / generate them.
    void setDemoDirectory(const QString& dir) { demoDir_ = dir; }
    void setDemoEnabled(bool enabled) { demoEnabled_ = enabled; }

    const HistoryView& history() const { return history_; }
    DriftPicker* picker() const { return picker_; }
    SnapshotTimeline* timeline() const { return timeline_; }
    DriftHeatmap* heatmap() const { return heatmap_; }
    DistributionOverlay* overlay() const { return overlay_; }
    SegmentShareChart* shareChart() const { return shares_; }
    QualityChart* qualityChart() const { return quality_; }
    OutcomeRateChart* outcomeChart() const { return outcome_; }
    SnapshotComparison* comparison() const { return comparison_; }
    QTabWidget* tabs() const { return tabs_; }
    QString emptyText() const;
    // Milliseconds from asking for a history to its widgets being filled.
    qint64 lastOpenMs() const { return lastOpenMs_; }

    bool exportReport(const QString& path, QString* error = nullptr);

    HistoryRecorder* recorder() const { return recorder_; }
    ModelScorer* scorer() const { return scorer_; }
    ModelSaver* saver() const { return saver_; }
    MonthEditor* monthEditor() const { return monthEditor_; }
    QPushButton* scoreButton() const { return score_; }
    QPushButton* modelsButton() const { return models_; }

public slots:
    void reload();          // re-reads the dataset list and the history (F5)
    // File ▸ Record this file in history…: asks for the dataset and date, records
    // the loaded table on a worker, then shows it here.
    void recordCurrentTable();
    // File ▸ Score with a saved model…: asks for a new month's CSV, the model (the
    // one shown) and the date, scores and records it on a worker, then shows it.
    void scoreWithSavedModel();
    void exportReportWithDialog();
    // Segments page ▸ Save as model…: asks for the dataset and name, saves on a
    // worker, then shows the dataset here with the new model chosen.
    void saveSegmentsAsModel(const segmenta::SegmentModel& model);
    // Saved models…: the current dataset's models, to rename, delete or show.
    void showModelList();

signals:
    void datasetsLoaded();
    void historyLoaded();
    void distributionShown();
    void comparisonShown();
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildChangesTab();
    QWidget* buildSegmentsTab();
    void loadHistory();
    // Reloads and then shows `dataset` (just recorded into or scored) whatever was shown.
    void showDatasetAfterReload(const QString& dataset);
    void showHistory(HistoryView&& history);
    void showEmpty(const QString& text, bool offerFresh = false, bool offerRecord = false);
    QString noHistoryText() const;
    void showSnapshotDetails(int index);
    void showPendingComparison();
    void requestDistribution(int row, int column);
    void requestComparison(std::int64_t firstId, std::int64_t secondId);
    void startFreshHistory();
    void updateScoreButton();

    Workspace* workspace_;
    QString demoDir_;
    bool demoEnabled_ = true;
    bool started_ = false;
    BackgroundTask* listTask_;
    BackgroundTask* historyTask_;
    BackgroundTask* distributionTask_;
    BackgroundTask* compareTask_;
    DriftPicker* picker_;
    QPushButton* reload_;
    QPushButton* export_;
    QPushButton* score_;
    QPushButton* models_;
    QStackedWidget* stack_;
    QLabel* empty_;
    QPushButton* fresh_;
    QPushButton* record_;
    HistoryRecorder* recorder_;
    ModelScorer* scorer_;
    ModelSaver* saver_;
    MonthEditor* monthEditor_;
    QString preferredModel_;       // chosen once the next reload has listed it
    QString preferredDataset_;
    bool showPreferred_ = false;   // the next reload switches to preferredDataset_
    QScrollArea* timelineScroll_;
    SnapshotTimeline* timeline_;
    QLabel* details_;
    QTabWidget* tabs_;
    DriftHeatmap* heatmap_;
    DistributionOverlay* overlay_;
    SegmentShareChart* shares_;
    QualityChart* quality_;
    OutcomeRateChart* outcome_;
    SnapshotComparison* comparison_;
    HistoryView history_;
    qint64 lastOpenMs_ = -1;
    bool comparisonPending_ = false;   // chosen when its tab is first shown
    qint64 requestStartedNs_ = 0;
};

} // namespace segmenta::ui
