// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace segmenta::ui {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

void Workspace::setTable(std::shared_ptr<const Table> table, std::shared_ptr<const ImportReport> report,
                         const QString& sourcePath) {
    table_ = std::move(table);
    report_ = std::move(report);
    sourcePath_ = sourcePath;
    // A new table invalidates what was computed on the old one.
    segmentation_.reset();
    rowFilter_.reset();
    rowFilterLabel_.clear();
    emit tableChanged();
    emit segmentationChanged();
    emit rowFilterChanged();
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
