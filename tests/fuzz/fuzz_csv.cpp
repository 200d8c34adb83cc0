// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader (and the writer on what it read).
// Build and run: see docs/maintainer-guide/import-engine.md ("Fuzzing").
#include "tests/fuzz/csv_fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    segmenta::fuzz::runCsvInput(data, size);
    return 0;
}
