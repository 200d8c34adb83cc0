// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_page.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <chrono>
#include <utility>

#include "core/history/demo_history.h"
#include "core/history/history.h"
#include "ui/common/background_task.h"
#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/common/task_progress.h"
#include "ui/common/workspace.h"
#include "ui/drift/distribution_overlay.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_history_source.h"
#include "ui/drift/drift_picker.h"
#include "ui/drift/drift_report_exporter.h"
#include "ui/drift/history_error_text.h"
#include "ui/drift/history_recorder.h"
#include "ui/drift/model_list_dialog.h"
#include "ui/drift/model_saver.h"
#include "ui/drift/model_scorer.h"
#include "ui/drift/month_editor.h"
#include "ui/drift/outcome_rate_chart.h"
#include "ui/drift/quality_chart.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_comparison.h"
#include "ui/drift/snapshot_timeline.h"

namespace segmenta::ui {

namespace {

qint64 nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}


// A message that does not block the page while it is shown (the reload goes on).
void openMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

DriftPage::DriftPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace), listTask_(new BackgroundTask(this)), historyTask_(new BackgroundTask(this)),
      distributionTask_(new BackgroundTask(this)), compareTask_(new BackgroundTask(this)), picker_(new DriftPicker(this)),
      reload_(new QPushButton(tr("Re&load"), this)), export_(new QPushButton(tr("E&xport report…"), this)),
      score_(new QPushButton(tr("Score &new month…"), this)), models_(new QPushButton(tr("M&odels…"), this)),
      stack_(new QStackedWidget(this)), empty_(new QLabel(this)), fresh_(new QPushButton(tr("Start a fresh history beside it"), this)),
      record_(new QPushButton(tr("&Record the loaded file in history…"), this)), recorder_(new HistoryRecorder(workspace, this)),
      scorer_(new ModelScorer(workspace, this)), saver_(new ModelSaver(workspace, this)),
      monthEditor_(new MonthEditor(workspace, this)),
      timelineScroll_(new QScrollArea(this)), timeline_(new SnapshotTimeline(this)), details_(new QLabel(this)),
      tabs_(new QTabWidget(this)), heatmap_(new DriftHeatmap(this)), overlay_(new DistributionOverlay(this)),
      shares_(new SegmentShareChart(this)), quality_(new QualityChart(this)), outcome_(new OutcomeRateChart(this)),
      comparison_(new SnapshotComparison(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* progress = new TaskProgress(listTask_, this);
    progress->setTitle(tr("Preparing the history"));
    auto* historyProgress = new TaskProgress(historyTask_, this);
    historyProgress->setTitle(tr("Reading the history"));
    auto* recordProgress = new TaskProgress(recorder_->task(), this);
    recordProgress->setTitle(tr("Recording in the history"));
    layout->addWidget(progress);
    layout->addWidget(historyProgress);
    layout->addWidget(recordProgress);
    auto* scoreProgress = new TaskProgress(scorer_->task(), this);
    scoreProgress->setTitle(tr("Scoring the file with the saved model"));
    layout->addWidget(scoreProgress);
    recorder_->setQuestionParent(this);
    scorer_->setQuestionParent(this);
    auto* saveProgress = new TaskProgress(saver_->task(), this);
    saveProgress->setTitle(tr("Saving the model"));
    layout->addWidget(saveProgress);

    auto* bar = new QHBoxLayout;
    bar->addWidget(picker_, 1);
    bar->addWidget(score_);
    bar->addWidget(models_);
    bar->addWidget(reload_);
    bar->addWidget(export_);
    reload_->setToolTip(tr("Read the history again, for example after a scheduled job recorded a new month (F5)."));
    export_->setToolTip(tr("Save this drift report as one web page (HTML) with all charts inside, to e-mail or archive."));
    export_->setEnabled(false);
    score_->setEnabled(false);
    models_->setEnabled(false);
    layout->addLayout(bar);

    // The empty state: what to do, not just "nothing here".
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(empty_);
    emptyLayout->addWidget(fresh_, 0, Qt::AlignCenter);
    emptyLayout->addWidget(record_, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    fresh_->hide();
    record_->hide();
    record_->setToolTip(tr("Keep a summary of the file loaded on the Data page as one month of a dataset."));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    timelineScroll_->setWidget(timeline_);
    timelineScroll_->setWidgetResizable(true);
    timelineScroll_->setFrameShape(QFrame::NoFrame);
    timelineScroll_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    timelineScroll_->setFixedHeight(timeline_->sizeHint().height() + 18);
    contentLayout->addWidget(timelineScroll_);
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::RichText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setAccessibleName(tr("Why the selected month has its status"));
    contentLayout->addWidget(details_);
    tabs_->addTab(buildChangesTab(), tr("What &changed"));
    tabs_->addTab(buildSegmentsTab(), tr("&Segments over time"));
    tabs_->addTab(comparison_, tr("Compare &two months"));
    tabs_->setTabToolTip(0, tr("Every column in every month, coloured by how much it changed; click a cell for details."));
    tabs_->setTabToolTip(1, tr("Segment sizes, how well the segments fit, and the outcome rate per segment."));
    tabs_->setTabToolTip(2, tr("Pick any two months and see every difference."));
    contentLayout->addWidget(tabs_, 1);

    stack_->addWidget(emptyPage);
    stack_->addWidget(content);
    layout->addWidget(stack_, 1);
    showEmpty(tr("Reading the history…"));

    connect(picker_, &DriftPicker::selectionChanged, this, &DriftPage::loadHistory);
    connect(reload_, &QPushButton::clicked, this, &DriftPage::reload);
    connect(export_, &QPushButton::clicked, this, &DriftPage::exportReportWithDialog);
    connect(fresh_, &QPushButton::clicked, this, &DriftPage::startFreshHistory);
    connect(record_, &QPushButton::clicked, this, &DriftPage::recordCurrentTable);
    connect(recorder_, &HistoryRecorder::recorded, this, [this](const QString& dataset, int, const QString& summary) {
        workspace_->showStatus(summary, 8000);
        showDatasetAfterReload(dataset);
    });
    connect(recorder_, &HistoryRecorder::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Could not record"), message);
    });
    connect(score_, &QPushButton::clicked, this, &DriftPage::scoreWithSavedModel);
    connect(scorer_, &ModelScorer::scored, this, [this](const ScoreOutcome& outcome, const QString& summary) {
        workspace_->showStatus(summary, 10000);
        showDatasetAfterReload(outcome.dataset);
        if (const QString notes = ModelScorer::notes(outcome); !notes.isEmpty())
            openMessage(this, QMessageBox::Information, tr("Scored, with notes"), summary + QStringLiteral("\n\n") + notes);
    });
    connect(scorer_, &ModelScorer::failed, this, [this](const QString& message) {
        openMessage(this, QMessageBox::Warning, tr("Could not score the file"),
                    message + QStringLiteral("\n\n") + tr("Nothing was recorded; the months already in the history are unchanged."));
    });
    connect(models_, &QPushButton::clicked, this, &DriftPage::showModelList);
    connect(timeline_, &SnapshotTimeline::menuRequested, this, [this](int index, const QPoint& at) {
        if (index < 0 || index >= int(history_.snapshots.size())) return;
        QMenu* menu = monthEditor_->menuFor(history_.snapshots[std::size_t(index)], this);
        menu->setObjectName(QStringLiteral("monthMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(at);
    });
    connect(monthEditor_, &MonthEditor::changed, this, [this](const QString& summary) {
        workspace_->showStatus(summary, 10000);
        reload();
    });
    connect(monthEditor_, &MonthEditor::failed, this, [this](const QString& message) {
        openMessage(this, QMessageBox::Warning, tr("Could not change the month"),
                    message + QStringLiteral("\n\n") + tr("The history is unchanged."));
    });
    connect(saver_, &ModelSaver::saved, this, [this](const QString& dataset, const QString& model, int, const QString& summary) {
        workspace_->showStatus(summary + QLatin1Char(' ') + tr("Score each new month with it: Score new month…"), 10000);
        preferredModel_ = model;
        showDatasetAfterReload(dataset);
    });
    connect(saver_, &ModelSaver::failed, this, [this](const QString& message) {
        openMessage(this, QMessageBox::Warning, tr("Could not save the model"),
                    message + QStringLiteral("\n\n") + tr("Nothing was saved; the history is unchanged."));
    });
    // A run cancelled after its write still added the month: show what is there.
    connect(scorer_->task(), &BackgroundTask::cancelled, this, &DriftPage::reload);
    connect(picker_, &DriftPicker::selectionChanged, this, &DriftPage::updateScoreButton);
    connect(this, &DriftPage::datasetsLoaded, this, &DriftPage::updateScoreButton);
    connect(timeline_, &SnapshotTimeline::currentChanged, this, &DriftPage::showSnapshotDetails);
    connect(heatmap_, &DriftHeatmap::driftCellChosen, this, &DriftPage::requestDistribution);
    connect(comparison_, &SnapshotComparison::compareRequested, this, &DriftPage::requestComparison);
    for (BackgroundTask* task : {listTask_, historyTask_})
        connect(task, &BackgroundTask::failed, this, [this](const QString& message) { showEmpty(message); emit loadFailed(message); });
    connect(distributionTask_, &BackgroundTask::failed, overlay_, &DistributionOverlay::showMessage);
    connect(compareTask_, &BackgroundTask::failed, comparison_, &SnapshotComparison::showMessage);
    connect(tabs_, &QTabWidget::currentChanged, this, &DriftPage::showPendingComparison);
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &DriftPage::reload);
}

DriftPage::~DriftPage() = default;

QWidget* DriftPage::buildChangesTab() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(split);
    scroll->setWidget(heatmap_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->addWidget(overlay_);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);
    return split;
}

QWidget* DriftPage::buildSegmentsTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(shares_, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(quality_, 1);
    row->addWidget(outcome_, 1);
    layout->addLayout(row, 1);
    return page;
}

QString DriftPage::emptyText() const { return stack_->currentIndex() == 0 ? empty_->text() : QString(); }

void DriftPage::showEmpty(const QString& text, bool offerFresh, bool offerRecord) {
    empty_->setText(text);
    fresh_->setVisible(offerFresh);
    record_->setVisible(offerRecord);
    stack_->setCurrentIndex(0);
    export_->setEnabled(false);
}

void DriftPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!started_) reload();
}

void DriftPage::showDatasetAfterReload(const QString& dataset) {
    preferredDataset_ = dataset;
    showPreferred_ = true;
    reload();
}

void DriftPage::reload() {
    started_ = true;
    const QString path = workspace_->historyPath();
    const QString demoDir = demoEnabled_ ? (demoDir_.isEmpty() ? drift_source::defaultDemoDirectory() : demoDir_) : QString();
    const bool demo = demoEnabled_;
    using Answer = Result<std::vector<DatasetView>>;
    listTask_->start<Answer>(
        [path, demoDir, demo](const Progress& p) -> Answer {
            if (demo) {
                // A failed demo is not fatal: the user's own history may still be readable.
                (void)drift_source::ensureDemo(path, demoDir, &p);
            }
            if (!QFileInfo::exists(path)) return std::vector<DatasetView>{};
            return drift_source::listDatasets(path);
        },
        [this, path](Answer&& answer) {
            if (!answer) {
                showEmpty(HistoryErrorText::text(answer.error(), workspace_->historyPath()), answer.error().kind == ErrorKind::Damaged);
                emit loadFailed(HistoryErrorText::text(answer.error(), workspace_->historyPath()));
                return;
            }
            if (answer->empty()) showEmpty(noHistoryText(), false, true);
            picker_->setDatasets(*answer, preferredDataset_.isEmpty() ? QString::fromUtf8(kDemoDatasetName) : preferredDataset_,
                                 std::exchange(showPreferred_, false));
            if (!preferredModel_.isEmpty()) picker_->selectModel(std::exchange(preferredModel_, QString()));
            emit datasetsLoaded();
        });
}

void DriftPage::loadHistory() {
    const std::int64_t datasetId = picker_->datasetId();
    if (datasetId == 0) return;
    const QString path = workspace_->historyPath();
    const std::int64_t modelId = picker_->modelId();
    const DriftReference reference = picker_->reference();
    requestStartedNs_ = nowNs();
    using Answer = Result<HistoryView>;
    historyTask_->start<Answer>(
        [path, datasetId, modelId, reference](const Progress& p) {
            return drift_source::loadHistory(path, datasetId, modelId, reference, &p);
        },
        [this](Answer&& answer) {
            if (!answer) {
                showEmpty(HistoryErrorText::text(answer.error(), workspace_->historyPath()), answer.error().kind == ErrorKind::Damaged);
                emit loadFailed(HistoryErrorText::text(answer.error(), workspace_->historyPath()));
                return;
            }
            showHistory(std::move(*answer));
        });
}

void DriftPage::showHistory(HistoryView&& history) {
    history_ = std::move(history);
    if (const DatasetView* d = picker_->currentDataset()) history_.dataset = d->name;
    if (history_.snapshots.empty()) {
        showEmpty(tr("“%1” has no recorded months yet. Load its file on the Data page and choose "
                     "File ▸ Record this file in history…").arg(DisplayText::label(history_.dataset)), false, true);
        emit historyLoaded();
        return;
    }
    stack_->setCurrentIndex(1);
    export_->setEnabled(true);
    timeline_->setHistory(history_);
    heatmap_->setHistory(history_);
    shares_->setHistory(history_);
    quality_->setHistory(history_);
    outcome_->setHistory(history_);
    comparison_->setHistory(history_);
    overlay_->showMessage(tr("Click a cell of the heatmap to compare that column's values in the two months."));
    showSnapshotDetails(timeline_->currentIndex());
    // Open on the most telling cell: the latest month's strongest change.
    const int last = heatmap_->columnCount() - 1;
    int best = -1;
    double bestEffect = -1;
    for (int r = 0; r < heatmap_->rowCount(); ++r)
        if (const ColumnDriftView* c = heatmap_->cell(r, last); c && c->judged && c->effect > bestEffect) {
            best = r;
            bestEffect = c->effect;
        }
    if (best >= 0) heatmap_->selectCell(best, last);
    // The comparison of the first and last month is worked out when its tab is shown.
    comparisonPending_ = true;
    showPendingComparison();
    // Long histories scroll: show the latest month (the one selected) rather than the
    // oldest. The heatmap stays at its start so its row names stay in view.
    QTimer::singleShot(0, this, [this] {
        timelineScroll_->horizontalScrollBar()->setValue(timelineScroll_->horizontalScrollBar()->maximum());
    });
    lastOpenMs_ = (nowNs() - requestStartedNs_) / 1000000;
    emit historyLoaded();
}

void DriftPage::showPendingComparison() {
    if (!comparisonPending_ || tabs_->currentWidget() != comparison_ || history_.snapshots.empty()) return;
    comparisonPending_ = false;
    comparison_->choose(0, int(history_.snapshots.size()) - 1);
}

void DriftPage::showSnapshotDetails(int index) {
    if (index < 0 || index >= int(history_.snapshots.size())) { details_->clear(); return; }
    // At most three reasons under the strip so the tabs keep their place; all of them on hover.
    const SnapshotView& s = history_.snapshots[std::size_t(index)];
    details_->setText(SnapshotTimeline::describe(s, 3));
    details_->setToolTip(s.reasons.size() > 3 ? SnapshotTimeline::describe(s) : QString());
    // Keep the overlay on the same column, now for the chosen month.
    const QPoint cell = heatmap_->currentCell();
    if (cell.y() >= 0 && cell.x() != index) heatmap_->selectCell(cell.y(), index);
}

void DriftPage::requestDistribution(int row, int column) {
    if (column < 0 || column >= int(history_.snapshots.size())) return;
    if (timeline_->currentIndex() != column) timeline_->setCurrentIndex(column);
    const SnapshotView& s = history_.snapshots[std::size_t(column)];
    if (s.isReference || s.referenceId == 0) {
        overlay_->showMessage(tr("%1 is the reference month: the other months are compared with it. Pick another month.").arg(DisplayText::label(s.label)));
        emit distributionShown();
        return;
    }
    const QString path = workspace_->historyPath();
    const QString name = heatmap_->rowName(row);
    const std::int64_t ref = s.referenceId, cur = s.id;
    using Answer = Result<DistributionView>;
    distributionTask_->start<Answer>(
        [path, ref, cur, name](const Progress&) { return drift_source::loadDistribution(path, ref, cur, name); },
        [this](Answer&& answer) {
            if (!answer) overlay_->showMessage(HistoryErrorText::text(answer.error(), workspace_->historyPath()));
            else overlay_->setDistribution(*answer);
            emit distributionShown();
        });
}

void DriftPage::requestComparison(std::int64_t firstId, std::int64_t secondId) {
    const QString path = workspace_->historyPath();
    using Answer = Result<ComparisonView>;
    compareTask_->start<Answer>(
        [path, firstId, secondId](const Progress&) { return drift_source::compare(path, firstId, secondId); },
        [this](Answer&& answer) {
            if (!answer) comparison_->showMessage(HistoryErrorText::text(answer.error(), workspace_->historyPath()));
            else comparison_->setComparison(*answer);
            emit comparisonShown();
        });
}

QString DriftPage::noHistoryText() const {
    return tr("No history yet. Load this month's file on the Data page, then choose File ▸ Record this file in "
              "history… (or the button below). Each recorded month appears here with what changed.\n\n"
              "A scheduled job can add months too: segmenta-cli record FILE --db \"%1\" --dataset NAME")
        .arg(workspace_->historyPath());
}

void DriftPage::recordCurrentTable() {
    workspace_->requestPage(Workspace::Page::Drift);
    recorder_->askAndRecord(this);
}

void DriftPage::scoreWithSavedModel() {
    workspace_->requestPage(Workspace::Page::Drift);
    const DatasetView* dataset = picker_->currentDataset();
    if (!dataset && (!started_ || listTask_->isRunning())) {
        // Chosen from the File menu before the page read the history: ask once it has.
        connect(this, &DriftPage::datasetsLoaded, this, &DriftPage::scoreWithSavedModel, Qt::SingleShotConnection);
        if (!started_) reload();
        return;
    }
    if (!dataset) {
        QMessageBox::information(this, tr("Nothing to score with"),
                                 tr("There is no dataset with a saved segmentation in the history yet. Record a month, "
                                    "build segments on the Segments page and save them; then score each new month here."));
        return;
    }
    scorer_->askAndScore(this, *dataset, picker_->modelId());
}

void DriftPage::saveSegmentsAsModel(const SegmentModel& model) {
    if (saver_->askAndSave(this, model)) workspace_->requestPage(Workspace::Page::Drift);
}

void DriftPage::showModelList() {
    const DatasetView* dataset = picker_->currentDataset();
    if (!dataset) return;
    auto* dialog = new ModelListDialog(*dataset, workspace_->historyPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelListDialog::historyChanged, this, &DriftPage::reload);
    connect(dialog, &ModelListDialog::showModelRequested, picker_, &DriftPicker::selectModelId);
    connect(dialog, &ModelListDialog::editFailed, this, [this](const QString& message) {
        openMessage(this, QMessageBox::Warning, tr("Could not change the model"), message);
    });
    dialog->open();
}

void DriftPage::updateScoreButton() {
    const DatasetView* d = picker_->currentDataset();
    const bool ok = d && !d->models.empty();
    models_->setEnabled(ok);
    models_->setToolTip(ok ? tr("The saved models of this dataset: their segments, rename, delete.")
                           : tr("This dataset has no saved model yet: build segments on the Segments page and choose "
                                "Save as model…."));
    score_->setEnabled(ok);
    score_->setToolTip(ok ? tr("Apply the saved segmentation to a new month's CSV file: its rows get segments, and the month "
                               "appears here with what changed.")
                          : tr("Needs a saved segmentation of this dataset: build segments on the Segments page and save them."));
}

void DriftPage::startFreshHistory() {
    const QString fresh = QString::fromStdString(History::freshPathBeside(workspace_->historyPath().toStdString()));
    workspace_->setHistoryPath(fresh);
    workspace_->showStatus(tr("The damaged history was kept as it is; a fresh one is now at %1.").arg(fresh), 10000);
    reload();
}

bool DriftPage::exportReport(const QString& path, QString* error) {
    // The pictures come from fresh widgets of their own at the report's size: the
    // page's widgets sit in scroll areas and on hidden tabs that keep their own sizes.
    SnapshotTimeline timeline;
    DriftHeatmap heatmap;
    SegmentShareChart shares;
    QualityChart quality;
    OutcomeRateChart outcome;
    timeline.setHistory(history_);
    heatmap.setHistory(history_);
    shares.setHistory(history_);
    quality.setHistory(history_);
    outcome.setHistory(history_);
    std::vector<DriftReportExporter::Figure> figures;
    figures.push_back({tr("Timeline"), tr("Each recorded month with its status."),
                       DriftReportExporter::render(&timeline, QSize(std::max(1000, timeline.sizeHint().width()), 90))});
    figures.push_back({tr("What changed, column by column"),
                       tr("Each cell is one column in one month, coloured by the size of its change against %1; framed cells drifted.")
                           .arg(history_.reference == DriftReference::Training ? tr("the training month") : tr("the month before")),
                       DriftReportExporter::render(&heatmap, QSize(1000, heatmap.sizeHint().height()))});
    if (!shares.isEmpty())
        figures.push_back({tr("Segment sizes over time"), tr("Share of rows in each segment, month by month."),
                           DriftReportExporter::render(&shares)});
    if (quality.pointCount() > 0)
        figures.push_back({tr("How well the segments fit"),
                           tr("Mean distance of each month's rows to their segment centre; the dashed line is the training month."),
                           DriftReportExporter::render(&quality)});
    if (outcome.hasData())
        figures.push_back({tr("Outcome rate per segment"), tr("The share of rows with the outcome, per segment and month."),
                           DriftReportExporter::render(&outcome)});
    const QString html = DriftReportExporter::buildHtml(history_, figures);
    return DriftReportExporter::write(path, html, error);
}

void DriftPage::exportReportWithDialog() {
    const QString suggested = tr("drift-report-%1.html").arg(history_.dataset.isEmpty() ? tr("data") : history_.dataset)
                                  .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export drift report"), suggested, tr("Web page (*.html)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportReport(path, &error)) QMessageBox::warning(this, tr("Could not export"), error);
    else workspace_->showStatus(tr("Drift report saved to %1").arg(path));
}

} // namespace segmenta::ui
