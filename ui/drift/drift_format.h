// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "ui/drift/drift_view.h"

namespace segmenta::ui {

// Words, numbers and colours the Drift page's widgets share, so that the same
// metric reads the same in the heatmap, the overlay, the comparison and the report.
class DriftFormat {
    Q_DECLARE_TR_FUNCTIONS(DriftFormat)
public:
    // A number with `decimals` places, or "—" for NaN/infinity (never "nan").
    static QString number(double value, int decimals = 3);
    // A p-value: "< 0.001" for tiny ones, "—" when it does not apply.
    static QString pValue(double value);
    // A share as a percentage: "12.5 %".
    static QString percent(double share, int decimals = 1);
    // Why a value is missing, for the "—" tooltip.
    static QString noValueReason();

    static QString statusText(SnapshotStatus status);
    static QColor statusColor(SnapshotStatus status);
    // What the status means, naming the month it was compared with when known.
    static QString statusExplanation(SnapshotStatus status, const QString& comparedWith = {});

    // Heatmap colour of an effect size: white (no change) → amber → red (0.1 = the
    // default drift threshold sits in the middle of the scale). Grey for "not judged".
    static QColor effectColor(double effect, bool judged);

    // "Drifted", "Stable", "Too few rows to judge".
    static QString verdictText(const ColumnDriftView& c);

    // Plain-word explanations for tooltips.
    static QString explainKs();
    static QString explainKsP();
    static QString explainPsi();
    static QString explainJs();
    static QString explainWasserstein();
    static QString explainChi2();
    static QString explainChi2P();
    static QString explainMissing();
    static QString explainEffect();
};

} // namespace segmenta::ui
