// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QAbstractTableModel>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/table/table.h"

namespace segmenta::ui {

// A read-only view of a columnar Table. Cells are formatted on demand (only the
// visible ones are ever asked for), so a million rows cost nothing at load. An
// optional row list shows a subset (the Data page's segment filter) in its order.
class DataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using RowList = std::shared_ptr<const std::vector<std::uint32_t>>;

    enum class Role { IsMissing = Qt::UserRole, SourceRow, ColumnType };

    explicit DataTableModel(QObject* parent = nullptr);

    void setTable(std::shared_ptr<const Table> table, RowList rows = nullptr);
    void setRows(RowList rows);
    std::shared_ptr<const Table> table() const { return table_; }

    // The table row shown at `viewRow` (differs from viewRow under a filter).
    std::size_t sourceRow(int viewRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Table> table_;
    RowList rows_;
};

} // namespace segmenta::ui
