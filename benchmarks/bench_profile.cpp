// SPDX-License-Identifier: GPL-3.0-or-later
// bench_profile FILE [--repeat N] [--columns] [--dump] [--only COLUMN]
// Imports FILE once, then times profileTable (the import-time data-quality
// profile) N times (default 7) and prints the first call (cold pages, as
// `segmenta-cli inspect` sees it), the median of the rest, and the process CPU
// time per call:
//   first 0.123 s (cpu 0.200 s)  median 0.101 s (cpu 0.190 s)  runs 7
// --columns also times profileColumn per column on one thread (thread CPU time, best of 5:
// the machine is shared, and the least disturbed run is the one to compare).
// --dump prints every ColumnProfile and TableProfile field, doubles in hex
// (bit for bit), so two builds can be compared with `cmp`. --only COLUMN profiles
// that column alone `repeat` times (for a profiler) and prints the CPU time per call.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/io/csv_reader.h"
#include "core/quality/profile.h"

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

double cpuNow(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

void dumpDouble(const char* name, double v) { std::printf(" %s=%a", name, v); }

void dump(const segmenta::TableProfile& t) {
    std::printf("rows=%lld duplicateRows=%lld\n", static_cast<long long>(t.rows),
                static_cast<long long>(t.duplicateRows));
    for (const auto& d : t.duplicateColumns) std::printf("duplicateColumn %zu sameAs %zu\n", d.column, d.sameAs);
    for (const auto& c : t.columns) {
        std::printf("column %s type=%s rows=%lld missing=%lld distinct=%lld", c.name.c_str(), segmenta::toString(c.type),
                    static_cast<long long>(c.rows), static_cast<long long>(c.missing),
                    static_cast<long long>(c.distinct));
        dumpDouble("missingShare", c.missingShare);
        dumpDouble("min", c.min);
        dumpDouble("max", c.max);
        dumpDouble("mean", c.mean);
        dumpDouble("median", c.median);
        dumpDouble("std", c.std);
        std::printf(" other=%lld pii=%s", static_cast<long long>(c.otherCount), segmenta::toString(c.pii));
        dumpDouble("piiShare", c.piiShare);
        std::printf("\n  flags:");
        for (auto f : c.flags) std::printf(" %s", segmenta::toString(f));
        std::printf("\n  top:");
        for (const auto& v : c.top) std::printf(" [%s]=%lld", v.value.c_str(), static_cast<long long>(v.count));
        std::printf("\n  edges:");
        for (double e : c.edges) std::printf(" %a", e);
        std::printf("\n  bins:");
        for (auto b : c.binCounts) std::printf(" %lld", static_cast<long long>(b));
        std::printf("\n");
    }
}

void timeColumns(const segmenta::Table& table) {
    double total = 0;
    for (const auto& column : table.columns) {
        double best = 1e9;
        for (int r = 0; r < 5; ++r) {
            const double t0 = cpuNow(CLOCK_THREAD_CPUTIME_ID);
            const auto p = segmenta::profileColumn(column);
            best = std::min(best, cpuNow(CLOCK_THREAD_CPUTIME_ID) - t0);
        }
        std::printf("  %-24s %-10s %7.2f ms\n", column.name.c_str(), segmenta::toString(column.type), 1e3 * best);
        total += best;
    }
    std::printf("  sum %.1f ms\n", 1e3 * total);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_profile FILE [--repeat N] [--columns] [--dump] [--only COLUMN]\n");
        return 2;
    }
    int repeat = 7;
    bool columns = false, dumpOnly = false;
    const char* only = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--columns") == 0) columns = true;
        else if (std::strcmp(argv[i], "--dump") == 0) dumpOnly = true;
        else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
    }
    auto imported = segmenta::readCsvFile(argv[1]);
    if (!imported) {
        std::fprintf(stderr, "bench_profile: %s\n", imported.error().message.c_str());
        return 2;
    }
    const segmenta::Table& table = imported->table;
    if (only) {   // one column, `repeat` times (for a profiler)
        for (const auto& column : table.columns) {
            if (column.name != only) continue;
            const double c0 = cpuNow(CLOCK_THREAD_CPUTIME_ID);
            for (int r = 0; r < repeat; ++r) segmenta::profileColumn(column);
            std::printf("%s: %.3f ms per call\n", only, 1e3 * (cpuNow(CLOCK_THREAD_CPUTIME_ID) - c0) / repeat);
        }
        return 0;
    }
    if (dumpOnly) {
        auto profile = segmenta::profileTable(table);
        if (!profile) return 1;
        dump(*profile);
        return 0;
    }
    std::vector<double> wall, cpu;
    for (int r = 0; r < repeat; ++r) {
        const double t0 = now(), c0 = cpuNow();
        auto profile = segmenta::profileTable(table);
        wall.push_back(now() - t0);
        cpu.push_back(cpuNow() - c0);
        if (!profile) return 1;
    }
    std::vector<double> restWall(wall.begin() + (repeat > 1 ? 1 : 0), wall.end());
    std::vector<double> restCpu(cpu.begin() + (repeat > 1 ? 1 : 0), cpu.end());
    std::sort(restWall.begin(), restWall.end());
    std::sort(restCpu.begin(), restCpu.end());
    std::printf("first %.4f s (cpu %.4f s)  median %.4f s (cpu %.4f s)  runs %d  rows %zu  columns %zu\n", wall[0],
                cpu[0], restWall[restWall.size() / 2], restCpu[restCpu.size() / 2], repeat, table.rowCount(),
                table.columnCount());
    if (columns) timeColumns(table);
    return 0;
}
