// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import FILE [--threads N] [--repeat N]
// Times readCsvFile alone (no profile) and prints one line per run:
//   seconds rows columns
// bench_inspect.sh uses `segmenta-cli inspect` for the headline figure; this
// isolates the import when looking for where time goes.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/io/csv_reader.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import FILE [--threads N] [--repeat N]\n");
        return 2;
    }
    segmenta::CsvOptions options;
    int repeat = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0) options.threads = unsigned(std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--repeat") == 0) repeat = std::atoi(argv[i + 1]);
    }
    for (int r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        auto result = segmenta::readCsvFile(argv[1], options);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result) {
            std::fprintf(stderr, "bench_import: %s\n", result.error().message.c_str());
            return 2;
        }
        std::printf("%.3f %zu %zu\n", s, result->table.rowCount(), result->table.columnCount());
    }
    return 0;
}
