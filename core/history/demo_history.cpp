// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's history on first start: the reference file is the training
// snapshot of "Demo segments"; each month is scored against it, so the Drift
// page shows real drift at once.
#include "core/history/demo_history.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "core/segment/segmentation.h"

namespace segmenta {

namespace fs = std::filesystem;

namespace {

std::string monthLabel(const fs::path& file) {   // customers_2026-03.csv → "2026-03"
    return file.stem().string().substr(std::string("customers_").size());
}

// What an earlier, interrupted first start (Cancel, or the app closed half way)
// already recorded, so the next start resumes instead of leaving the demo half done.
struct DemoProgressSoFar {
    std::optional<ModelInfo> model;
    std::optional<std::int64_t> trainingSnapshot;
    std::set<std::string> labels;
};

DemoProgressSoFar demoSoFar(History& h) {
    DemoProgressSoFar so;
    auto ds = h.dataset(kDemoDatasetName);
    if (!ds) return so;
    if (auto snaps = h.snapshots(ds->id); snaps && !snaps->empty()) {
        so.trainingSnapshot = snaps->front().id;
        for (const auto& s : *snaps) so.labels.insert(s.label);
    }
    if (auto m = h.model(kDemoModelName, ds->id)) so.model = *m;
    return so;
}

} // namespace

Result<bool> ensureDemoHistory(const std::string& dbPath, const std::string& demoDir, const Progress* progress) {
    auto h = History::open(dbPath);
    if (!h) return h.error();

    const fs::path dir(demoDir);
    const fs::path reference = dir / "customers.csv";
    std::vector<fs::path> months;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("customers_", 0) == 0 && e.path().extension() == ".csv") months.push_back(e.path());
    }
    std::sort(months.begin(), months.end());   // customers_2026-01.csv … sort by month

    DemoProgressSoFar so = demoSoFar(*h);
    const bool complete = so.model && std::all_of(months.begin(), months.end(), [&](const fs::path& m) {
        return so.labels.count(monthLabel(m)) > 0;
    });
    if (so.trainingSnapshot && complete) return false;   // already there
    if (ec || !fs::exists(reference))
        return makeError(ErrorKind::NotFound, "The demo files are missing from '" + demoDir + "'");

    if (!so.model) {
        auto source = describeFile(reference.string());
        if (!source) return source.error();
        auto ref = readCsvFile(reference.string());
        if (!ref) return ref.error();
        report(progress, 0.05, "demo");
        // Fit the segmentation first so a failure leaves no half demo behind.
        SegmentationOptions fitOptions;
        fitOptions.k = kDemoSegmentCountHint;
        fitOptions.nInit = 4;
        fitOptions.seed = 42;
        auto fit = runSegmentation(ref->table, fitOptions);
        if (!fit) return fit.error();
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Demo setup cancelled");
        report(progress, 0.3, "demo");

        if (!so.trainingSnapshot) {
            auto snap = h->recordSnapshot(kDemoDatasetName, ref->table, *source);
            if (!snap) return snap.error();
            so.trainingSnapshot = snap->id;
        }
        auto saved = saveModel(*h, kDemoDatasetName, kDemoModelName, fit->model, *so.trainingSnapshot, &ref->table);
        if (!saved) return saved.error();
        so.model = *saved;
    }
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Demo setup cancelled");
        ScoreOptions o;
        o.label = monthLabel(months[i]);
        if (so.labels.count(o.label)) continue;   // recorded by an earlier, interrupted start
        auto src = describeFile(months[i].string());
        if (!src) return src.error();
        auto table = readCsvFile(months[i].string());
        if (!table) return table.error();
        if (table->table.column("churned")) o.labelColumn = "churned";   // charted as the outcome rate per segment
        auto scored = h->score(kDemoModelName, table->table, *src, o, so.model->datasetId);
        if (!scored) return scored.error();
        report(progress, 0.3 + 0.7 * double(i + 1) / double(months.size()), "demo");
    }
    return true;
}

} // namespace segmenta
