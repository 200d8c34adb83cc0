// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QToolButton>
#include <memory>

#include "core/segment/segmentation.h"
#include "core/table/table.h"

namespace segmenta::ui {

class BackgroundTask;

// "Export ▾": the rows with their segment, or one summary row per segment, as
// CSV. Writing runs in the background; the outcome goes to the status line.
class SegmentExportButton : public QToolButton {
    Q_OBJECT
public:
    explicit SegmentExportButton(QWidget* parent = nullptr);

    // The result is copied (without its feature matrix) when an export starts,
    // so later renames cannot race with the writer.
    void setSource(std::shared_ptr<const Table> table, std::shared_ptr<const SegmentationResult> result);
    BackgroundTask* task() const { return task_; }

    // The non-interactive part, for tests: starts writing to `path`.
    void exportRows(const QString& path);
    void exportSummary(const QString& path);

signals:
    void message(const QString& text);

private:
    QString askPath(const QString& title, const QString& suggested);
    std::shared_ptr<const SegmentationResult> snapshot() const;

    BackgroundTask* task_;
    std::shared_ptr<const Table> table_;
    std::shared_ptr<const SegmentationResult> result_;
};

} // namespace segmenta::ui
