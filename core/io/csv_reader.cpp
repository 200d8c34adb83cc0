// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline: bytes → UTF-8 text → dialect → sample → column plans →
// records parsed in parallel straight into typed columns → report.
#include "core/io/csv_reader.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <new>
#include <thread>
#include <utility>

#include "core/common/busy_cores.h"
#include "core/common/parallel.h"
#include "core/io/chunk_parser.h"
#include "core/io/column_builder.h"
#include "core/io/dialect_sniffer.h"
#include "core/io/file_source.h"
#include "core/io/page_donor.h"
#include "core/io/text_decoding.h"
#include "core/io/type_inference.h"

namespace segmenta {

using namespace csv;

namespace {

constexpr std::size_t kHeadRecords = 2000;      // read in order: header, preview, first sample
constexpr std::size_t kSpreadPositions = 40;    // more sample spread over the whole file
constexpr std::size_t kSpreadRecords = 250;
constexpr std::size_t kMaxWarnings = 100;

// The first records, in order.
struct Head {
    std::vector<std::string> header;
    std::int64_t headerLine = 0;
    std::vector<Row> rows;
    std::size_t dataStart = 0;
    std::int64_t dataStartLine = 1;
    std::size_t rowBytes = 0;
    bool reachedEnd = false;
};

Error tooManyColumns(std::size_t n, std::size_t limit) {
    return makeError(ErrorKind::BadInput, "The file has " + std::to_string(n) + " columns; Segmenta reads at most " +
                                              std::to_string(limit) +
                                              ". Keep only the columns you need (in your spreadsheet) and import again.");
}

Result<Head> parseHead(std::string_view text, const Tokenizer& tok, bool header, std::size_t want, const CsvOptions& o) {
    Head h;
    std::vector<Field> fields;
    std::string scratch;
    std::size_t pos = 0;
    std::int64_t line = 1;
    bool haveHeader = !header;
    std::size_t firstRowPos = std::string_view::npos;
    while (pos < text.size()) {
        const RecordScan r = tok.scan(text.data(), pos, text.size(), fields);
        if (r.next - pos > o.maxLineBytes) return lineTooLongError(line, o.maxLineBytes, r.unclosedQuote);
        if (fields.size() > o.maxColumns) return tooManyColumns(fields.size(), o.maxColumns);
        if (!Tokenizer::isBlank(fields)) {
            if (!haveHeader) {
                for (const auto& f : fields) h.header.emplace_back(tok.value(f, scratch));
                h.headerLine = line;
                h.dataStart = r.next;
                h.dataStartLine = line + r.newlines;
                haveHeader = true;
            } else {
                if (h.rows.size() >= want) break;
                if (firstRowPos == std::string_view::npos) firstRowPos = pos;
                Row row;
                row.reserve(fields.size());
                for (const auto& f : fields) row.emplace_back(tok.value(f, scratch));
                h.rows.push_back(std::move(row));
            }
        }
        line += r.newlines;
        pos = r.next;
    }
    h.reachedEnd = pos >= text.size();
    if (firstRowPos != std::string_view::npos) h.rowBytes = pos - firstRowPos;
    return h;
}

// Records from across the file so that a column whose values change after the
// first rows is typed from what it really holds: window k (1-based) of
// kSpreadPositions, appended to `rows`.
void addSpreadWindow(std::string_view text, const Tokenizer& tok, std::size_t from, std::size_t ncols, std::size_t k,
                     std::vector<Row>& rows) {
    std::vector<Field> fields;
    std::string scratch;
    const std::size_t off = from + (text.size() - from) * k / (kSpreadPositions + 1);
    const void* nl = std::memchr(text.data() + off, '\n', text.size() - off);
    if (!nl) return;
    std::size_t pos = std::size_t(static_cast<const char*>(nl) - text.data()) + 1;
    const std::size_t end = std::min(text.size(), pos + (256u << 10));
    for (std::size_t taken = 0; taken < kSpreadRecords && pos < end;) {
        const RecordScan r = tok.scan(text.data(), pos, end, fields);
        if (r.next >= end && end < text.size()) break;   // cut by the window
        pos = r.next;
        if (fields.size() != ncols) continue;           // blank, ragged, or a guess inside quotes
        Row row;
        row.reserve(ncols);
        for (const auto& f : fields) row.emplace_back(tok.value(f, scratch));
        rows.push_back(std::move(row));
        ++taken;
    }
}

std::size_t modeFieldCount(const std::vector<Row>& rows) {
    std::map<std::size_t, std::size_t> counts;
    for (const auto& r : rows) ++counts[r.size()];
    std::size_t best = 0, bestCount = 0;
    for (const auto& [n, k] : counts)
        if (k > bestCount) { best = n; bestCount = k; }
    return best;
}

std::string typeWords(ColumnType t) {
    switch (t) {
    case ColumnType::Integer: return "whole numbers";
    case ColumnType::Decimal: return "numbers";
    case ColumnType::Boolean: return "yes/no values";
    case ColumnType::Date: return "dates";
    case ColumnType::DateTime: return "dates with times";
    default: return "values of this type";
    }
}

std::string quoteText(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Column names from the header (or generated), with warnings for the ones changed.
std::vector<std::string> columnNames(const Head& h, bool header, std::size_t ncols, std::vector<CsvWarning>& warnings) {
    std::vector<std::string> names(ncols);
    for (std::size_t c = 0; c < ncols && header && c < h.header.size(); ++c) names[c] = h.header[c];
    const auto original = names;
    Table::makeUniqueNames(names);
    if (!header) return names;
    for (std::size_t c = 0; c < ncols; ++c) {
        std::string trimmed(trimSpaces(original[c]));
        if (trimmed == names[c]) continue;
        warnings.push_back({h.headerLine, "renamed_column",
                            trimmed.empty() ? "Column " + std::to_string(c + 1) + " has no name; it is called " + quoteText(names[c]) + "."
                                            : "More than one column is called " + quoteText(trimmed) + "; column " +
                                                  std::to_string(c + 1) + " is called " + quoteText(names[c]) + "."});
    }
    return names;
}

struct Sample {
    std::vector<std::vector<std::string_view>> byColumn;   // views into `chars`
    std::vector<std::string> chars;                        // per column, its cells back to back
    std::vector<std::size_t> avgBytes;
};

// Each column's sample cells copied next to each other: type guessing reads a
// column at a time, and reading it from the rows (one heap block per row, the
// cells inside it) missed the cache on nearly every cell.
Sample sampleColumns(const std::vector<Row>& rows, std::size_t ncols) {
    Sample s;
    s.byColumn.resize(ncols);
    s.chars.resize(ncols);
    s.avgBytes.assign(ncols, 8);
    // Rows outside, columns inside: each row's cells are read in order.
    std::vector<std::size_t> bytes(ncols, 0), cells(ncols, 0);
    for (const auto& r : rows) {
        const std::size_t n = std::min(ncols, r.size());
        for (std::size_t c = 0; c < n; ++c) {
            bytes[c] += r[c].size();
            ++cells[c];
        }
    }
    for (std::size_t c = 0; c < ncols; ++c) {
        s.chars[c].reserve(bytes[c]);   // never grows below: the views stay valid
        s.byColumn[c].reserve(cells[c]);
        if (cells[c] > 0) s.avgBytes[c] = bytes[c] / cells[c] + 1;
    }
    for (const auto& r : rows) {
        const std::size_t n = std::min(ncols, r.size());
        for (std::size_t c = 0; c < n; ++c) {
            std::string& to = s.chars[c];
            const std::size_t at = to.size();
            to.append(r[c]);
            s.byColumn[c].emplace_back(to.data() + at, r[c].size());
        }
    }
    return s;
}

struct Parsed {
    std::vector<ChunkOutput> chunks;
    std::vector<ColumnStorage> storage;     // per column: what the chunks' parts write into
    std::vector<std::int64_t> startLines;   // absolute first line of each chunk
};

Result<Parsed> runParse(const ParseContext& ctx, std::size_t begin, std::int64_t firstLine, unsigned workers,
                        std::size_t maxRows) {
    Parsed p;
    ParsedChunks parsed = parseParallel(ctx, begin, ctx.text.size(), workers, maxRows);
    p.chunks = std::move(parsed.chunks);
    p.storage = std::move(parsed.storage);
    std::int64_t line = firstLine;
    for (auto& ch : p.chunks) {
        p.startLines.push_back(line);
        if (ch.cancelled) return makeError(ErrorKind::Cancelled, "The import was cancelled.");
        if (ch.error) {
            if (!ch.lineTooLong) return *ch.error;
            return lineTooLongError(line + ch.errorLine, ctx.maxLineBytes, ch.unclosedQuote);
        }
        line += ch.lines;
    }
    return p;
}

// The raw cells of a column whose later values did not fit the type guessed
// from the sample; it is typed again from all of them.
struct RawColumn {
    std::size_t index = 0;
    StringPool values;
    std::vector<std::uint8_t> missing;
    std::vector<std::int64_t> lines;
};

std::vector<RawColumn> readRawColumns(const ParseContext& baseCtx, std::size_t begin, unsigned workers,
                                      std::size_t maxRows, const std::vector<std::size_t>& wide,
                                      const std::vector<std::int64_t>& startLines) {
    std::vector<ColumnPlan> rawPlans(baseCtx.plans->size());
    for (auto& p : rawPlans) p.kind = CellKind::Skip;
    for (const std::size_t c : wide) rawPlans[c].kind = CellKind::Raw;
    ParseContext ctx = baseCtx;
    ctx.plans = &rawPlans;
    ctx.progress = nullptr;
    ParsedChunks parsed = parseParallel(ctx, begin, ctx.text.size(), workers, maxRows);
    auto& chunks = parsed.chunks;
    std::vector<RawColumn> out(wide.size());
    for (std::size_t w = 0; w < wide.size(); ++w) {
        RawColumn& raw = out[w];
        raw.index = wide[w];
        for (std::size_t k = 0; k < chunks.size(); ++k) {
            ColumnPart& part = chunks[k].parts[raw.index];
            for (std::size_t i = 0; i < part.strings.size(); ++i) {
                raw.values.append(part.strings[i]);
                raw.missing.push_back(part.missing[i]);
                raw.lines.push_back(part.lines[i] + (k < startLines.size() ? startLines[k] : 0));
            }
            part.strings.clear();
        }
    }
    return out;
}

void rebuildColumn(RawColumn& raw, const CsvDialect& dialect, const CsvOptions& o, ColumnPlan& plan, Column& col,
                   ColumnImportInfo& info, std::vector<std::uint8_t>& rowProblem, std::int64_t& firstBadLine) {
    std::vector<std::string_view> views;
    views.reserve(raw.values.size());
    for (std::size_t i = 0; i < raw.values.size(); ++i)
        if (!raw.missing[i]) views.push_back(raw.values[i]);
    const ColumnType before = plan.type;
    const Inference inf = inferColumn(col.name, views, dialect, o.dayFirst, /*strict=*/true);
    plan = inf.plan;
    std::vector<ColumnPart> parts;
    parts.emplace_back(plan);
    ColumnPart& part = parts.front();
    ColumnStorage storage;
    storage.reserve(plan.kind, raw.values.size());
    part.attach(storage, 0, raw.values.size(), raw.values.size(), 8);
    part.rowFlags = &rowProblem;
    for (std::size_t i = 0; i < raw.values.size(); ++i)
        part.append(raw.missing[i] ? std::string_view() : raw.values[i], !raw.missing[i], raw.lines[i]);
    part.rowFlags = nullptr;
    Column rebuilt;
    rebuilt.name = col.name;
    mergeParts(parts, storage, plan, rebuilt);
    if (part.sawFraction && rebuilt.type == ColumnType::Integer) rebuilt.type = ColumnType::Decimal;
    demoteWideCategory(rebuilt);
    col = std::move(rebuilt);
    info.guessedType = col.type;
    info.confidence = inf.confidence;
    info.invalidCount = part.invalid;
    info.invalidExamples.clear();
    for (const auto& b : part.examples) info.invalidExamples.push_back(b.text);
    info.note = "values further down the file are not " + typeWords(before) + "; read as " + toString(col.type) +
                (inf.note.empty() ? "" : "; " + inf.note);
    if (!part.examples.empty()) firstBadLine = part.examples.front().line;
}

void addTypeMismatchWarning(const Column& col, const ColumnImportInfo& info, std::int64_t firstLine,
                            std::vector<CsvWarning>& warnings) {
    std::string examples;
    for (std::size_t i = 0; i < info.invalidExamples.size() && i < 3; ++i)
        examples += (i ? ", " : "") + quoteText(info.invalidExamples[i]);
    warnings.push_back({firstLine, "type_mismatch",
                        "Column " + quoteText(col.name) + ": " + std::to_string(info.invalidCount) +
                            (info.invalidCount == 1 ? " value is" : " values are") + " not " + typeWords(col.type) +
                            " and " + (info.invalidCount == 1 ? "was" : "were") + " left empty, e.g. " + examples + "."});
}

using ReleaseBytes = std::function<std::unique_ptr<PageDonor>()>;

Result<ImportResult> importText(std::string_view bytes, const CsvOptions& o, const Progress* progress,
                                const ReleaseBytes& releaseBytes);

// Runs fn(i) for every i in [0, n) on up to `workers` threads, for independent
// pieces (columns, sample windows): a step done on one core while the other
// idles is a step the import pays in full.
template <typename Fn>
void forEachInParallel(std::size_t ncols, unsigned workers, Fn&& fn) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> outOfMemory{false};
    auto work = [&] {
        const BusyCoreScope busy;
        try {
            for (std::size_t c; (c = next.fetch_add(1)) < ncols;) fn(c);
        } catch (const std::bad_alloc&) {
            outOfMemory = true;
        }
    };
    std::vector<std::thread> helpers;
    for (unsigned w = 1; w < std::min<unsigned>(workers, unsigned(ncols)); ++w) helpers.emplace_back(work);
    work();
    for (auto& t : helpers) t.join();
    if (outOfMemory) throw std::bad_alloc();
}

} // namespace

const char* toString(TextEncoding e) noexcept {
    switch (e) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8Bom: return "UTF-8 (BOM)";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

bool parseTextEncoding(std::string_view name, TextEncoding& out) noexcept {
    std::string n;
    for (const char c : name)
        if (c != '-' && c != '_' && c != ' ') n += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    if (n == "utf8" || n == "utf") { out = TextEncoding::Utf8; return true; }
    if (n == "utf8bom" || n == "utf8sig" || n == "utf8(bom)") { out = TextEncoding::Utf8Bom; return true; }
    if (n == "utf16le" || n == "utf16" || n == "ucs2" || n == "unicode") { out = TextEncoding::Utf16LE; return true; }
    if (n == "utf16be") { out = TextEncoding::Utf16BE; return true; }
    if (n == "windows1252" || n == "cp1252" || n == "latin1" || n == "iso88591" || n == "ansi" || n == "l1" ||
        n == "win1252") {
        out = TextEncoding::Windows1252;
        return true;
    }
    return false;
}

double lostRowShare(const ImportReport& report) noexcept {
    const double held = double(report.rowsLoaded + report.rowsLost);
    return held > 0 ? double(report.rowsLost) / held : 0.0;
}

Result<ImportResult> readCsvFile(const std::string& path, const CsvOptions& options, const Progress* progress) {
    auto file = readWholeFile(path, progress);
    if (!file) return file.error();
    // The file's bytes are freed as soon as the rows are parsed, before the
    // columns are joined: that keeps the peak memory near file + table. The
    // observer hears of it first, whichever way the import ends.
    RawBytesObserver* observer = options.rawBytesObserver;
    // Once parsed, the pages go on as room for the table's joined columns
    // (PageDonor) instead of being freed while fresh ones are faulted in.
    auto releaseBytes = [&file, &observer]() -> std::unique_ptr<PageDonor> {
        if (observer) std::exchange(observer, nullptr)->bytesReleasing();
        std::size_t mapped = 0;
        char* pages = file->releaseMapping(mapped);
        return pages ? std::make_unique<PageDonor>(pages, mapped) : nullptr;
    };
    if (observer) observer->bytesReady(file->view());
    Result<ImportResult> result = makeError(ErrorKind::Internal, "");
    try {
        result = importText(file->view(), options, progress, releaseBytes);
    } catch (const std::bad_alloc&) {
        releaseBytes();
        return makeError(ErrorKind::BadInput, "There is not enough memory to load this file. Close other programs or import fewer rows.");
    }
    releaseBytes();
    if (file->changedWhileRead()) return shrankError(path);
    if (!result) {
        Error e = result.error();
        if (e.kind == ErrorKind::BadInput && e.message.rfind("The file is empty", 0) == 0)
            e.message = "The file \"" + path + "\" is empty.";
        return e;
    }
    const auto slash = path.find_last_of('/');
    result->table.sourceName = slash == std::string::npos ? path : path.substr(slash + 1);
    return result;
}

Result<ImportResult> readCsvBytes(std::string_view bytes, const CsvOptions& options, const Progress* progress) {
    try {
        return importText(bytes, options, progress, {});
    } catch (const std::bad_alloc&) {
        return makeError(ErrorKind::BadInput,
                         "There is not enough memory to load this file. Close other programs or import fewer rows.");
    }
}

namespace {

Error checkOptions(const CsvOptions& o) {
    if (o.delimiter && (*o.delimiter == '"' || *o.delimiter == '\n' || *o.delimiter == '\r' || *o.delimiter == 0))
        return makeError(ErrorKind::Usage, "The delimiter cannot be a quote, a line break or empty.");
    if (o.decimal && *o.decimal != '.' && *o.decimal != ',')
        return makeError(ErrorKind::Usage, "The decimal mark must be \".\" or \",\".");
    if (o.thousands && o.decimal && *o.thousands == *o.decimal)
        return makeError(ErrorKind::Usage, "The thousands separator must differ from the decimal mark.");
    return Error{ErrorKind::Internal, {}, 0, 0};
}

bool onlyBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

Result<ImportResult> importText(std::string_view bytes, const CsvOptions& o, const Progress* progress,
                                const ReleaseBytes& releaseBytes) {
    if (const Error bad = checkOptions(o); !bad.message.empty()) return bad;
    if (bytes.empty() || onlyBlank(bytes)) return makeError(ErrorKind::BadInput, "The file is empty.");
    if (const std::string kind = describeBinary(bytes.substr(0, 65536)); !kind.empty())
        return makeError(ErrorKind::BadInput, "This is not a CSV text file: it looks like " + kind +
                                                  ". Export the data as CSV from the program that made it, then import that file.");
    report(progress, 0.1, "Checking the text encoding");
    DecodedText decoded = decodeText(bytes, o.encoding);
    const std::string_view text = decoded.text();
    if (onlyBlank(text)) return makeError(ErrorKind::BadInput, "The file is empty.");
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "The import was cancelled.");

    ImportResult result;
    ImportReport& rep = result.report;
    CsvDialect& dialect = rep.dialect;
    dialect = sniffDialect(text, o);
    dialect.encoding = decoded.encoding;
    dialect.encodingConfidence = decoded.confidence;
    if (o.thousands && *o.thousands == dialect.decimal)
        return makeError(ErrorKind::Usage, "The thousands separator must differ from the decimal mark.");

    report(progress, 0.15, "Guessing column types");
    const Tokenizer tok(dialect.delimiter, dialect.quote);
    auto headResult = parseHead(text, tok, dialect.header, std::max(kHeadRecords, o.previewRows), o);
    if (!headResult) return headResult.error();
    Head& head = *headResult;
    if (head.rows.empty())
        return makeError(ErrorKind::BadInput, dialect.header ? "The file has a header row but no data rows below it."
                                                             : "The file is empty.");

    std::vector<CsvWarning> headerWarnings;
    std::size_t ncols = modeFieldCount(head.rows);
    if (dialect.header) {
        std::size_t named = head.header.size();
        while (named > ncols && named > 1 && trimSpaces(head.header[named - 1]).empty()) --named;
        if (ncols > named)
            headerWarnings.push_back({head.headerLine, "extra_columns",
                                      "Most rows have " + std::to_string(ncols) + " fields but the header names only " +
                                          std::to_string(named) + "; the extra columns got generated names."});
        ncols = std::max(ncols, named);
    }
    if (ncols > o.maxColumns) return tooManyColumns(ncols, o.maxColumns);
    if (ncols == 0) ncols = 1;
    const auto names = columnNames(head, dialect.header, ncols, headerWarnings);

    for (std::size_t i = 0; i < o.previewRows && i < head.rows.size() && (o.maxRows == 0 || i < o.maxRows); ++i)
        rep.preview.push_back(head.rows[i]);

    // Sample: the first rows plus rows spread over the file.
    std::vector<Row> sampleRows;
    const std::size_t headForSample = std::min(head.rows.size(), kHeadRecords);
    sampleRows.assign(std::make_move_iterator(head.rows.begin()),
                      std::make_move_iterator(head.rows.begin() + std::ptrdiff_t(headForSample)));
    const std::size_t avgRecordBytes = std::max<std::size_t>(1, head.rowBytes / std::max<std::size_t>(1, head.rows.size()));
    std::vector<Row>().swap(head.rows);
    const unsigned workers = o.threads ? o.threads : workerCount();
    if (!head.reachedEnd && o.maxRows == 0) {
        // The windows are independent: read them on all cores, keep them in order.
        std::vector<std::vector<Row>> windows(kSpreadPositions);
        forEachInParallel(kSpreadPositions, workers, [&](std::size_t w) {
            addSpreadWindow(text, tok, head.dataStart, ncols, w + 1, windows[w]);
        });
        for (auto& window : windows)
            for (auto& row : window) sampleRows.push_back(std::move(row));
    }
    Sample sample = sampleColumns(sampleRows, ncols);

    std::vector<ColumnPlan> plans(ncols);
    rep.columns.resize(ncols);
    forEachInParallel(ncols, sampleRows.size() * ncols >= 20000 ? workers : 1u, [&](std::size_t c) {
        const auto over = o.typeOverrides.find(names[c]);
        const Inference inf = over != o.typeOverrides.end()
                                  ? planForType(over->second, names[c], sample.byColumn[c], dialect, o.dayFirst)
                                  : inferColumn(names[c], sample.byColumn[c], dialect, o.dayFirst);
        plans[c] = inf.plan;
        rep.columns[c] = ColumnImportInfo{names[c], inf.plan.type, inf.confidence, 0, {}, inf.note};
    });
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "The import was cancelled.");
    // The sample (~10 MB of cells for a wide file) is not needed while the rows
    // are parsed, which is when the import's memory peaks.
    std::vector<std::vector<std::string_view>>().swap(sample.byColumn);
    std::vector<std::string>().swap(sample.chars);
    std::vector<Row>().swap(sampleRows);

    ParseContext ctx;
    ctx.text = text;
    ctx.tokenizer = &tok;
    ctx.plans = &plans;
    ctx.avgBytes = std::move(sample.avgBytes);
    ctx.avgRecordBytes = avgRecordBytes;
    ctx.maxLineBytes = o.maxLineBytes;
    ctx.invalidOffsets = &decoded.invalidOffsets;
    ctx.progress = progress;
    auto parsed = runParse(ctx, head.dataStart, head.dataStartLine, workers, o.maxRows);
    if (!parsed) return parsed.error();
    report(progress, 0.92, "Finishing");

    // Columns whose later values did not fit are read again as raw cells while
    // the text is still here; then the text can go before the columns are joined.
    std::vector<std::size_t> wide;
    for (std::size_t c = 0; c < ncols; ++c)
        for (const auto& ch : parsed->chunks)
            if (ch.parts[c].needsWiderType) { wide.push_back(c); break; }
    std::vector<RawColumn> raw;
    if (!wide.empty()) {
        report(progress, 0.93, "Re-reading columns with unexpected values");
        raw = readRawColumns(ctx, head.dataStart, workers, o.maxRows, wide, parsed->startLines);
    }
    std::string().swap(decoded.owned);
    const std::unique_ptr<PageDonor> donor = releaseBytes ? releaseBytes() : nullptr;

    // Join the chunks column by column.
    Table& table = result.table;
    table.columns.resize(ncols);
    std::vector<std::int64_t> firstBadLine(ncols, 0);
    auto joinColumn = [&](std::size_t c) {
        std::vector<ColumnPart> parts;
        bool sawFraction = false;
        std::int64_t invalid = 0;
        std::vector<BadValue> examples;
        for (std::size_t k = 0; k < parsed->chunks.size(); ++k) {
            ColumnPart& part = parsed->chunks[k].parts[c];
            sawFraction = sawFraction || part.sawFraction;
            invalid += part.invalid;
            for (auto& b : part.examples)
                if (examples.size() < 5) examples.push_back({b.line + parsed->startLines[k], std::move(b.text)});
            parts.push_back(std::move(part));
        }
        Column& col = table.columns[c];
        col.name = names[c];
        if (std::find(wide.begin(), wide.end(), c) != wide.end()) return;   // rebuilt below
        mergeParts(parts, parsed->storage[c], plans[c], col, donor.get());
        ColumnImportInfo& info = rep.columns[c];
        if (sawFraction && col.type == ColumnType::Integer) {
            col.type = ColumnType::Decimal;
            info.note = "numbers further down the file have decimals; read as decimal";
        }
        if (demoteWideCategory(col))
            info.note = "more distinct values than the sample showed; read as " + std::string(toString(col.type));
        info.guessedType = col.type;
        info.invalidCount = invalid;
        for (auto& b : examples) info.invalidExamples.push_back(b.text);
        if (!examples.empty()) firstBadLine[c] = examples.front().line;
    };
    // Join on all cores (the copy is memory-bound and was a single-threaded
    // step between two parallel ones).
    forEachInParallel(ncols, workers, joinColumn);

    std::vector<std::uint8_t> rowProblem;
    for (auto& ch : parsed->chunks) {
        rowProblem.insert(rowProblem.end(), ch.rowProblem.begin(), ch.rowProblem.end());
        rep.rowsRead += ch.records;
        rep.rowsLost += ch.rowsLost;
    }
    for (auto& r : raw)
        rebuildColumn(r, dialect, o, plans[r.index], table.columns[r.index], rep.columns[r.index], rowProblem,
                      firstBadLine[r.index]);
    rep.rowsLoaded = std::int64_t(table.rowCount());

    // Warnings: header, parse (per chunk), bytes, type mismatches; sorted by line.
    std::vector<CsvWarning> all = std::move(headerWarnings);
    rep.warningCount = std::int64_t(all.size());
    for (std::size_t k = 0; k < parsed->chunks.size(); ++k) {
        for (auto w : parsed->chunks[k].warnings) {
            const std::int64_t abs = w.line + parsed->startLines[k];
            const std::string rel = "Line " + std::to_string(w.line) + " ";
            if (w.message.rfind(rel, 0) == 0) w.message.replace(0, rel.size(), "Line " + std::to_string(abs) + " ");
            w.line = abs;
            all.push_back(std::move(w));
        }
        rep.warningCount += parsed->chunks[k].warningCount;
    }
    for (std::size_t i = 0; i < decoded.invalidLines.size() && i < kMaxWarnings; ++i)
        all.push_back({decoded.invalidLines[i], "invalid_bytes",
                       "Line " + std::to_string(decoded.invalidLines[i]) + " has bytes that are not valid " +
                           toString(decoded.encoding) + " text; they were replaced by \xEF\xBF\xBD."});
    rep.warningCount += std::int64_t(decoded.invalidLines.size());
    for (std::size_t c = 0; c < ncols; ++c)
        if (rep.columns[c].invalidCount > 0) {
            addTypeMismatchWarning(table.columns[c], rep.columns[c], firstBadLine[c], all);
            ++rep.warningCount;
        }
    std::stable_sort(all.begin(), all.end(), [](const CsvWarning& a, const CsvWarning& b) { return a.line < b.line; });
    if (all.size() > kMaxWarnings) all.resize(kMaxWarnings);
    rep.warnings = std::move(all);
    rep.rowsWithProblems = std::int64_t(std::count(rowProblem.begin(), rowProblem.end(), std::uint8_t(1)));

    for (std::size_t c = 0; c < ncols; ++c) {
        Column& col = table.columns[c];
        const auto role = o.roleOverrides.find(col.name);
        col.role = role != o.roleOverrides.end() ? role->second : guessRole(col.name, col.type);
    }
    report(progress, 1.0, "Done");
    return result;
}

} // namespace

} // namespace segmenta
