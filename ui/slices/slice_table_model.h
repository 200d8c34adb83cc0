// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "core/metrics/slice_report.h"
#include "ui/slices/slice_metrics.h"

namespace segmenta::ui {

// One row per slice plus a last "All rows" row; columns: the slice's name, the
// metrics available for the report, and whether it is worse than the rest.
// Sort with a QSortFilterProxyModel on kSortRole (numbers, not text).
class SliceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kSliceRole = Qt::UserRole + 2;   // slice index, −1 for "All rows"

    explicit SliceTableModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const SliceReport> report);
    std::shared_ptr<const SliceReport> report() const { return report_; }
    const std::vector<SliceMetric>& metrics() const { return metrics_; }
    int flagColumn() const { return 1 + int(metrics_.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The slice a row shows (−1 = all rows).
    int sliceOfRow(int row) const;
    const SliceStats& statsOfRow(int row) const;

    // The table as text cells (header first), for CSV export.
    std::vector<std::vector<QString>> cells() const;

private:
    QVariant flagData(const SliceStats& s, int role) const;
    QVariant metricData(const SliceStats& s, SliceMetric m, int role) const;
    QString flagText(const SliceStats& s) const;

    std::shared_ptr<const SliceReport> report_;
    std::vector<SliceMetric> metrics_;
};

} // namespace segmenta::ui
