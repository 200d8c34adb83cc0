// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/io/column_builder.h"
#include "core/io/csv_tokenizer.h"

namespace segmenta::csv {

// Everything a worker needs to turn a byte range of records into column parts.
struct ParseContext {
    std::string_view text;
    const Tokenizer* tokenizer = nullptr;
    const std::vector<ColumnPlan>* plans = nullptr;
    std::vector<std::size_t> avgBytes;             // per column, for reserving string storage
    std::size_t avgRecordBytes = 64;
    std::size_t maxLineBytes = 4u << 20;
    const std::vector<std::size_t>* invalidOffsets = nullptr;   // sorted, from decoding
    const Progress* progress = nullptr;
};

// The records of one chunk. Lines are relative to the chunk's first line until
// the caller rebases them.
struct ChunkOutput {
    std::vector<ColumnPart> parts;
    std::size_t end = 0;            // offset after the last record parsed
    std::int64_t records = 0;
    std::int64_t lines = 0;         // line ends consumed
    std::vector<CsvWarning> warnings;   // the first 100
    std::int64_t warningCount = 0;
    std::vector<std::uint8_t> rowProblem;   // per record: 1 = has a warning
    std::int64_t rowsLost = 0;      // line breaks inside records a broken quote or field count merged
    std::optional<Error> error;
    bool lineTooLong = false;       // error: the record at errorLine exceeds maxLineBytes
    bool unclosedQuote = false;
    std::int64_t errorLine = 0;
    bool cancelled = false;
};

// The error for a record longer than `limit` bytes starting on `line`.
Error lineTooLongError(std::int64_t line, std::size_t limit, bool unclosedQuote);

// Which rows of the columns' storage a chunk writes into, and how many rows
// its string pools reserve for.
struct ChunkWindow {
    std::size_t from = 0, to = 0;
    std::size_t stringRows = 0;
};

// Parses records that start in [begin, stopAt) — the last may run past stopAt —
// at most maxRecords of them (0 = no limit), into `window` of `storage` (one
// ColumnStorage per column).
void parseChunk(const ParseContext& ctx, std::size_t begin, std::size_t stopAt, std::size_t maxRecords,
                bool reportProgress, ChunkOutput& out, std::vector<ColumnStorage>& storage, ChunkWindow window);

// The chunks in record order and the storage their parts write into.
struct ParsedChunks {
    std::vector<ColumnStorage> storage;   // per column, reserved for the whole range
    std::vector<ChunkOutput> chunks;
};

// Splits [begin, end) over `workers` threads at guessed record starts, checks
// each guess against where the previous chunk really ended and re-parses the
// rest sequentially when a guess was wrong (a quoted line break at the cut), so
// the result always equals a sequential parse.
ParsedChunks parseParallel(const ParseContext& ctx, std::size_t begin, std::size_t end, unsigned workers,
                           std::size_t maxRecords);

} // namespace segmenta::csv
