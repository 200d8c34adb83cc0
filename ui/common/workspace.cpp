// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>
#include <utility>

#include "ui/common/worker_pool.h"

namespace segmenta::ui {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

void Workspace::setTable(std::shared_ptr<const Table> table, std::shared_ptr<const ImportReport> report,
                         const QString& sourcePath, std::optional<TableSource> source) {
    auto old = std::exchange(table_, std::move(table));
    auto oldReport = std::exchange(report_, std::move(report));
    sourcePath_ = sourcePath;
    tableSource_ = std::move(source);
    // A new table invalidates what was computed on the old one.
    auto oldSegmentation = std::exchange(segmentation_, nullptr);
    rowFilter_.reset();
    rowFilterLabel_.clear();
    emit tableChanged();
    emit segmentationChanged();
    emit rowFilterChanged();
    // The pages have let go of the old table now: the last reference goes to a
    // worker, so freeing a million rows never holds up the window.
    if (old || oldReport || oldSegmentation)
        workerPool()->start(
            [old = std::move(old), oldReport = std::move(oldReport), oldSegmentation = std::move(oldSegmentation)]() mutable {
                yieldToGuiThread();
                old.reset();
                oldReport.reset();
                oldSegmentation.reset();
            });
}

void Workspace::setSegmentation(std::shared_ptr<const SegmentMembership> segmentation) {
    segmentation_ = std::move(segmentation);
    emit segmentationChanged();
}

void Workspace::setRowFilter(const QString& label, RowList rows) {
    rowFilter_ = std::move(rows);
    rowFilterLabel_ = rowFilter_ ? label : QString();
    emit rowFilterChanged();
}

QString Workspace::historyPath() const {
    if (!historyPath_.isEmpty()) return historyPath_;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/history.sqlite");
}

} // namespace segmenta::ui
