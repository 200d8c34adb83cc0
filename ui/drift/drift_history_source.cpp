// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_history_source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/demo/demo_generator.h"
#include "core/history/demo_history.h"
#include "core/history/history.h"
#include "core/segment/segment_model.h"
#include "ui/drift/distribution_bins.h"
#include "ui/drift/drift_reason_text.h"
#include "ui/drift/drift_view_convert.h"
#include "ui/drift/model_segment_names.h"

namespace segmenta::ui::drift_source {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

Result<History> openReadOnly(const QString& dbPath) {
    History::OpenOptions options;
    options.readOnly = true;
    options.busyTimeoutMs = 2000;
    return History::open(dbPath.toStdString(), options);
}

bool looksLikeDemoDir(const QString& dir) {
    return !dir.isEmpty() && QFileInfo::exists(dir + QStringLiteral("/customers_2026-01.csv"));
}

// The model the page shows: the one asked for, else the most recently saved.
const ModelInfo* pickModel(const std::vector<ModelInfo>& models, std::int64_t modelId) {
    const ModelInfo* best = nullptr;
    for (const ModelInfo& m : models) {
        if (modelId != 0 && m.id == modelId) return &m;
        if (!best || m.id > best->id) best = &m;
    }
    return best;
}

void addScoring(SnapshotView& view, const ScoringInfo& s, std::size_t segments) {
    if (s.shares.size() == segments) view.segmentShares = s.shares;
    view.meanDistance = s.meanDistance;
    view.segmentSharePsi = s.sharePsi.value_or(kNoValue);
    if (s.labelColumn && s.outcomeRates.size() == segments) {
        view.outcomeRates.clear();
        for (const auto& r : s.outcomeRates) view.outcomeRates.push_back(r.value_or(kNoValue));
    }
}

} // namespace

QString defaultDemoDirectory() {
    const QString env = qEnvironmentVariable("SEGMENTA_DEMO_DIR");
    if (looksLikeDemoDir(env)) return env;
    // Installed (share/segmenta/demo), run from the build tree, or a portable folder.
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString& rel : {QStringLiteral("/../share/segmenta/demo"), QStringLiteral("/demo"),
                               QStringLiteral("/../resources/demo"), QStringLiteral("/../../resources/demo"),
                               QStringLiteral("/../../../resources/demo")}) {
        const QString dir = QDir::cleanPath(app + rel);
        if (looksLikeDemoDir(dir)) return dir;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

Result<bool> ensureDemo(const QString& dbPath, const QString& demoDir, const Progress* progress) {
    const QString dir = demoDir.isEmpty() ? defaultDemoDirectory() : demoDir;
    if (!looksLikeDemoDir(dir)) {
        // No bundled demo files: generate the same deterministic files once.
        auto written = writeDemoFiles(dir.toStdString(), DemoFilesOptions{}, progress);
        if (!written) return written.error();
    }
    return ensureDemoHistory(dbPath.toStdString(), dir.toStdString(), progress);
}

Result<std::vector<DatasetView>> listDatasets(const QString& dbPath) {
    auto db = openReadOnly(dbPath);
    if (!db) return db.error();
    auto datasets = db->datasets();
    if (!datasets) return datasets.error();
    std::vector<DatasetView> out;
    for (const DatasetInfo& d : *datasets) {
        DatasetView v{d.id, q(d.name), d.snapshotCount, {}};
        auto models = db->models(d.id);
        if (!models) return models.error();
        for (const ModelInfo& m : *models) {
            auto trained = db->snapshot(m.trainedOnSnapshotId);
            ModelView view{m.id, q(m.name), trained ? q(trained->label) : QString(), m.version, q(m.createdAt),
                           modelSegmentNames(m), {}};
            if (auto parsed = modelFromJson(m.json)) view.segmentShares = parsed->trainingShares;
            v.models.push_back(std::move(view));
        }
        // Newest model first: it is the default choice.
        std::sort(v.models.begin(), v.models.end(), [](const ModelView& a, const ModelView& b) { return a.id > b.id; });
        out.push_back(std::move(v));
    }
    return out;
}

Result<HistoryView> loadHistory(const QString& dbPath, std::int64_t datasetId, std::int64_t modelId,
                                DriftReference reference, const Progress* progress) {
    auto db = openReadOnly(dbPath);
    if (!db) return db.error();
    auto models = db->models(datasetId);
    if (!models) return models.error();
    const ModelInfo* model = pickModel(*models, modelId);
    report(progress, 0.2, "drift");
    // Without a model "training" has no meaning: fall back to the previous month.
    const ReferenceMode mode = reference == DriftReference::Training && model ? ReferenceMode::Training
                                                                              : ReferenceMode::Previous;
    // The overview shows sizes of change and verdicts; the exact KS p-values the
    // verdicts do not need are computed only for the cell the user opens.
    auto matrix = db->driftMatrix(datasetId, mode, model ? model->id : 0, SummaryPValues::OnlyForVerdict);
    if (!matrix) return matrix.error();
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Cancelled.");
    report(progress, 0.7, "segments");
    std::map<std::int64_t, ScoringInfo> scorings;
    if (model) {
        auto list = db->scorings(model->id);
        if (!list) return list.error();
        for (ScoringInfo& s : *list) scorings[s.snapshotId] = std::move(s);
    }

    HistoryView view;
    view.reference = mode == ReferenceMode::Training ? DriftReference::Training : DriftReference::Previous;
    for (const std::string& c : matrix->columns) view.features << q(c);
    if (model) {
        view.model = q(model->name);
        view.segmentNames = modelSegmentNames(*model);
        renameSegmentsInReasons(*matrix, *model, view.segmentNames);
        if (auto it = scorings.find(model->trainedOnSnapshotId); it != scorings.end())
            view.trainingMeanDistance = it->second.meanDistance;
    }
    for (std::size_t s = 0; s < matrix->snapshots.size(); ++s) {
        SnapshotView sv = convertSnapshot(*matrix, s, model ? model->trainedOnSnapshotId : 0);
        if (auto it = scorings.find(sv.id); it != scorings.end()) {
            addScoring(sv, it->second, std::size_t(view.segmentNames.size()));
            if (view.outcomeName.isEmpty() && it->second.labelColumn) view.outcomeName = q(*it->second.labelColumn);
            addResegmentReasons(sv, it->second);
        }
        view.snapshots.push_back(std::move(sv));
    }
    report(progress, 1.0);
    return view;
}

Result<DistributionView> loadDistribution(const QString& dbPath, std::int64_t referenceId, std::int64_t currentId,
                                          const QString& column) {
    auto db = openReadOnly(dbPath);
    if (!db) return db.error();
    auto ref = db->snapshot(referenceId);
    if (!ref) return ref.error();
    auto cur = db->snapshot(currentId);
    if (!cur) return cur.error();
    auto refSummaries = db->summaries(referenceId);
    if (!refSummaries) return refSummaries.error();
    auto curSummaries = db->summaries(currentId);
    if (!curSummaries) return curSummaries.error();
    auto thresholds = db->thresholds(ref->datasetId);
    if (!thresholds) return thresholds.error();

    const std::string name = column.toStdString();
    auto find = [&](const std::vector<ColumnSummary>& all) -> const ColumnSummary* {
        for (const ColumnSummary& c : all)
            if (c.name == name) return &c;
        return nullptr;
    };
    DistributionView view;
    view.column = column;
    view.referenceLabel = q(ref->label);
    view.currentLabel = q(cur->label);
    const ColumnSummary* a = find(*refSummaries);
    const ColumnSummary* b = find(*curSummaries);
    if (!a || !b) {
        view.metrics.column = column;
        view.metrics.compared = false;
        view.note = QCoreApplication::translate("DriftPage", "“%1” is not in both months, so they cannot be compared.").arg(column);
        return view;
    }
    if (auto drift = driftFromSummaries(*a, *b, thresholds->drift)) view.metrics = convertColumn(*drift);
    fillDistribution(view, *a, *b);
    return view;
}

Result<ComparisonView> compare(const QString& dbPath, std::int64_t firstId, std::int64_t secondId) {
    auto db = openReadOnly(dbPath);
    if (!db) return db.error();
    auto a = db->snapshot(firstId);
    if (!a) return a.error();
    auto b = db->snapshot(secondId);
    if (!b) return b.error();
    // The comparison table shows the KS statistic, not its p-value: skip the exact
    // p-values the verdicts do not need (O(n·m) each for samples up to 10,000).
    auto drift = db->drift(firstId, secondId, SummaryPValues::OnlyForVerdict);
    if (!drift) return drift.error();
    ComparisonView view;
    view.firstId = firstId;
    view.secondId = secondId;
    view.firstLabel = q(a->label);
    view.secondLabel = q(b->label);
    for (const ColumnDrift& c : drift->columns) view.columns.push_back(convertColumn(c));
    view.testedColumns = drift->testedColumns;
    view.driftedColumns = drift->driftedColumns;
    view.datasetDrift = drift->datasetDrift;
    view.reasons = DriftReasonText::lines(drift->reasonLines);
    return view;
}

} // namespace segmenta::ui::drift_source
