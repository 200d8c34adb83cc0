// SPDX-License-Identifier: GPL-3.0-or-later
// Times exact drift between two CSV files (13 columns × 1,000,000 rows each in
// the standard run), and recording a snapshot against importing the file.
//   bench_drift --gen DIR ROWS          writes DIR/ref.csv and DIR/cur.csv
//   bench_drift --drift REF CUR RUNS    prints one line "drift_seconds <median>"
//   bench_drift --record FILE RUNS      prints "import_seconds", "record_seconds" (what recording adds) and a breakdown
//   bench_drift --summaries FILE RUNS   CPU milliseconds of each column's summary on one thread
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <vector>

#include "core/common/random.h"
#include "core/drift/column_summary.h"
#include "core/drift/drift.h"
#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/history/sha256.h"
#include "core/io/csv_reader.h"

using namespace segmenta;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// 10 numeric columns (normal, lognormal, integer counts, shares) and 3
// categorical; the current file shifts a few of them.
void writeFile(const std::string& path, std::size_t rows, bool current, std::uint64_t seed) {
    Random rng(seed);
    std::ofstream out(path);
    out << "age,revenue,orders,basket,tenure,visits,discount,returns,score,distance,channel,country,plan\n";
    const char* channels[] = {"web", "store", "phone", "social"};
    const char* countries[] = {"DE", "FR", "GB", "US", "ES", "IT"};
    const char* plans[] = {"free", "basic", "pro"};
    const double s = current ? 1.0 : 0.0;
    char line[512];
    for (std::size_t i = 0; i < rows; ++i) {
        const double age = std::round(40 + 12 * rng.normal() - 2 * s);
        const double revenue = std::exp(4 + 0.8 * rng.normal() + 0.1 * s);
        const double orders = std::floor(std::exp(1.2 + 0.6 * rng.normal()));
        const double basket = 20 + 15 * rng.uniform() + 3 * s * rng.uniform();
        const double tenure = std::floor(-400 * std::log(rng.uniform() + 1e-12));
        const double visits = std::floor(std::fabs(6 + 4 * rng.normal()));
        const double discount = rng.uniform() * (0.3 + 0.05 * s);
        const double returns = rng.uniform() < 0.8 ? 0.0 : rng.uniform();
        const double score = 1 / (1 + std::exp(-rng.normal() - 0.2 * s));
        const double distance = std::fabs(rng.normal()) * 10;
        const char* ch = channels[rng.below(current ? 4 : 3)];
        const char* co = countries[rng.below(6)];
        const char* pl = plans[rng.below(3)];
        std::snprintf(line, sizeof line, "%.0f,%.2f,%.0f,%.2f,%.0f,%.0f,%.4f,%.4f,%.5f,%.4f,%s,%s,%s\n", age, revenue,
                      orders, basket, tenure, visits, discount, returns, score, distance, ch, co, pl);
        out << line;
    }
}

// Recording as `segmenta-cli record` does it: the history is opened on a thread
// and the SHA-256 taken of the bytes the import read (ImportFingerprint), both
// while the file is imported; then the column summaries are computed (in
// parallel) and written in one transaction, and the history closed. "record_seconds" is what that adds to
// importing alone (medians of RUNS each); the other lines break the cost down
// when each step runs on its own.
int benchRecord(const std::string& file, int runs) {
    const std::string db = (std::filesystem::temp_directory_path() / "segmenta_bench_drift.sqlite").string();
    auto fresh = [&db] {
        for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
    };
    auto cpu = [] { return double(std::clock()) / CLOCKS_PER_SEC; };
    std::vector<double> imp, total, sha, open, store, close, impCpu, totalCpu, storeCpu;
    auto t0 = readCsvFile(file);
    if (!t0) return 2;
    for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        double c0 = cpu();
        auto t = readCsvFile(file);
        imp.push_back(seconds(start));
        impCpu.push_back(cpu() - c0);
        if (!t) return 2;

        fresh();
        start = Clock::now();
        c0 = cpu();
        {
            auto opening = std::async(std::launch::async, [&db] { return History::open(db); });
            ImportFingerprint fingerprint(file);
            CsvOptions options;
            options.rawBytesObserver = &fingerprint;
            auto t2 = readCsvFile(file, options);
            auto src = fingerprint.source();
            auto h = opening.get();
            if (!t2 || !src || !h || !h->recordSnapshot("bench", t2->table, *src)) return 2;
        }
        total.push_back(seconds(start));
        totalCpu.push_back(cpu() - c0);

        start = Clock::now();
        auto src2 = describeFile(file);
        sha.push_back(seconds(start));
        fresh();
        start = Clock::now();
        {
            auto h2 = History::open(db);
            open.push_back(seconds(start));
            auto s0 = Clock::now();
            const double sc = cpu();
            if (!src2 || !h2 || !h2->recordSnapshot("bench", t->table, *src2)) return 2;
            store.push_back(seconds(s0));
            storeCpu.push_back(cpu() - sc);
            s0 = Clock::now();
            h2 = makeError(ErrorKind::Internal, "closed");   // closes the connection (WAL checkpoint)
            close.push_back(seconds(s0));
        }
    }
    const auto oneSnapshotBytes = std::uintmax_t(std::filesystem::file_size(db));
    // A second month into the same history: its drift against the first is
    // judged and stored too (what a monthly job does).
    std::vector<double> again, againCpu;
    for (int r = 0; r < runs; ++r) {
        auto src = describeFile(file);
        const auto start = Clock::now();
        const double c0 = cpu();
        {
            auto h = History::open(db);
            if (!src || !h || !h->recordSnapshot("bench", t0->table, *src)) return 2;
        }
        again.push_back(seconds(start));
        againCpu.push_back(cpu() - c0);
    }
    std::printf("open_record_close_existing_seconds %.4f\nopen_record_close_existing_cpu_seconds %.4f\n", median(again),
                median(againCpu));
    std::printf("import_seconds %.4f\nimport_and_record_seconds %.4f\nrecord_seconds %.4f\n", median(imp),
                median(total), median(total) - median(imp));
    std::printf("import_cpu_seconds %.4f\nrecord_cpu_seconds %.4f\n", median(impCpu), median(totalCpu) - median(impCpu));
    // The same from each run's own pair (import alone, then import + record, back
    // to back): less sensitive to the load drifting between runs.
    std::vector<double> pair, pairCpu;
    for (std::size_t i = 0; i < imp.size(); ++i) {
        pair.push_back(total[i] - imp[i]);
        pairCpu.push_back(totalCpu[i] - impCpu[i]);
    }
    std::printf("record_paired_seconds %.4f\nrecord_paired_cpu_seconds %.4f\n", median(pair), median(pairCpu));
    std::printf("fingerprint_seconds %.4f\nopen_seconds %.4f\nsummaries_and_write_seconds %.4f\nclose_seconds %.4f\n"
                "summaries_and_write_cpu_seconds %.4f\nsha256 %s\ndb_bytes %ju\n",
                median(sha), median(open), median(store), median(close), median(storeCpu), Sha256::implementation(),
                oneSnapshotBytes);
    return 0;
}

// CPU time of each column's summary on its own (one thread), to see where
// recording's time goes: "summary_ms NAME KIND MEDIAN".
int benchSummaries(const std::string& file, int runs) {
    auto t = readCsvFile(file);
    if (!t) return 2;
    double total = 0;
    for (const auto& c : t->table.columns) {
        std::vector<double> ms;
        ColumnSummary s;
        for (int r = 0; r < runs; ++r) {
            const std::clock_t c0 = std::clock();
            s = summariseColumn(c);
            ms.push_back(1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
        }
        total += median(ms);
        std::printf("summary_ms %s %s %.2f\n", c.name.c_str(), s.exact() ? "exact" : "sketch", median(ms));
    }
    std::printf("summaries_cpu_ms %.2f\n", total);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> a(argv, argv + argc);
    if (a.size() == 4 && a[1] == "--gen") {
        std::filesystem::create_directories(a[2]);
        const std::size_t rows = std::stoul(a[3]);
        writeFile(a[2] + "/ref.csv", rows, false, 1);
        writeFile(a[2] + "/cur.csv", rows, true, 2);
        return 0;
    }
    if (a.size() == 5 && a[1] == "--drift") {
        auto ref = readCsvFile(a[2]);
        auto cur = readCsvFile(a[3]);
        if (!ref || !cur) { std::fprintf(stderr, "cannot read the files\n"); return 2; }
        std::vector<double> t, cpu;
        DatasetDrift last;
        for (int r = 0; r < std::stoi(a[4]); ++r) {
            const auto start = Clock::now();
            const std::clock_t c0 = std::clock();
            auto d = computeDrift(ref->table, cur->table);
            t.push_back(seconds(start));
            cpu.push_back(double(std::clock() - c0) / CLOCKS_PER_SEC);
            if (!d) return 2;
            last = std::move(*d);
        }
        std::printf("drift_seconds %.4f\ndrift_cpu_seconds %.4f\ncolumns %zu\ndrift_share %.4f\n", median(t), median(cpu),
                    last.columns.size(), last.driftShare);
        for (const auto& c : last.columns)
            std::printf("column %s ks=%.10g p=%.6g w=%.10g psi=%.10g js=%.10g\n", c.name.c_str(), c.ksStatistic.value_or(NAN),
                        c.ksPValue.value_or(NAN), c.wassersteinNormed.value_or(NAN), c.psi.value_or(NAN),
                        c.jsDistance.value_or(NAN));
        return 0;
    }
    if (a.size() == 4 && a[1] == "--record") return benchRecord(a[2], std::stoi(a[3]));
    if (a.size() == 4 && a[1] == "--summaries") return benchSummaries(a[2], std::stoi(a[3]));
    std::fprintf(stderr, "usage: bench_drift --gen DIR ROWS | --drift REF CUR RUNS | --record FILE RUNS | --summaries FILE RUNS\n");
    return 2;
}
