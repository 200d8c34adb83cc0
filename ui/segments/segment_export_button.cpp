// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_export_button.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include "ui/common/background_task.h"
#include "ui/segments/segment_export.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {

SegmentExportButton::SegmentExportButton(QWidget* parent) : QToolButton(parent), task_(new BackgroundTask(this)) {
    setText(tr("E&xport"));
    setToolTip(tr("Save the segments as CSV files for a spreadsheet."));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    menu->addAction(tr("Rows with their segment (CSV)…"), this, [this] {
        const QString path = askPath(tr("Export rows with their segment"), QStringLiteral("segmented-rows.csv"));
        if (!path.isEmpty()) exportRows(path);
    })->setToolTip(tr("Every row of your file plus its segment number and name."));
    menu->addAction(tr("Segment summary (CSV)…"), this, [this] {
        const QString path = askPath(tr("Export segment summary"), QStringLiteral("segments-summary.csv"));
        if (!path.isEmpty()) exportSummary(path);
    })->setToolTip(tr("One row per segment: name, description, size and the average of each column."));
    menu->setToolTipsVisible(true);
    setMenu(menu);
    setEnabled(false);
    connect(task_, &BackgroundTask::failed, this, [this](const QString& text) {
        QMessageBox::warning(this, tr("Could not export"), text);
    });
}

void SegmentExportButton::setSource(std::shared_ptr<const Table> table, std::shared_ptr<const SegmentationResult> result) {
    table_ = std::move(table);
    result_ = std::move(result);
    setEnabled(table_ && result_);
}

QString SegmentExportButton::askPath(const QString& title, const QString& suggested) {
    QString path = QFileDialog::getSaveFileName(this, title, suggested, tr("CSV file (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    return path;
}

std::shared_ptr<const SegmentationResult> SegmentExportButton::snapshot() const {
    auto copy = std::make_shared<SegmentationResult>();
    copy->labels = result_->labels;
    copy->probabilities = result_->probabilities;
    copy->segments = result_->segments;
    copy->model.algorithm = result_->model.algorithm;
    copy->k = result_->k;
    return copy;
}

void SegmentExportButton::exportRows(const QString& path) {
    if (!table_ || !result_) return;
    auto table = table_;
    auto result = snapshot();
    const std::string file = path.toStdString();
    auto leftOut = std::make_shared<std::vector<std::string>>();
    task_->start<Result<std::size_t>>(
        [table, result, file, leftOut](const Progress& p) { return exportSegmentRows(file, *table, *result, &p, leftOut.get()); },
        [this, path, leftOut](Result<std::size_t>&& r) {
            if (!r) { QMessageBox::warning(this, tr("Could not export"), QString::fromStdString(r.error().message)); return; }
            QString text = tr("Saved %1 rows with their segment to %2.").arg(formatCount(std::int64_t(*r)), path);
            if (!leftOut->empty()) {
                QStringList names;
                for (const auto& n : *leftOut) names << QString::fromStdString(n);
                text += QLatin1Char(' ') + tr("Personal data left out: %1.").arg(names.join(QStringLiteral(", ")));
            }
            emit message(text);
        });
}

void SegmentExportButton::exportSummary(const QString& path) {
    if (!result_) return;
    auto result = snapshot();
    const std::string file = path.toStdString();
    task_->start<Result<std::size_t>>(
        [result, file](const Progress& p) { return exportSegmentSummary(file, *result, &p); },
        [this, path](Result<std::size_t>&& r) {
            if (!r) { QMessageBox::warning(this, tr("Could not export"), QString::fromStdString(r.error().message)); return; }
            emit message(tr("Saved the summary of the segments to %1.").arg(path));
        });
}

} // namespace segmenta::ui
