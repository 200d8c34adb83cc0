// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_format.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace segmenta::ui {

QString DriftFormat::number(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);   // "0,123" in German
}

QString DriftFormat::pValue(double value) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    if (value < 0.001) return QStringLiteral("< ") + QLocale().toString(0.001, 'f', 3);
    return QLocale().toString(value, 'f', 3);
}

QString DriftFormat::percent(double share, int decimals) {
    if (!std::isfinite(share)) return QStringLiteral("—");
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString DriftFormat::noValueReason() {
    return tr("— means this number does not apply here (for example a p-value of a test that was not run "
              "for this kind of column, or a month with nothing to compare with).");
}

QString DriftFormat::statusText(SnapshotStatus status) {
    switch (status) {
    case SnapshotStatus::Ok: return tr("OK");
    case SnapshotStatus::Warning: return tr("Warning");
    case SnapshotStatus::Drift: return tr("Drift");
    case SnapshotStatus::Unknown: break;
    }
    return tr("Reference");
}

QColor DriftFormat::statusColor(SnapshotStatus status) {
    switch (status) {
    case SnapshotStatus::Ok: return QColor(0x2e, 0x7d, 0x32);
    case SnapshotStatus::Warning: return QColor(0xef, 0x8f, 0x00);
    case SnapshotStatus::Drift: return QColor(0xc6, 0x28, 0x28);
    case SnapshotStatus::Unknown: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString DriftFormat::statusExplanation(SnapshotStatus status, const QString& comparedWith) {
    const bool named = !comparedWith.isEmpty();
    switch (status) {
    case SnapshotStatus::Ok:
        return named ? tr("Nothing important changed compared with %1.").arg(comparedWith)
                     : tr("Nothing important changed compared with the reference month.");
    case SnapshotStatus::Warning:
        return named ? tr("Some columns changed since %1; worth a look, but most of the data is as before.").arg(comparedWith)
                     : tr("Some columns changed; worth a look, but most of the data is as before.");
    case SnapshotStatus::Drift:
        return named ? tr("At least half of the checked columns changed: the data is no longer like %1.").arg(comparedWith)
                     : tr("At least half of the checked columns changed: the data is no longer like the reference.");
    case SnapshotStatus::Unknown: break;
    }
    return tr("This is the month the others are compared with.");
}

QColor DriftFormat::effectColor(double effect, bool judged) {
    if (!judged || !std::isfinite(effect)) return QColor(0xe0, 0xe0, 0xe0);
    // 0 → white, 0.1 → amber, ≥ 0.3 → deep red. Effect sizes are unbounded (normalised
    // Wasserstein) or bounded by ~0.83 (JS distance); saturating keeps the scale readable.
    const double t = std::clamp(effect / 0.3, 0.0, 1.0);
    const QColor a(0xff, 0xff, 0xff), b(0xff, 0xb3, 0x00), c(0xb7, 0x1c, 0x1c);
    auto mix = [](const QColor& x, const QColor& y, double u) {
        return QColor(int(x.red() + (y.red() - x.red()) * u), int(x.green() + (y.green() - x.green()) * u),
                      int(x.blue() + (y.blue() - x.blue()) * u));
    };
    return t < 1.0 / 3.0 ? mix(a, b, t * 3.0) : mix(b, c, (t - 1.0 / 3.0) * 1.5);
}

QString DriftFormat::verdictText(const ColumnDriftView& c) {
    if (!c.judged) return tr("Too few rows to judge");
    return c.drifted ? tr("Drifted") : tr("Stable");
}

QString DriftFormat::explainKs() {
    return tr("Kolmogorov–Smirnov statistic: the largest gap between the two months' running totals "
              "(0 = identical, 1 = no overlap at all).");
}
QString DriftFormat::explainKsP() {
    return tr("Kolmogorov–Smirnov p-value: how likely a gap this large is by chance alone. Below 0.05 usually "
              "means a real change — but with many rows even tiny changes get small p-values.");
}
QString DriftFormat::explainPsi() {
    return tr("Population Stability Index: how much the rows moved between bands of values. Rule of thumb: "
              "under 0.1 little change, 0.1–0.25 some change, above 0.25 a big change.");
}
QString DriftFormat::explainJs() {
    return tr("Jensen–Shannon distance: how different the two months' shapes are, from 0 (the same) to about "
              "0.83 (nothing in common). 0.1 or more counts as drift for large samples.");
}
QString DriftFormat::explainWasserstein() {
    return tr("Normalised Wasserstein distance: how far, on average, values had to move to turn last month into "
              "this month, measured in standard deviations of the reference. 0.1 or more counts as drift.");
}
QString DriftFormat::explainChi2() {
    return tr("Chi-square statistic: how far the category counts are from what you'd expect if nothing had "
              "changed. Bigger means more change.");
}
QString DriftFormat::explainChi2P() {
    return tr("Chi-square p-value: how likely such different category counts are by chance alone. Below 0.05 "
              "usually means a real change.");
}
QString DriftFormat::explainMissing() {
    return tr("Share of empty cells in this column. A change of 5 percentage points or more counts as drift "
              "on its own: a form field or an export may have changed.");
}
QString DriftFormat::explainEffect() {
    return tr("Effect size: how big the change is, whatever the number of rows. The verdict beside it says "
              "whether the change is large enough to count as drift.");
}

} // namespace segmenta::ui
