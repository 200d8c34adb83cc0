// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

namespace segmenta::ui {

// Where the loaded table's bytes came from: the fingerprint (name, size, SHA-256)
// of the bytes its import read, and the file's modification time just before it
// was read. Recording in the history uses this, not the file as it is later on
// disk, and compares `modified` to tell the user when the file has changed since.
struct TableSource {
    SnapshotSource fingerprint;
    QDateTime modified;
};

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
    // `source` goes with the table: any other table (the demo made in memory, a
    // table built by a page) is set without one, which clears the previous one.
    void setTable(std::shared_ptr<const Table> table, std::shared_ptr<const ImportReport> report, const QString& sourcePath,
                  std::optional<TableSource> source = std::nullopt);
    // The fingerprint of the bytes the loaded table was imported from; none when it
    // did not come from CsvImporter (or nothing is loaded).
    const std::optional<TableSource>& tableSource() const { return tableSource_; }

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
    std::optional<TableSource> tableSource_;
    std::shared_ptr<const SegmentMembership> segmentation_;
    RowList rowFilter_;
    QString rowFilterLabel_;
    QString historyPath_;
};

} // namespace segmenta::ui
