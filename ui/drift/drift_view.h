// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>
#include <cstdint>
#include <limits>
#include <vector>

namespace segmenta::ui {

// Plain data the Drift page's widgets draw. It is filled on a worker thread from
// the history database (drift_history_loader.*) and handed to the GUI thread as an
// immutable value, so the widgets never touch SQLite. NaN means "does not apply"
// and is shown as "—" with a reason, never as "nan".
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

enum class SnapshotStatus { Ok, Warning, Drift, Unknown };

// Which snapshot each month is compared with.
enum class DriftReference { Training, Previous };

struct ColumnDriftView {
    QString column;
    bool categorical = false;
    bool compared = true;      // false: the column is missing in one of the two months
    bool judged = true;        // false: "too few rows to judge"
    bool drifted = false;
    double effect = kNoValue;  // the effect size the verdict looks at
    QString effectName;        // "normalised Wasserstein distance", "Jensen–Shannon distance", …
    double ksStatistic = kNoValue;
    double ksPValue = kNoValue;
    double wassersteinNormed = kNoValue;
    double psi = kNoValue;
    double jsDistance = kNoValue;
    double chi2Statistic = kNoValue;
    double chi2PValue = kNoValue;
    double missingShareRef = kNoValue;
    double missingShareCur = kNoValue;
    QStringList unseenCategories;  // in the current snapshot but not in the reference
    QString reason;                // one sentence in words, when there is one
};

struct SnapshotView {
    std::int64_t id = 0;
    QString label;             // short, for axes: "2026-03"
    QString asOf;              // the as-of date as recorded
    QString sourceName;        // the file it came from
    std::int64_t rows = 0;
    SnapshotStatus status = SnapshotStatus::Unknown;
    bool resegmentSuggested = false;
    bool isTraining = false;   // the selected model was trained on this snapshot
    bool isReference = false;  // nothing to compare with (the first / the training one)
    std::int64_t referenceId = 0;  // the snapshot it was compared with (0: none)
    QString comparedWith;      // label of the snapshot it was compared with
    QStringList reasons;       // the alert's reasons in words
    std::vector<ColumnDriftView> columns;  // one per HistoryView::features, same order
    std::vector<double> segmentShares;     // one per segment; empty when not scored
    double meanDistance = kNoValue;        // mean distance to the nearest centroid
    double segmentSharePsi = kNoValue;
    std::vector<double> outcomeRates;      // one per segment; empty when there is no label
};

struct ModelView {
    std::int64_t id = 0;
    QString name;
    QString trainedOn;   // snapshot label
    int version = 1;
    QString createdAt;             // ISO 8601 UTC
    QStringList segmentNames;      // in the user's language where automatic
    std::vector<double> segmentShares;   // share of the training month's rows per segment
};

struct DatasetView {
    std::int64_t id = 0;
    QString name;
    int snapshotCount = 0;
    std::vector<ModelView> models;
};

struct HistoryView {
    QString dataset;
    QString model;             // empty: no model chosen / none saved
    DriftReference reference = DriftReference::Training;
    QStringList features;      // heatmap rows
    QStringList segmentNames;  // share chart series
    QString outcomeName;       // empty when the data has no label
    double trainingMeanDistance = kNoValue;
    std::vector<SnapshotView> snapshots;  // oldest first

    int indexOf(std::int64_t snapshotId) const {
        for (std::size_t i = 0; i < snapshots.size(); ++i)
            if (snapshots[i].id == snapshotId) return int(i);
        return -1;
    }
};

// One column's reference and current distributions, for the overlay.
struct DistributionView {
    QString column;
    bool categorical = false;
    QString referenceLabel;
    QString currentLabel;
    std::vector<double> edges;        // numeric: bin edges, size = shares + 1
    QStringList categories;           // categorical: bar labels
    std::vector<double> referenceShares;
    std::vector<double> currentShares;
    ColumnDriftView metrics;
    QString note;                     // why there is nothing to draw, when empty
};

// Any two months side by side: B against A.
struct ComparisonView {
    std::int64_t firstId = 0;
    std::int64_t secondId = 0;
    QString firstLabel;
    QString secondLabel;
    std::vector<ColumnDriftView> columns;
    int testedColumns = 0;
    int driftedColumns = 0;
    bool datasetDrift = false;
    QStringList reasons;
};

} // namespace segmenta::ui
