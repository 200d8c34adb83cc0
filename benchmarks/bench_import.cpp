// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import FILE [--threads N] [--repeat N] [--dump]
// Times readCsvFile alone (no profile) and prints one line per run:
//   seconds rows columns
// --dump instead prints every ImportReport field and, per column, its name,
// type, role, sizes and a 64-bit digest of every stored value bit for bit
// (NaN payloads, missing flags, level order, string bytes), so two builds can
// be compared on any file with `cmp`.
// bench_inspect.sh uses `segmenta-cli inspect` for the headline figure; this
// isolates the import when looking for where time goes.
#include <bit>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/io/csv_reader.h"

namespace {

struct Digest {
    std::uint64_t h = 0x243F6A8885A308D3ull;
    void add(std::uint64_t x) {
        h = (h ^ x) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    void add(std::string_view s) {
        add(s.size());
        for (const char c : s) add(std::uint64_t(static_cast<unsigned char>(c)));
    }
};

void dumpReport(const segmenta::ImportResult& r) {
    const auto& rep = r.report;
    const auto& d = rep.dialect;
    std::printf("dialect delim=%d quote=%d header=%d decimal=%d thousands=%d enc=%s conf=%a %a %a %a\n", d.delimiter,
                d.quote, d.header, d.decimal, d.thousands, segmenta::toString(d.encoding), d.delimiterConfidence,
                d.headerConfidence, d.decimalConfidence, d.encodingConfidence);
    std::printf("rows read=%lld loaded=%lld problems=%lld warnings=%lld listed=%zu\n", (long long)rep.rowsRead,
                (long long)rep.rowsLoaded, (long long)rep.rowsWithProblems, (long long)rep.warningCount, rep.warnings.size());
    for (const auto& w : rep.warnings) std::printf("warning %lld %s %s\n", (long long)w.line, w.kind.c_str(), w.message.c_str());
    for (const auto& c : rep.columns) {
        std::printf("info %s type=%s conf=%a invalid=%lld note=%s\n", c.name.c_str(), segmenta::toString(c.guessedType),
                    c.confidence, (long long)c.invalidCount, c.note.c_str());
        for (const auto& e : c.invalidExamples) std::printf("  example %s\n", e.c_str());
    }
    for (const auto& row : rep.preview) {
        std::printf("preview");
        for (const auto& cell : row) std::printf(" [%s]", cell.c_str());
        std::printf("\n");
    }
    std::printf("table source=%s\n", r.table.sourceName.c_str());
    for (const auto& c : r.table.columns) {
        Digest g;
        for (const double x : c.numbers) g.add(std::bit_cast<std::uint64_t>(x));
        for (const auto t : c.times) g.add(std::uint64_t(t));
        for (const auto k : c.codes) g.add(std::uint64_t(std::uint32_t(k)));
        for (const auto& l : c.levels) g.add(l);
        for (const auto m : c.missing) g.add(m);
        for (std::size_t i = 0; i < c.strings.size(); ++i) g.add(c.strings[i]);
        std::printf("column %s type=%s role=%s n=%zu t=%zu k=%zu l=%zu m=%zu s=%zu digest=%016llx\n", c.name.c_str(),
                    segmenta::toString(c.type), segmenta::toString(c.role), c.numbers.size(), c.times.size(),
                    c.codes.size(), c.levels.size(), c.missing.size(), c.strings.size(), (unsigned long long)g.h);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import FILE [--threads N] [--repeat N] [--dump]\n");
        return 2;
    }
    segmenta::CsvOptions options;
    int repeat = 1;
    bool dump = false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dump") == 0) dump = true;
        else if (i + 1 >= argc) break;
        else if (std::strcmp(argv[i], "--threads") == 0) options.threads = unsigned(std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[++i]);
    }
    if (dump) options.previewRows = 5;
    for (int r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        auto result = segmenta::readCsvFile(argv[1], options);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result) {
            std::fprintf(stderr, "bench_import: %s\n", result.error().message.c_str());
            return 2;
        }
        if (dump) dumpReport(*result);
        else std::printf("%.3f %zu %zu\n", s, result->table.rowCount(), result->table.columnCount());
    }
    return 0;
}
