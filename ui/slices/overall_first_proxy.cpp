// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/overall_first_proxy.h"

#include "ui/slices/slice_table_model.h"

namespace segmenta::ui {

bool OverallFirstProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool leftOverall = left.data(SliceTableModel::kSliceRole).toInt() < 0;
    const bool rightOverall = right.data(SliceTableModel::kSliceRole).toInt() < 0;
    // A descending sort puts first what compares greater, so the overall line must then compare greater.
    if (leftOverall != rightOverall) return sortOrder() == Qt::AscendingOrder ? leftOverall : rightOverall;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace segmenta::ui
