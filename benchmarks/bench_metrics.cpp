// SPDX-License-Identifier: GPL-3.0-or-later
// Times computeSliceReport (every metric, overall and per slice) on a CSV already
// read into memory; bench_metrics.py runs it next to scikit-learn.
//   bench_metrics FILE --label COL --score COL --slice COL [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/io/csv_reader.h"
#include "core/metrics/slice_report.h"

using namespace segmenta;

int main(int argc, char** argv) {
    if (argc < 2) { std::fprintf(stderr, "usage: bench_metrics FILE --label C --score C --slice C [--runs N]\n"); return 2; }
    MetricsOptions o;
    int runs = 3;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--label")) o.label = argv[i + 1];
        else if (!std::strcmp(argv[i], "--score")) o.score = argv[i + 1];
        else if (!std::strcmp(argv[i], "--slice")) o.slices = {SliceDimension{SliceDimension::Kind::Column, argv[i + 1], {}}};
        else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto imported = readCsvFile(argv[1]);
    if (!imported) { std::fprintf(stderr, "%s\n", imported.error().message.c_str()); return 2; }
    const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::vector<double> times;
    Result<SliceReport> last = makeError(ErrorKind::Internal, "not run");
    for (int r = 0; r < runs; ++r) {
        const auto a = std::chrono::steady_clock::now();
        last = computeSliceReport(imported->table, o);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
        if (!last) { std::fprintf(stderr, "%s\n", last.error().message.c_str()); return 2; }
    }
    std::sort(times.begin(), times.end());
    const auto& b = *last->overall.binary;
    std::printf("{\"rows\": %zu, \"slices\": %zu, \"load_seconds\": %.6f, \"median_seconds\": %.6f, "
                "\"roc_auc\": %.17g, \"average_precision\": %.17g, \"log_loss\": %.17g, \"brier\": %.17g}\n",
                imported->table.rowCount(), last->slices.size(), load, times[times.size() / 2], *b.rocAuc.value,
                *b.averagePrecision.value, *b.logLoss.value, *b.brier.value);
    return 0;
}
