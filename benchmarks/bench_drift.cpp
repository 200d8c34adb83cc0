// SPDX-License-Identifier: GPL-3.0-or-later
// Times exact drift between two CSV files (13 columns × 1,000,000 rows each in
// the standard run), and recording a snapshot against importing the file.
//   bench_drift --gen DIR ROWS          writes DIR/ref.csv and DIR/cur.csv
//   bench_drift --drift REF CUR RUNS    prints one line "drift_seconds <median>"
//   bench_drift --record FILE ROUNDS    import alone / + fingerprint / + record, alternated; what recording adds and a breakdown
//   bench_drift --summaries FILE RUNS   CPU milliseconds of each column's summary on one thread
#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <future>
#include <string>
#include <vector>

#include <sys/resource.h>

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
// parallel) and written in one transaction, and the history closed.
// Each of RUNS rounds times three variants back to back, in a rotating order so
// none always runs first: import alone, import + fingerprint (the SHA-256 beside
// the parse, nothing else), import + record. "record_paired_*" is the median of
// each round's own difference (robust when the load changes between rounds);
// "record_seconds" the difference of the medians (the older figure). The other
// lines break the cost down: the phases inside the record variant, and each step
// run on its own.
struct Cpu {
    double user = 0, sys = 0;
    static Cpu now() {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        auto s = [](const timeval& t) { return double(t.tv_sec) + 1e-6 * double(t.tv_usec); };
        return {s(u.ru_utime), s(u.ru_stime)};
    }
    double since(const Cpu& a) const { return (user - a.user) + (sys - a.sys); }
};

struct Variant {
    std::vector<double> wall, cpu;
    void add(Clock::time_point t0, const Cpu& c0) {
        wall.push_back(seconds(t0));
        cpu.push_back(Cpu::now().since(c0));
    }
};

std::vector<double> differences(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> d;
    for (std::size_t i = 0; i < a.size(); ++i) d.push_back(a[i] - b[i]);
    return d;
}

std::vector<double> percentages(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> d;
    for (std::size_t i = 0; i < a.size(); ++i) d.push_back(100 * (a[i] - b[i]) / b[i]);
    return d;
}

int benchRecord(const std::string& file, int runs) {
    const std::string db = (std::filesystem::temp_directory_path() / "segmenta_bench_drift.sqlite").string();
    auto fresh = [&db] {
        for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
    };
    Variant imp, fp, total;
    std::vector<double> phImport, phOpenWait, phRecord, phClose, phRecordCpu, phCloseCpu;
    std::vector<double> sha, open, store, close, storeCpu;
    auto t0 = readCsvFile(file);   // also warms the page cache
    if (!t0) return 2;
    auto importAlone = [&] {
        const auto start = Clock::now();
        const Cpu c0 = Cpu::now();
        auto t = readCsvFile(file);
        imp.add(start, c0);
        return bool(t);
    };
    auto importFingerprint = [&] {
        const auto start = Clock::now();
        const Cpu c0 = Cpu::now();
        auto [t, src] = importWithFingerprint(file);
        fp.add(start, c0);
        return t && src;
    };
    auto importRecord = [&] {
        fresh();
        // The imported table is freed after the clock stops, as in the other two
        // variants: freeing it is neither importing nor recording.
        std::optional<FingerprintedImport> kept;
        const auto start = Clock::now();
        const Cpu c0 = Cpu::now();
        {
            auto opening = std::async(std::launch::async, [&db] { return History::open(db); });
            kept.emplace(importWithFingerprint(file));
            auto& [t2, src] = *kept;
            auto p = Clock::now();
            phImport.push_back(seconds(start));
            auto h = opening.get();
            phOpenWait.push_back(seconds(p));
            p = Clock::now();
            Cpu pc = Cpu::now();   // the import's threads are done: this is the recording's own CPU
            if (!t2 || !src || !h || !h->recordSnapshot("bench", t2->table, *src)) return false;
            phRecord.push_back(seconds(p));
            phRecordCpu.push_back(Cpu::now().since(pc));
            p = Clock::now();
            pc = Cpu::now();
            h = makeError(ErrorKind::Internal, "closed");   // closes the connection (WAL checkpoint)
            phClose.push_back(seconds(p));
            phCloseCpu.push_back(Cpu::now().since(pc));
        }
        total.add(start, c0);
        return true;
    };
    const std::function<bool()> variants[] = {importAlone, importFingerprint, importRecord};
    for (int r = 0; r < runs; ++r)
        for (int v = 0; v < 3; ++v)
            if (!variants[(r + v) % 3]()) return 2;
    // Each step on its own.
    for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        auto src2 = describeFile(file);
        sha.push_back(seconds(start));
        fresh();
        start = Clock::now();
        auto h2 = History::open(db);
        open.push_back(seconds(start));
        start = Clock::now();
        const Cpu sc = Cpu::now();
        if (!src2 || !h2 || !h2->recordSnapshot("bench", t0->table, *src2)) return 2;
        store.push_back(seconds(start));
        storeCpu.push_back(Cpu::now().since(sc));
        start = Clock::now();
        h2 = makeError(ErrorKind::Internal, "closed");
        close.push_back(seconds(start));
    }
    const auto oneSnapshotBytes = std::uintmax_t(std::filesystem::file_size(db));
    // A second month into the same history: its drift against the first is
    // judged and stored too (what a monthly job does).
    std::vector<double> again, againCpu, againOpen, againRecord;
    for (int r = 0; r < runs; ++r) {
        auto src = describeFile(file);
        const auto start = Clock::now();
        const Cpu c0 = Cpu::now();
        {
            auto h = History::open(db);
            againOpen.push_back(seconds(start));
            const auto s0 = Clock::now();
            if (!src || !h || !h->recordSnapshot("bench", t0->table, *src)) return 2;
            againRecord.push_back(seconds(s0));
        }
        again.push_back(seconds(start));
        againCpu.push_back(Cpu::now().since(c0));
    }
    std::printf("open_record_close_existing_seconds %.4f\nopen_record_close_existing_cpu_seconds %.4f\n"
                "existing_open_seconds %.4f\nexisting_record_seconds %.4f\n",
                median(again), median(againCpu), median(againOpen), median(againRecord));
    std::printf("rounds %d\n", runs);
    std::printf("import_seconds %.4f\nimport_and_record_seconds %.4f\nrecord_seconds %.4f\n", median(imp.wall),
                median(total.wall), median(total.wall) - median(imp.wall));
    std::printf("import_cpu_seconds %.4f\nimport_and_record_cpu_seconds %.4f\nrecord_cpu_seconds %.4f\n",
                median(imp.cpu), median(total.cpu), median(total.cpu) - median(imp.cpu));
    std::printf("record_paired_seconds %.4f\nrecord_paired_percent %.1f\nrecord_paired_cpu_seconds %.4f\n"
                "record_paired_cpu_percent %.1f\n",
                median(differences(total.wall, imp.wall)), median(percentages(total.wall, imp.wall)),
                median(differences(total.cpu, imp.cpu)), median(percentages(total.cpu, imp.cpu)));
    {
        // The middle half of the rounds: how far one round can be trusted.
        auto pct = percentages(total.wall, imp.wall);
        std::sort(pct.begin(), pct.end());
        const std::size_t q1 = (pct.size() - 1) / 4, q3 = pct.size() - 1 - q1;
        std::printf("record_paired_percent_middle_half %.1f %.1f\n", pct[q1], pct[q3]);
    }
    std::printf("record_paired_percent_each");
    for (double p : percentages(total.wall, imp.wall)) std::printf(" %.1f", p);
    std::printf("\nfingerprint_paired_seconds %.4f\nfingerprint_paired_cpu_seconds %.4f\n",
                median(differences(fp.wall, imp.wall)), median(differences(fp.cpu, imp.cpu)));
    std::printf("phase_import_seconds %.4f\nphase_open_wait_seconds %.4f\nphase_record_seconds %.4f\n"
                "phase_close_seconds %.4f\n",
                median(phImport), median(phOpenWait), median(phRecord), median(phClose));
    std::printf("phase_record_cpu_seconds %.4f\nphase_close_cpu_seconds %.4f\n", median(phRecordCpu),
                median(phCloseCpu));
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
