// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "core/io/csv_reader.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

namespace segmenta::ui {

// What the pages share: the loaded table, its import report, the current
// segmentation and the Data page's row filter. Lives on the GUI thread; the data
// it hands out is immutable and may be read from workers.
class Workspace : public QObject {
    Q_OBJECT
public:
    enum class Page { Data, Segments, Slices, Drift };
    Q_ENUM(Page)

    using RowList = std::shared_ptr<const std::vector<std::uint32_t>>;

    explicit Workspace(QObject* parent = nullptr);

    std::shared_ptr<const Table> table() const { return table_; }
    std::shared_ptr<const ImportReport> importReport() const { return report_; }
    QString sourcePath() const { return sourcePath_; }
    void setTable(std::shared_ptr<const Table> table, std::shared_ptr<const ImportReport> report, const QString& sourcePath);

    std::shared_ptr<const SegmentMembership> segmentation() const { return segmentation_; }
    void setSegmentation(std::shared_ptr<const SegmentMembership> segmentation);

    // Rows the Data page should show; null = all rows.
    RowList rowFilter() const { return rowFilter_; }
    QString rowFilterLabel() const { return rowFilterLabel_; }
    void setRowFilter(const QString& label, RowList rows);
    void clearRowFilter() { setRowFilter({}, nullptr); }

    // The local history database (in the user's data folder unless overridden).
    QString historyPath() const;
    void setHistoryPath(const QString& path) { historyPath_ = path; }

    void requestPage(Page page) { emit pageRequested(page); }
    void showStatus(const QString& message, int timeoutMs = 5000) { emit statusMessage(message, timeoutMs); }

signals:
    void tableChanged();
    void segmentationChanged();
    void rowFilterChanged();
    void pageRequested(segmenta::ui::Workspace::Page page);
    void statusMessage(const QString& message, int timeoutMs);

private:
    std::shared_ptr<const Table> table_;
    std::shared_ptr<const ImportReport> report_;
    QString sourcePath_;
    std::shared_ptr<const SegmentMembership> segmentation_;
    RowList rowFilter_;
    QString rowFilterLabel_;
    QString historyPath_;
};

} // namespace segmenta::ui
