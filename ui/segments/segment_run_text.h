// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/prep/feature_prep.h"
#include "core/segment/segmentation.h"

namespace segmenta::ui {

// What the engine says about a run, in the user's language from its codes and
// numbers (FeatureChoice::reasonCode, SegmentationResult::noteParts, the fitted
// pipeline) instead of its English sentences (`reason`, `log1pReason`, `notes`).
class SegmentRunText {
    Q_DECLARE_TR_FUNCTIONS(SegmentRunText)
public:
    // Why a column is (not) a default feature: "“customer_id” identifies each row, …".
    static QString choiceReason(const FeatureChoice& choice);
    // Why log1p is suggested (empty unless choice.suggestLog1p).
    static QString log1pReason(const FeatureChoice& choice);
    // The feature list's tooltip: the reason, then the log1p suggestion.
    static QString choiceTooltip(const FeatureChoice& choice);
    // The run's notes as sentences: mini-batch, compressed columns, sampled separation.
    static QStringList notes(const SegmentationResult& result);
};

} // namespace segmenta::ui
