// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSortFilterProxyModel>

namespace segmenta::ui {

// Sorts the slices table but keeps the "All rows" line on top in either order:
// it is the yardstick every slice is read against, not one of the slices.
class OverallFirstProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace segmenta::ui
