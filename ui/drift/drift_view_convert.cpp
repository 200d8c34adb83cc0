// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_view_convert.h"

#include <QCoreApplication>
#include <cmath>

#include "core/history/history.h"
#include "ui/drift/drift_format.h"
#include "ui/drift/drift_reason_text.h"

namespace segmenta::ui {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
// The context of this file's words in the translation files.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DriftViewConvert)
};
double val(const std::optional<double>& v) { return v && std::isfinite(*v) ? *v : kNoValue; }

SnapshotStatus derivedStatus(const std::optional<DatasetDrift>& d) {
    if (!d) return SnapshotStatus::Unknown;
    if (d->datasetDrift) return SnapshotStatus::Drift;
    return d->driftedColumns > 0 ? SnapshotStatus::Warning : SnapshotStatus::Ok;
}

SnapshotStatus fromCore(segmenta::SnapshotStatus s) {
    switch (s) {
    case segmenta::SnapshotStatus::Ok: return SnapshotStatus::Ok;
    case segmenta::SnapshotStatus::Warning: return SnapshotStatus::Warning;
    case segmenta::SnapshotStatus::Drift: return SnapshotStatus::Drift;
    }
    return SnapshotStatus::Unknown;
}

} // namespace

ColumnDriftView convertColumn(const ColumnDrift& d) {
    ColumnDriftView v;
    v.column = q(d.name);
    v.categorical = d.kind == DriftKind::Categorical;
    v.judged = d.verdict != DriftVerdict::TooFewRows;
    v.drifted = d.drifted;
    v.ksStatistic = val(d.ksStatistic);
    v.ksPValue = val(d.ksPValue);
    v.wassersteinNormed = val(d.wassersteinNormed);
    v.psi = val(d.psi);
    v.jsDistance = val(d.jsDistance);
    v.chi2Statistic = val(d.chi2Statistic);
    v.chi2PValue = val(d.chi2PValue);
    v.missingShareRef = d.missingShareRef;
    v.missingShareCur = d.missingShareCur;
    // The effect size shown beside every verdict: a size of change that does not
    // grow with the number of rows (unlike p-values).
    v.effect = v.categorical ? v.jsDistance : v.wassersteinNormed;
    v.effectName = v.categorical ? Text::tr("Jensen–Shannon distance") : Text::tr("Normalised Wasserstein distance");
    if (!std::isfinite(v.effect)) v.effect = std::isfinite(v.psi) ? v.psi : kNoValue;
    for (std::size_t i = 0; i < d.unseenCategories.size(); ++i) {
        QString name = q(d.unseenCategories[i]);
        if (i < d.unseenCounts.size()) name += QStringLiteral(" (%1)").arg(d.unseenCounts[i]);
        v.unseenCategories << name;
    }
    v.reason = DriftReasonText::line(d.reasonParts);
    if (v.reason.isEmpty() && d.missingDrift)
        v.reason = Text::tr("Empty cells went from %1 to %2.").arg(DriftFormat::percent(d.missingShareRef), DriftFormat::percent(d.missingShareCur));
    return v;
}

SnapshotView convertSnapshot(const DriftMatrix& m, std::size_t index, std::int64_t trainedOn) {
    const SnapshotInfo& info = m.snapshots[index];
    SnapshotView v;
    v.id = info.id;
    v.label = q(info.label);
    v.asOf = q(info.asOf);
    v.sourceName = q(info.fileName);
    v.rows = info.rows;
    v.isTraining = trainedOn != 0 && info.id == trainedOn;
    const std::optional<std::int64_t> ref = index < m.referenceIds.size() ? m.referenceIds[index] : std::nullopt;
    v.isReference = !ref.has_value();
    v.referenceId = ref.value_or(0);
    for (const SnapshotInfo& other : m.snapshots)
        if (ref && other.id == *ref) v.comparedWith = q(other.label);

    const auto& row = index < m.cells.size() ? m.cells[index] : std::vector<std::optional<ColumnDrift>>{};
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        if (c < row.size() && row[c]) {
            v.columns.push_back(convertColumn(*row[c]));
        } else {
            ColumnDriftView missing;
            missing.column = q(m.columns[c]);
            missing.compared = false;
            missing.judged = false;
            missing.reason = v.isReference ? Text::tr("This is the reference month.")
                                           : Text::tr("This column is not in both months, so it was not compared.");
            v.columns.push_back(std::move(missing));
        }
    }
    if (v.isReference) return v;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"   // GCC 12 false positive on optional == optional at -O3
    const bool sameReference = info.referenceId == ref;
#pragma GCC diagnostic pop
    if (sameReference) {
        v.status = fromCore(info.status);
        v.reasons = DriftReasonText::lines(info.reasonLines);
        v.resegmentSuggested = info.resegmentSuggested;
    } else {
        const auto& dd = index < m.datasetDrift.size() ? m.datasetDrift[index] : std::nullopt;
        v.status = derivedStatus(dd);
        if (dd) v.reasons = DriftReasonText::lines(dd->reasonLines);
    }
    return v;
}

void addResegmentReasons(SnapshotView& v, const ScoringInfo& s) {
    if (!s.resegmentSuggested || v.isTraining) return;
    const bool known = v.resegmentSuggested;
    v.resegmentSuggested = true;
    if (known) return;  // the history's reasons already say why
    if (s.sharePsi && std::isfinite(*s.sharePsi))
        v.reasons << Text::tr("The segment sizes changed (segment-share PSI %1).").arg(DriftFormat::number(*s.sharePsi, 2));
    if (s.qualityDecay && std::isfinite(*s.qualityDecay) && *s.qualityDecay > 0)
        v.reasons << Text::tr("Customers sit %1 further from their segment centres than in the training month.")
                         .arg(DriftFormat::percent(*s.qualityDecay, 0));
}

} // namespace segmenta::ui
