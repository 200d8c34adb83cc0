// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/table/table.h"

namespace segmenta {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
const char* toString(TextEncoding e) noexcept;   // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
bool parseTextEncoding(std::string_view name, TextEncoding& out) noexcept;  // accepts common spellings

// What the reader guessed (or was told) about the file's format.
struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
    bool header = true;
    char decimal = '.';
    char thousands = 0;   // 0 = none
    TextEncoding encoding = TextEncoding::Utf8;
    // How sure the sniffer was of each guess, 0..1 (1 for values the user set).
    double delimiterConfidence = 1, headerConfidence = 1, decimalConfidence = 1, encodingConfidence = 1;
};

// Anything left unset is guessed.
// Sees a file's raw bytes while readCsvFile holds them, so a caller that needs
// them too (the history's SHA-256) does not read the file a second time.
// bytesReady runs on the importing thread right after the file is read and
// before parsing; bytesReleasing runs once, before the bytes are freed (after
// parsing, or on any error), so work started in bytesReady must end there.
class RawBytesObserver {
public:
    virtual ~RawBytesObserver() = default;
    virtual void bytesReady(std::string_view fileBytes) = 0;
    virtual void bytesReleasing() = 0;
};

struct CsvOptions {
    std::optional<char> delimiter;
    std::optional<TextEncoding> encoding;
    std::optional<bool> header;
    std::optional<char> decimal;
    std::optional<char> thousands;
    std::map<std::string, ColumnType> typeOverrides;   // by column name after renaming
    std::map<std::string, ColumnRole> roleOverrides;
    std::size_t previewRows = 0;   // raw cells of the first N data rows, kept in the report
    std::size_t maxRows = 0;       // 0 = all; the import dialog's live preview reads a few hundred
    std::optional<bool> dayFirst;  // settles dates such as 03/04/2024 when the values cannot
    std::size_t maxColumns = 4096;           // wider files are refused with a clear message
    std::size_t maxLineBytes = 4u << 20;     // a longer record means this is not a table (or a quote is never closed)
    unsigned threads = 0;                    // 0 = all cores
    RawBytesObserver* rawBytesObserver = nullptr;   // readCsvFile only; not owned
};

struct CsvWarning {
    std::int64_t line = 0;   // 1-based physical line in the file
    std::string kind;        // "ragged_row", "invalid_bytes", "type_mismatch", "unclosed_quote",
                             // "stray_quote", "renamed_column", "extra_columns"
    std::string message;     // one plain sentence
};

// Per column: what type was guessed, how sure, and what did not fit.
struct ColumnImportInfo {
    std::string name;
    ColumnType guessedType = ColumnType::Text;
    double confidence = 1;                    // share of non-missing sample values that fit
    std::int64_t invalidCount = 0;            // values that did not fit the chosen type → missing
    std::vector<std::string> invalidExamples; // up to 5
    std::string note;                         // e.g. "dates could be day/month or month/day; read as day/month"
};

struct ImportReport {
    CsvDialect dialect;
    std::int64_t rowsRead = 0;           // data records found in the file
    std::int64_t rowsLoaded = 0;         // rows in the table (ragged rows are loaded, padded or cut)
    std::int64_t rowsWithProblems = 0;   // rows with at least one warning
    // Rows most likely lost: the line breaks inside records whose quote is never
    // closed, has text after it, or whose field count is wrong (a stray quote
    // reads the lines up to the next quote into one cell).
    std::int64_t rowsLost = 0;
    std::vector<CsvWarning> warnings;    // the first 100
    std::int64_t warningCount = 0;       // all of them
    std::vector<ColumnImportInfo> columns;
    std::vector<std::vector<std::string>> preview;   // options.previewRows rows of raw cells
};

// rowsLost as a share of the rows the file held (loaded + lost); 0 for none.
double lostRowShare(const ImportReport& report) noexcept;

struct ImportResult {
    Table table;
    ImportReport report;
};

// Reads a CSV file into a columnar table. Never throws on bad input: an unusable
// file gives an Error of kind NotFound / BadInput / Io / Cancelled with a message
// saying what is wrong and what to do.
Result<ImportResult> readCsvFile(const std::string& path, const CsvOptions& options = {},
                                 const Progress* progress = nullptr);

// The same on bytes already in memory (tests, fuzzing, the import preview).
Result<ImportResult> readCsvBytes(std::string_view bytes, const CsvOptions& options = {},
                                  const Progress* progress = nullptr);

} // namespace segmenta
