// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

#include "core/history/history.h"

class QWidget;

namespace segmenta::ui {

// What to do when a month being recorded or scored is already in the history
// (same label or same as-of date).
enum class SameMonthChoice { Ask, Replace, KeepBoth };

class SameMonth {
    Q_DECLARE_TR_FUNCTIONS(SameMonth)
public:
    // Opens the question "replace / keep both / cancel" without blocking the window;
    // `answer` is called with Replace or KeepBoth, not at all on Cancel.
    static void ask(QWidget* parent, const QString& dataset, const QString& label,
                    const std::vector<SnapshotInfo>& existing, std::function<void(SameMonthChoice)> answer);
    // Deletes the months the new one replaces (`newId` itself is never deleted).
    // A month a model was built on stays: the returned sentences say which and why.
    static QStringList replace(History& history, const std::vector<SnapshotInfo>& old, std::int64_t newId);
};

} // namespace segmenta::ui
