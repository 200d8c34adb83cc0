// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/data_table_model.h"

#include "ui/data/column_labels.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QGuiApplication>

#include "ui/common/display_text.h"

namespace segmenta::ui {

DataTableModel::DataTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DataTableModel::setTable(std::shared_ptr<const Table> table, RowList rows) {
    beginResetModel();
    table_ = std::move(table);
    rows_ = std::move(rows);
    endResetModel();
}

void DataTableModel::setRows(RowList rows) {
    // A reset of a million-row view costs the header real time: skip no-op ones
    // (a new table arrives with tableChanged and rowFilterChanged together).
    if (rows == rows_) return;
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

std::size_t DataTableModel::sourceRow(int viewRow) const {
    return rows_ ? std::size_t((*rows_)[std::size_t(viewRow)]) : std::size_t(viewRow);
}

int DataTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !table_) return 0;
    // QAbstractItemModel counts in int; tables beyond 2^31 rows are out of scope.
    return int(rows_ ? rows_->size() : table_->rowCount());
}

int DataTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !table_) return 0;
    return int(table_->columnCount());
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !table_) return {};
    const Column& column = table_->columns[std::size_t(index.column())];
    const std::size_t row = sourceRow(index.row());
    if (row >= column.size()) return {};
    const bool missing = column.isMissing(row);
    switch (role) {
    case Qt::DisplayRole:
        // A grey hint rather than a blank cell, so "no value" is never mistaken for "".
        // Cut, like every text from the file: a cell of a million characters would stall the view.
        return missing ? tr("missing") : DisplayText::label(column.displayText(row), DisplayText::kCellChars);
    case Qt::ToolTipRole: {
        if (missing) return tr("This cell is empty in the file, or its value did not fit the column's type.");
        const std::string& text = column.displayText(row);
        if (text.size() <= std::size_t(DisplayText::kCellChars)) return {};
        return DisplayText::label(text, DisplayText::kTooltipChars);
    }
    case Qt::ForegroundRole:
        if (missing) return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (missing) { QFont f; f.setItalic(true); return f; }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column.type) && column.type != ColumnType::Boolean && !missing)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case int(Role::IsMissing): return missing;
    case int(Role::SourceRow): return qulonglong(row);
    case int(Role::ColumnType): return int(column.type);
    default: return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!table_ || section < 0) return {};
    if (orientation == Qt::Vertical) {
        // Row numbers as in the file's data rows (1-based), also under a filter.
        if (role == Qt::DisplayRole) return qulonglong(sourceRow(section) + 1);
        return {};
    }
    if (std::size_t(section) >= table_->columnCount()) return {};
    const Column& column = table_->columns[std::size_t(section)];
    if (role == Qt::DisplayRole) return DisplayText::label(column.name);
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2").arg(DisplayText::label(column.name, DisplayText::kTooltipChars), ColumnLabels::type(column.type));
    return {};
}

} // namespace segmenta::ui
