// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segments_page.h"

#include <algorithm>

#include <QAction>
#include <QFrame>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>
#include <new>
#include <optional>

#include "core/demo/demo_generator.h"
#include "ui/common/background_task.h"
#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/common/task_progress.h"
#include "ui/common/worker_pool.h"
#include "ui/common/workspace.h"
#include "ui/segments/box_plot_chart.h"
#include "ui/segments/k_scan_chart.h"
#include "ui/segments/difference_table.h"
#include "ui/segments/pca_scatter.h"
#include "ui/segments/profile_heatmap.h"
#include "ui/segments/rename_segment_command.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segment_cards.h"
#include "ui/segments/segment_export_button.h"
#include "ui/segments/segment_style.h"
#include "ui/segments/segment_run_text.h"
#include "ui/segments/segment_text.h"
#include "ui/segments/segment_wording.h"

namespace segmenta::ui {
namespace {

// What the map's hover shows for a row: an identifying column, then the
// columns the segments were built from (at most eight lines).
PcaScatter::RowText rowTextFor(std::shared_ptr<const Table> table, const SegmentationResult& result) {
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < table->columnCount(); ++c)
        if (table->columns[c].role == ColumnRole::Identifier) { columns.push_back(c); break; }
    for (const auto& name : result.features.columns)
        if (auto index = table->find(name); index && columns.size() < 8) columns.push_back(*index);
    return [table, columns](std::uint32_t row) {
        QStringList lines;
        lines << SegmentText::tr("Row %1").arg(formatCount(std::int64_t(row) + 1));
        for (auto c : columns) {
            const Column& column = table->columns[c];
            const QString value = column.isMissing(row) ? SegmentText::tr("(empty)") : DisplayText::label(column.displayText(row));
            lines << QStringLiteral("%1: %2").arg(DisplayText::label(column.name), value);
        }
        return lines.join(QLatin1Char('\n'));
    };
}

} // namespace

SegmentsPage::SegmentsPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace), task_(new BackgroundTask(this)), stack_(new QStackedWidget(this)),
      undo_(new QUndoStack(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);
    emptyState_ = buildEmptyState();
    main_ = buildMain();
    stack_->addWidget(emptyState_);
    stack_->addWidget(main_);

    for (QAction* action : {undo_->createUndoAction(this, tr("Undo")), undo_->createRedoAction(this, tr("Redo"))}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    actions()[0]->setShortcut(QKeySequence::Undo);
    actions()[1]->setShortcut(QKeySequence::Redo);

    connect(workspace_, &Workspace::tableChanged, this, &SegmentsPage::onTableChanged);
    connect(workspace_, &Workspace::rowFilterChanged, this, [this] {
        // Someone else (the Data page) cleared or replaced our filter: drop
        // the highlight but leave their filter alone.
        if (!ownsRowFilter_) return;
        const bool ours = selected_ >= 0 && selected_ < int(current_.rowsOfSegment.size()) &&
                          workspace_->rowFilter() == current_.rowsOfSegment[std::size_t(selected_)];
        if (!ours) { ownsRowFilter_ = false; selectSegment(-1); }
    });
    connect(task_, &BackgroundTask::started, this, [this] { panel_->setRunning(true); });
    connect(task_, &BackgroundTask::finished, this, [this] { panel_->setRunning(false); });
    connect(task_, &BackgroundTask::cancelled, this, [this] {
        showMessage(tr("Stopped. The segments shown before are unchanged."), false);
        emit runFinished(false);
    });
    connect(task_, &BackgroundTask::failed, this, [this](const QString& text) {
        showMessage(text, true);
        emit runFinished(false);
    });
    onTableChanged();
}

QWidget* SegmentsPage::buildEmptyState() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* title = new QLabel(tr("No data yet"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Import a CSV file of your customers (or any rows) on the Data page, or open the demo "
                               "data to try Segmenta out. Segmenta will then find groups of similar rows and explain "
                               "each in plain words."), page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);   // a wrapped label given only its size hint would be squeezed
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 4);
    auto* buttons = new QHBoxLayout;
    auto* toData = new QPushButton(tr("Go to the &Data page"), page);
    auto* demo = new QPushButton(tr("&Open the demo data"), page);
    demo->setToolTip(tr("5,000 made-up customers of an online shop, with five groups to discover."));
    buttons->addStretch(1);
    buttons->addWidget(toData);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(toData, &QPushButton::clicked, this, [this] { workspace_->requestPage(Workspace::Page::Data); });
    connect(demo, &QPushButton::clicked, this, &SegmentsPage::openDemo);
    return page;
}

QWidget* SegmentsPage::buildMain() {
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    panel_ = new RunPanel(page);
    // 300 px unless its settings need more (German labels are longer than English).
    panel_->setFixedWidth(std::max(300, panel_->minimumSizeHint().width()));
    layout->addWidget(panel_);
    connect(panel_, &RunPanel::runRequested, this, &SegmentsPage::run);

    auto* right = new QVBoxLayout;
    auto* header = new QHBoxLayout;
    summary_ = new QLabel(tr("Choose the columns to group by on the left and press “Find segments”."), page);
    summary_->setWordWrap(true);
    showAll_ = new QPushButton(tr("Show &all segments"), page);
    showAll_->setToolTip(tr("Stop highlighting one segment, and show every row on the Data page again."));
    showAll_->setEnabled(false);
    export_ = new SegmentExportButton(page);
    saveModel_ = new QPushButton(tr("Sa&ve as model…"), page);
    saveModel_->setToolTip(tr("Keep these segments in the history under a name, to put each new month into the same "
                              "segments on the Drift page (Score new month…)."));
    saveModel_->setEnabled(false);
    header->addWidget(summary_, 1);
    header->addWidget(showAll_);
    header->addWidget(saveModel_);
    header->addWidget(export_);
    right->addLayout(header);
    progress_ = new TaskProgress(task_, page);
    progress_->setTitle(tr("Finding segments"));
    right->addWidget(progress_);
    // Writing a million rows takes a few seconds: show it, with Cancel.
    auto* exportProgress = new TaskProgress(export_->task(), page);
    exportProgress->setTitle(tr("Exporting"));
    right->addWidget(exportProgress);
    message_ = new QLabel(page);
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    message_->hide();
    right->addWidget(message_);
    right->addWidget(buildLimitNotice(page));
    right->addWidget(buildResults(), 1);
    layout->addLayout(right, 1);

    connect(showAll_, &QPushButton::clicked, this, [this] { selectSegment(-1); });
    connect(saveModel_, &QPushButton::clicked, this, [this] {
        if (current_.result) emit saveModelRequested(current_.result->model);
    });
    connect(export_, &SegmentExportButton::message, this, [this](const QString& text) { workspace_->showStatus(text); });
    return page;
}

// "The best number is the largest tried": look further, or leave out the
// category columns with many values that split the rows into many small groups.
QWidget* SegmentsPage::buildLimitNotice(QWidget* parent) {
    limitBox_ = new QFrame(parent);
    limitBox_->setObjectName(QStringLiteral("limitNotice"));
    limitBox_->setStyleSheet(QStringLiteral("#limitNotice { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"));
    auto* layout = new QHBoxLayout(limitBox_);
    limitText_ = new QLabel(limitBox_);
    limitText_->setWordWrap(true);
    lookFurther_ = new QPushButton(limitBox_);
    leaveOut_ = new QPushButton(limitBox_);
    layout->addWidget(limitText_, 1);
    layout->addWidget(lookFurther_);
    layout->addWidget(leaveOut_);
    limitBox_->hide();
    connect(lookFurther_, &QPushButton::clicked, this, [this] {
        panel_->setAutomaticK(std::min(panel_->largestK(), lastOptions_.kMax + 5));
        run();
    });
    connect(leaveOut_, &QPushButton::clicked, this, [this] {
        for (const QString& c : leaveOutColumns_) panel_->setFeatureChecked(c, false);
        run();
    });
    return limitBox_;
}

QWidget* SegmentsPage::buildResults() {
    resultsStack_ = new QStackedWidget(this);
    auto* hint = new QLabel(tr("No segments yet. Tick the columns that describe your rows on the left, then press "
                               "“Find segments”. Segmenta tries several numbers of segments and suggests the clearest."), this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    resultsStack_->addWidget(hint);

    auto* results = new QWidget(this);
    auto* layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    cards_ = new SegmentCards(results);
    cards_->setFixedHeight(200);   // three lines of name + size + three of description, and the scroll bar
    layout->addWidget(cards_);
    tabs_ = new QTabWidget(results);
    scatter_ = new PcaScatter(tabs_);
    heatmap_ = new ProfileHeatmap(tabs_);
    boxes_ = new BoxPlotChart(tabs_);
    differences_ = new DifferenceTable(tabs_);
    kScan_ = new KScanChart(tabs_);
    tabs_->addTab(scatter_, tr("&Map"));
    tabs_->setTabToolTip(0, tr("Every row on a flat map, coloured by segment."));
    // The profile never squeezes its labels: below its minimum size it scrolls.
    auto* profileScroll = new QScrollArea(tabs_);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setWidget(heatmap_);
    tabs_->addTab(profileScroll, tr("&Profile"));
    tabs_->setTabToolTip(1, tr("How each segment compares with everyone, column by column."));
    tabs_->addTab(boxes_, tr("Compare a co&lumn"));
    tabs_->setTabToolTip(2, tr("The spread of one column in each segment."));
    tabs_->addTab(differences_, tr("&What makes it different"));
    tabs_->setTabToolTip(3, tr("What sets one segment apart, ranked, in plain words."));
    tabs_->addTab(kScan_, tr("How many segme&nts"));
    tabs_->setTabToolTip(4, tr("How clear the grouping is for each number of segments; click to pick another number."));
    layout->addWidget(tabs_, 1);
    resultsStack_->addWidget(results);

    // Saving is also on each chart's right-click menu and Ctrl+S; this button
    // makes it visible to someone who never right-clicks.
    auto* save = new QToolButton(tabs_);
    save->setText(tr("Save picture…"));
    save->setToolTip(tr("Save the chart shown in this tab as a PNG picture or an SVG drawing (also Ctrl+S or "
                        "right-click on the chart)."));
    save->setAutoRaise(true);
    tabs_->setCornerWidget(save, Qt::TopRightCorner);
    auto chartOfTab = [this]() -> std::function<void()> {
        const QWidget* tab = tabs_->currentWidget();
        if (tab == scatter_) return [this] { scatter_->view()->saveAs(); };
        if (tab && tab->isAncestorOf(heatmap_)) return [this] { heatmap_->saveWithDialog(); };
        if (tab == boxes_) return [this] { boxes_->view()->saveAs(); };
        if (tab == kScan_) return [this] { kScan_->view()->saveAs(); };
        return {};
    };
    connect(save, &QToolButton::clicked, this, [chartOfTab] { if (auto f = chartOfTab()) f(); });
    connect(tabs_, &QTabWidget::currentChanged, save, [save, chartOfTab] { save->setEnabled(bool(chartOfTab())); });

    auto select = [this](int s) { selectSegment(s == selected_ ? -1 : s); };
    connect(cards_, &SegmentCards::segmentClicked, this, select);
    connect(heatmap_, &ProfileHeatmap::segmentClicked, this, select);
    connect(scatter_, &PcaScatter::segmentClicked, this, select);
    connect(boxes_, &BoxPlotChart::segmentClicked, this, select);
    connect(differences_, &DifferenceTable::segmentChosen, this, [this](int s) { if (selected_ >= 0) selectSegment(s); });
    connect(cards_, &SegmentCards::renameRequested, this, &SegmentsPage::renameSegment);
    connect(kScan_, &KScanChart::kRequested, this, &SegmentsPage::refitWithK);
    return resultsStack_;
}

void SegmentsPage::onTableChanged() {
    task_->cancel();
    current_ = SegmentRun{};
    scan_.clear();
    selected_ = -1;
    ownsRowFilter_ = false;
    undo_->clear();
    const auto table = workspace_->table();
    const bool hasData = table && table->rowCount() > 0 && table->columnCount() > 0;
    stack_->setCurrentWidget(hasData ? main_ : emptyState_);
    suggestChoices(hasData ? table : nullptr);
    limitBox_->hide();
    cards_->clear();
    kScan_->clear();
    scatter_->clear();
    heatmap_->clear();
    boxes_->clear();
    differences_->clear();
    export_->setSource(nullptr, nullptr);
    saveModel_->setEnabled(false);
    showAll_->setEnabled(false);
    message_->hide();
    resultsStack_->setCurrentIndex(0);
    summary_->setText(tr("Choose the columns to group by on the left and press “Find segments”."));
}

// The suggestions read every row (missing counts, skewness): instant for small
// tables, but on a million rows they would freeze the window, so large tables get
// them from a worker and the checklist fills in when they are ready.
void SegmentsPage::suggestChoices(std::shared_ptr<const Table> table) {
    const int generation = ++choicesGeneration_;
    constexpr std::size_t kSuggestOnWorkerFrom = 100000;
    // A file already run since the app started gets its own settings back; any other the recommended ones.
    const auto earlier = settingsOfFile_.find(workspace_->sourcePath());
    const std::optional<SegmentationOptions> own =
        table && earlier != settingsOfFile_.end() ? std::optional(earlier->second) : std::nullopt;
    auto show = [this, own](const std::vector<FeatureChoice>& choices) {
        panel_->setChoices(choices);
        if (own && !choices.empty()) panel_->applyOptions(*own);
    };
    if (!table || table->rowCount() < kSuggestOnWorkerFrom) {
        show(table ? suggestFeatures(*table) : std::vector<FeatureChoice>{});
        return;
    }
    panel_->setChoices({});
    // No answer (nullopt) when memory ran out: an exception must not cross into the GUI thread.
    using Choices = std::optional<std::vector<FeatureChoice>>;
    auto* watcher = new QFutureWatcher<Choices>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, show] {
        const Choices choices = watcher->result();
        watcher->deleteLater();
        if (generation != choicesGeneration_) return;
        if (choices) show(*choices);
        else showMessage(BackgroundTask::outOfMemoryText(), true);
    });
    watcher->setFuture(runOnWorker([table]() -> Choices {
        try {
            return suggestFeatures(*table);
        } catch (const std::bad_alloc&) {
            return std::nullopt;
        }
    }));
}

void SegmentsPage::run() { start(panel_->options(), false); }

void SegmentsPage::refitWithK(int k) {
    if (!current_.result || task_->isRunning()) return;
    SegmentationOptions options = lastOptions_;
    options.k = k;
    panel_->setFixedK(k);
    start(options, true);
}

void SegmentsPage::start(const SegmentationOptions& options, bool keepScan) {
    auto table = workspace_->table();
    if (!table) return;
    lastOptions_ = options;
    if (!workspace_->sourcePath().isEmpty()) settingsOfFile_[workspace_->sourcePath()] = options;
    keepScan_ = keepScan;
    message_->hide();
    limitBox_->hide();
    progress_->setTitle(options.k == 0 ? tr("Trying %1 to %2 segments").arg(options.kMin).arg(options.kMax)
                                       : tr("Finding %1").arg(SegmentText::segmentCountText(options.k)));
    task_->start<Result<SegmentRun>>(
        [table, options](const Progress& p) { return runSegmentsPage(table, options, &p); },
        [this](Result<SegmentRun>&& r) {
            if (!r) {
                showMessage(QString::fromStdString(r.error().message), r.error().kind != ErrorKind::Cancelled);
                emit runFinished(false);
                return;
            }
            showRun(std::move(r).value());
            emit runFinished(true);
        });
}

void SegmentsPage::showRun(SegmentRun&& run) {
    current_ = std::move(run);
    const SegmentationResult& r = *current_.result;
    automaticNames_.clear();
    for (const auto& s : r.segments) automaticNames_.push_back(s.name);
    undo_->clear();
    selected_ = -1;
    if (ownsRowFilter_) { ownsRowFilter_ = false; workspace_->clearRowFilter(); }

    if (!r.kScan.empty() || !keepScan_) {
        scan_ = SegmentText::kScan(r);
        recommendedK_ = r.kScan.empty() ? 0 : r.k;
        scanReason_ = r.kScan.empty() ? tr("This run made exactly %1. Choose “Find the best” on the left to compare several "
                                           "numbers of segments here.").arg(SegmentText::segmentCountText(r.k))
                                      : SegmentText::kReason(r);
    }
    const QStringList names = SegmentText::names(r);
    cards_->setSegments(SegmentText::cards(r));
    kScan_->setScan(scan_, r.k, recommendedK_, scanReason_);
    scatter_->setData(current_.scatter, rowTextFor(workspace_->table(), r));
    heatmap_->setProfile(names, SegmentText::profileFeatures(r), SegmentText::profileCells(r));
    boxes_->setFeatures(names, current_.boxes);
    differences_->setSegments(names, SegmentText::differences(r));
    export_->setSource(workspace_->table(), current_.result);
    saveModel_->setEnabled(true);
    showAll_->setEnabled(false);
    resultsStack_->setCurrentIndex(1);
    summary_->setText(SegmentText::summary(r));
    // The engine's notes in the user's language, from their data.
    const QStringList notes = SegmentRunText::notes(r);
    if (!notes.isEmpty()) showMessage(notes.join(QLatin1Char(' ')), false);
    showLimitNotice(r);
    workspace_->setSegmentation(current_.membership);
}

QStringList SegmentsPage::manyLevelColumns(const SegmentationResult& r) const {
    // Category columns whose many values each become a column of their own: with
    // many of them the rows fall apart into many small groups.
    constexpr std::size_t kManyLevels = 8;
    std::vector<std::pair<std::size_t, QString>> found;
    for (const auto& t : r.features.pipeline.transforms)
        if (t.kind == ColumnTransform::Kind::OneHot && std::size_t(t.outputCount) >= kManyLevels)
            found.emplace_back(std::size_t(t.outputCount), QString::fromStdString(t.column));
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (const auto& [levels, name] : found)
        if (out.size() < 3) out << name;
    return out;
}

void SegmentsPage::showLimitNotice(const SegmentationResult& r) {
    const bool atLimit = lastOptions_.k == 0 && !r.kScan.empty() && r.k >= lastOptions_.kMax;
    limitBox_->setVisible(atLimit);
    if (!atLimit) return;
    leaveOutColumns_ = manyLevelColumns(r);
    const int further = std::min(panel_->largestK(), lastOptions_.kMax + 5);
    QString text = tr("The clearest grouping found has %1 segments, the most that was tried: there may be a clearer one "
                      "with more.").arg(r.k);
    if (!leaveOutColumns_.isEmpty())
        text += QLatin1Char(' ') + tr("Category columns with many different values (%1) can also split the rows into many "
                                      "small groups.").arg(leaveOutColumns_.join(QStringLiteral(", ")));
    limitText_->setText(text);
    lookFurther_->setText(tr("Try up to %1").arg(further));
    lookFurther_->setVisible(further > lastOptions_.kMax);
    leaveOut_->setText(leaveOutColumns_.size() == 1 ? tr("Leave out %1").arg(leaveOutColumns_.first())
                                                   : tr("Leave out these %1 columns").arg(leaveOutColumns_.size()));
    leaveOut_->setToolTip(tr("Untick %1 and find segments again.").arg(leaveOutColumns_.join(QStringLiteral(", "))));
    leaveOut_->setVisible(!leaveOutColumns_.isEmpty());
}

void SegmentsPage::selectSegment(int segment) {
    if (!current_.result || segment >= int(current_.rowsOfSegment.size())) segment = -1;
    selected_ = segment;
    cards_->setSelected(segment);
    heatmap_->setHighlighted(segment);
    scatter_->setHighlighted(segment);
    boxes_->setHighlighted(segment);
    if (segment >= 0) differences_->setCurrentSegment(segment);
    showAll_->setEnabled(segment >= 0);
    if (segment >= 0) {
        const auto& s = current_.result->segments[std::size_t(segment)];
        ownsRowFilter_ = true;
        workspace_->setRowFilter(tr("Segment “%1”").arg(SegmentWording::name(s)),
                                 current_.rowsOfSegment[std::size_t(segment)]);
        workspace_->showStatus(tr("Showing segment “%1”: %2 rows. The Data page shows only these rows.")
                                   .arg(SegmentWording::name(s), formatCount(std::int64_t(s.size))));
    } else if (ownsRowFilter_) {
        ownsRowFilter_ = false;
        workspace_->clearRowFilter();
    }
}

void SegmentsPage::renameSegment(int segment, const QString& name) {
    if (!current_.result || segment < 0 || segment >= int(current_.result->segments.size())) return;
    const QString old = SegmentWording::name(current_.result->segments[std::size_t(segment)]);
    if (name.trimmed().isEmpty() || name == old) return;
    undo_->push(new RenameSegmentCommand(segment, old, name.trimmed(), [this](int id, const QString& n) { applyName(id, n); }));
}

void SegmentsPage::applyName(int segment, const QString& name) {
    if (!current_.result || segment < 0 || segment >= int(current_.result->segments.size())) return;
    restoreOrRename(segment, name);
    cards_->setName(segment, name);
    heatmap_->setSegmentName(segment, name);
    scatter_->setSegmentName(segment, name);
    boxes_->setSegmentName(segment, name);
    differences_->setSegmentName(segment, name);
    if (current_.membership) {
        auto membership = std::make_shared<SegmentMembership>(*current_.membership);
        if (segment < int(membership->names.size())) membership->names[std::size_t(segment)] = name.toStdString();
        current_.membership = membership;
        workspace_->setSegmentation(current_.membership);
    }
    if (segment == selected_ && ownsRowFilter_)
        workspace_->setRowFilter(tr("Segment “%1”").arg(name), current_.rowsOfSegment[std::size_t(segment)]);
}

// Undoing a rename gives back the automatic name: keep it automatic (translated,
// and its English form for the CLI/export) rather than freezing it as typed text.
void SegmentsPage::restoreOrRename(int segment, const QString& name) {
    SegmentProfile& s = current_.result->segments[std::size_t(segment)];
    SegmentProfile automatic = s;
    automatic.renamed = false;
    if (std::size_t(segment) < automaticNames_.size() && name == SegmentWording::name(automatic)) {
        s.renamed = false;
        s.name = automaticNames_[std::size_t(segment)];
        auto& model = current_.result->model;
        if (std::size_t(segment) < model.names.size()) model.names[std::size_t(segment)] = s.name;
        if (std::size_t(segment) < model.nameWords.size()) model.nameWords[std::size_t(segment)] = nameWordsOf(s);
        return;
    }
    segmenta::renameSegment(*current_.result, segment, name.toStdString());
}

void SegmentsPage::showMessage(const QString& text, bool error) {
    message_->setText(text);
    message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message_->setVisible(!text.isEmpty());
}

QString SegmentsPage::messageText() const { return message_->isVisible() ? message_->text() : QString(); }

void SegmentsPage::openDemo() {
    auto* demoTask = new BackgroundTask(this);
    demoTask->start<std::shared_ptr<const Table>>(
        [](const Progress& p) {
            auto demo = generateCustomers(DemoOptions{}, &p);
            demo.table.sourceName = "demo customers";
            return std::make_shared<const Table>(std::move(demo.table));
        },
        [this](std::shared_ptr<const Table>&& table) {
            workspace_->setTable(std::move(table), std::make_shared<const ImportReport>(), tr("Demo customers"));
        });
    connect(demoTask, &BackgroundTask::finished, demoTask, &QObject::deleteLater);
}

} // namespace segmenta::ui
