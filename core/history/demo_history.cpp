// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's history on first start: the reference file is the training
// snapshot of "Demo segments"; each month is scored against it, so the Drift
// page shows real drift at once.
#include "core/history/demo_history.h"

#include <algorithm>
#include <filesystem>

#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "core/segment/segmentation.h"

namespace segmenta {

namespace fs = std::filesystem;

Result<bool> ensureDemoHistory(const std::string& dbPath, const std::string& demoDir, const Progress* progress) {
    auto h = History::open(dbPath);
    if (!h) return h.error();
    if (h->dataset(kDemoDatasetName)) return false;   // already there

    const fs::path dir(demoDir);
    const fs::path reference = dir / "customers.csv";
    std::vector<fs::path> months;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("customers_", 0) == 0 && e.path().extension() == ".csv") months.push_back(e.path());
    }
    if (ec || !fs::exists(reference))
        return makeError(ErrorKind::NotFound, "The demo files are missing from '" + demoDir + "'");
    std::sort(months.begin(), months.end());   // customers_2026-01.csv … sort by month

    auto source = describeFile(reference.string());
    if (!source) return source.error();
    auto ref = readCsvFile(reference.string());
    if (!ref) return ref.error();
    report(progress, 0.05, "demo");
    // Fit the segmentation first so a failure leaves no half demo behind.
    SegmentationOptions so;
    so.k = kDemoSegmentCountHint;
    so.nInit = 4;
    so.seed = 42;
    auto fit = runSegmentation(ref->table, so);
    if (!fit) return fit.error();
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Demo setup cancelled");
    report(progress, 0.3, "demo");

    auto snap = h->recordSnapshot(kDemoDatasetName, ref->table, *source);
    if (!snap) return snap.error();
    auto saved = saveModel(*h, kDemoDatasetName, kDemoModelName, fit->model, snap->id, &ref->table);
    if (!saved) return saved.error();
    ScoreOptions options;
    if (ref->table.column("churned")) options.labelColumn = "churned";
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Demo setup cancelled");
        auto src = describeFile(months[i].string());
        if (!src) return src.error();
        auto table = readCsvFile(months[i].string());
        if (!table) return table.error();
        // Label by month from the file name: customers_2026-03.csv → "2026-03".
        ScoreOptions o = options;
        const std::string stem = months[i].stem().string();
        o.label = stem.substr(std::string("customers_").size());
        auto scored = h->score(kDemoModelName, table->table, *src, o, saved->datasetId);
        if (!scored) return scored.error();
        report(progress, 0.3 + 0.7 * double(i + 1) / double(months.size()), "demo");
    }
    return true;
}

} // namespace segmenta
