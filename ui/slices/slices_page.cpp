// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/slices_page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/io/csv_writer.h"
#include "ui/common/background_task.h"
#include "ui/common/display_text.h"
#include "ui/common/task_progress.h"
#include "ui/common/workspace.h"
#include "ui/slices/metric_bar_chart.h"
#include "ui/slices/overall_first_proxy.h"
#include "ui/slices/reliability_chart.h"
#include "ui/slices/slice_controls.h"
#include "ui/slices/slice_metrics.h"
#include "ui/slices/slice_table_model.h"

namespace segmenta::ui {

SlicesPage::SlicesPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace), controls_(new SliceControls(this)), task_(new BackgroundTask(this)),
      progress_(new TaskProgress(task_, this)), debounce_(new QTimer(this)), stack_(new QStackedWidget(this)),
      empty_(new QLabel(this)), summary_(new QLabel(this)), model_(new SliceTableModel(this)),
      proxy_(new OverallFirstProxy(this)), view_(new QTableView(this)), bars_(new MetricBarChart(this)),
      reliability_(new ReliabilityChart(this)), export_(new QPushButton(tr("&Export table as CSV…"), this)) {
    progress_->setTitle(tr("Computing metrics per slice…"));
    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setText(tr("Import a CSV on the Data page (or open the demo data) to see how the outcome and a model's "
                       "scores behave per group of rows."));
    summary_->setWordWrap(true);
    summary_->setObjectName(QStringLiteral("slicesSummary"));
    summary_->setTextFormat(Qt::RichText);

    proxy_->setSourceModel(model_);
    proxy_->setSortRole(SliceTableModel::kSortRole);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->setAccessibleName(tr("Slices and their metrics"));
    view_->setMinimumHeight(200);
    export_->setToolTip(tr("Save this table as a CSV file for a spreadsheet."));
    export_->setEnabled(false);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(bars_);
    charts->addWidget(reliability_);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    split_ = new QSplitter(Qt::Vertical, this);
    auto* split = split_;
    split->addWidget(view_);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* results = new QWidget(this);
    auto* rl = new QVBoxLayout(results);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(export_, 0, Qt::AlignTop);
    rl->addLayout(top);
    rl->addWidget(split, 1);
    stack_->addWidget(empty_);
    stack_->addWidget(results);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls_);
    layout->addWidget(progress_);
    layout->addWidget(stack_, 1);

    connect(controls_, &SliceControls::changed, debounce_, qOverload<>(&QTimer::start));
    connect(debounce_, &QTimer::timeout, this, &SlicesPage::compute);
    connect(workspace_, &Workspace::tableChanged, this, &SlicesPage::onTableChanged);
    connect(workspace_, &Workspace::segmentationChanged, this, &SlicesPage::onTableChanged);
    connect(view_, &QTableView::clicked, this, &SlicesPage::selectRow);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { if (current.isValid()) selectRow(current); });
    connect(view_, &QTableView::doubleClicked, this, [this] { workspace_->requestPage(Workspace::Page::Data); });
    connect(export_, &QPushButton::clicked, this, &SlicesPage::exportWithDialog);
    connect(task_, &BackgroundTask::failed, this, &SlicesPage::showError);
    onTableChanged();
}

void SlicesPage::onTableChanged() {
    controls_->setData(workspace_->table(), workspace_->segmentation() != nullptr);
    stack_->setCurrentIndex(workspace_->table() ? 1 : 0);
    if (workspace_->table()) debounce_->start();
}

void SlicesPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (computeWhenShown_) compute();
}

void SlicesPage::compute() {
    auto table = workspace_->table();
    computeWhenShown_ = false;
    if (!table) return;
    if (table->rowCount() >= kComputeWhenShownFrom && !isVisible()) {
        task_->cancel();
        computeWhenShown_ = true;
        return;
    }
    auto segmentation = workspace_->segmentation();
    const MetricsOptions options = controls_->options();
    task_->start<Result<SliceReport>>(
        [table, segmentation, options](const Progress& p) { return computeSliceReport(*table, options, segmentation.get(), &p); },
        [this](Result<SliceReport>&& r) {
            if (!r) { showError(QString::fromStdString(r.error().message)); return; }
            showReport(std::make_shared<const SliceReport>(std::move(r.value())));
        });
}

void SlicesPage::showError(const QString& message) {
    summary_->setText(QStringLiteral("<b>") + tr("Cannot compute these metrics:") + QStringLiteral("</b> ") +
                      message.toHtmlEscaped());
    model_->setReport(nullptr);
    bars_->setReport(nullptr);
    reliability_->setReport(nullptr);
    report_.reset();
    export_->setEnabled(false);
}

QString SlicesPage::summaryText(const SliceReport& r) const {
    int flagged = 0, small = 0;
    for (const auto& s : r.slices) { flagged += s.significance.flagged; small += s.tooSmall; }
    const int n = int(r.slices.size());
    QString text = QStringLiteral("<b>") + (n == 1 ? tr("1 slice") : tr("%1 slices").arg(n)) + QStringLiteral("</b>");
    if (small) text += small == 1 ? tr(" · 1 too small to judge") : tr(" · %1 too small to judge").arg(small);
    QString note;
    if (r.flagMetric != FlagMetric::None && !r.testName.empty()) {
        const QString measure = flagMetricName(r.flagMetric).toHtmlEscaped();
        text += flagged ? tr(" · <b><span style='color:#b03030'>%1 significantly worse than the rest</span></b> on %2")
                              .arg(flagged).arg(measure)
                        : tr(" · none significantly worse than the rest on %1").arg(measure);
        note = tr("Each slice is tested against the rest (one-sided two-proportion z-test), allowing %1 % false alarms "
                  "across all slices (Benjamini–Hochberg).")
                   .arg(QLocale().toString(controls_->options().falseDiscoveryRate * 100, 'g', 3)) +
               QLatin1Char(' ');
    } else if (!r.hasLabel) {
        note = tr("Choose an Outcome (a yes/no column) to see which slices do worse.") + QLatin1Char(' ');
    }
    note += tr("Click a slice to show its rows on the Data page; hover any number for what it means.");
    return text + QStringLiteral("<br><small>") + note + QStringLiteral("</small>");
}

void SlicesPage::showReport(std::shared_ptr<const SliceReport> report) {
    report_ = std::move(report);
    model_->setReport(report_);
    bars_->setReport(report_);
    reliability_->setReport(report_);
    summary_->setText(summaryText(*report_));
    export_->setEnabled(true);
    // Worst first on the flag metric's column makes the answer visible at once.
    view_->sortByColumn(model_->flagColumn(), Qt::DescendingOrder);
    // Give the table the height of its rows (all of them when few), the charts the rest.
    const int total = split_->height();
    const int wanted = view_->horizontalHeader()->height() + view_->horizontalScrollBar()->sizeHint().height() + 4 +
                       view_->verticalHeader()->defaultSectionSize() * model_->rowCount();
    const int tableHeight = std::clamp(wanted, view_->minimumHeight(), std::max(view_->minimumHeight(), total / 2));
    if (total >= 2 * view_->minimumHeight()) split_->setSizes({tableHeight, total - tableHeight});
}

void SlicesPage::selectRow(const QModelIndex& proxyIndex) {
    if (!report_) return;
    const int slice = proxy_->mapToSource(proxyIndex).data(SliceTableModel::kSliceRole).toInt();
    reliability_->setSlice(slice);
    if (slice < 0) { workspace_->clearRowFilter(); return; }
    auto rows = std::make_shared<const std::vector<std::uint32_t>>(report_->slicing.rowsOf(std::uint32_t(slice)));
    const QString label = DisplayText::label(report_->slices[std::size_t(slice)].label);
    workspace_->setRowFilter(tr("Slice “%1”").arg(label), rows);
    workspace_->showStatus(tr("The Data page now shows the %1 rows of “%2”. Double-click to go there.")
                               .arg(QLocale().toString(qint64(rows->size())), label));
}

bool SlicesPage::exportTable(const QString& path, QString* error) const {
    std::string text;
    for (const auto& row : model_->cells()) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) text += ',';
            text += csvCell(row[c].toStdString());
        }
        text += '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
        !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void SlicesPage::exportWithDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export slices table"), QStringLiteral("slices.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportTable(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
    else
        workspace_->showStatus(tr("Saved %1").arg(path));
}

} // namespace segmenta::ui
