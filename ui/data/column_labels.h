// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/table/column.h"

namespace segmenta::ui {

// Plain words for column types and roles, shared by the table header, the import
// dialog and the profile panel so they never disagree.
class ColumnLabels {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::ColumnLabels)
public:
    static QString type(ColumnType type);        // "whole number", "date", …
    static QString typeTip(ColumnType type);     // one sentence on what it means
    static QString role(ColumnRole role);        // "use for segments", "ignore", …
    static QString roleTip(ColumnRole role);
};

} // namespace segmenta::ui
