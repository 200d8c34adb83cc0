// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/chunk_parser.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <thread>

#include "core/common/busy_cores.h"

namespace segmenta::csv {

namespace {

constexpr std::size_t kMaxWarnings = 100;
constexpr std::int64_t kCheckEvery = 4096;   // records between cancel checks and progress reports

void warn(ChunkOutput& out, std::int64_t line, const char* kind, std::string message) {
    ++out.warningCount;
    if (out.warnings.size() < kMaxWarnings) out.warnings.push_back({line, kind, std::move(message)});
    if (!out.rowProblem.empty()) out.rowProblem.back() = 1;
}

// Line breaks inside the record, not the one that ends it (for a quote never
// closed, the file's last line break).
std::int64_t embeddedLineBreaks(const RecordScan& r, const char* text) {
    if (r.next == 0) return 0;
    const char last = text[r.next - 1];
    return std::max<std::int64_t>(0, r.newlines - (last == '\n' || last == '\r' ? 1 : 0));
}

std::string fieldsWord(std::size_t n) { return std::to_string(n) + (n == 1 ? " field" : " fields"); }

} // namespace

Error lineTooLongError(std::int64_t line, std::size_t limit, bool unclosed) {
    const std::string size = limit >= (1u << 20) ? std::to_string(limit >> 20) + " MB" : std::to_string(limit >> 10) + " KB";
    if (unclosed)
        return makeError(ErrorKind::BadInput,
                         "A quote opened on line " + std::to_string(line) +
                             " is never closed, so the rest of the file reads as one cell. Fix the quote in a text "
                             "editor or spreadsheet and import again.",
                         line);
    return makeError(ErrorKind::BadInput,
                     "Line " + std::to_string(line) + " is longer than " + size +
                         ", so this does not look like a table. Check that you chose the right file.",
                     line);
}

void parseChunk(const ParseContext& ctx, std::size_t begin, std::size_t stopAt, std::size_t maxRecords,
                bool reportProgress, ChunkOutput& out, std::vector<ColumnStorage>& storage, ChunkWindow window) {
    const auto& plans = *ctx.plans;
    const std::size_t ncols = plans.size();
    const std::size_t span = stopAt > begin ? stopAt - begin : 0;
    out.parts.clear();
    out.parts.reserve(ncols);
    for (std::size_t c = 0; c < ncols; ++c) {
        out.parts.emplace_back(plans[c]);
        out.parts.back().attach(storage[c], window.from, window.to, window.stringRows,
                                c < ctx.avgBytes.size() ? ctx.avgBytes[c] : 8);
        out.parts.back().rowFlags = &out.rowProblem;
    }
    out.rowProblem.reserve(window.to - window.from);

    const Tokenizer& tok = *ctx.tokenizer;
    const char* text = ctx.text.data();
    const std::size_t textEnd = ctx.text.size();
    std::vector<Field> fields;
    fields.reserve(ncols + 4);
    std::string scratch;
    // Undecodable bytes found earlier mark the records that hold them.
    const std::vector<std::size_t> noOffsets;
    const auto& bad = ctx.invalidOffsets ? *ctx.invalidOffsets : noOffsets;
    auto nextBad = std::lower_bound(bad.begin(), bad.end(), begin);

    std::size_t pos = begin;
    while (pos < stopAt && (maxRecords == 0 || std::size_t(out.records) < maxRecords)) {
        if ((out.records & (kCheckEvery - 1)) == 0 && out.records > 0) {
            if (cancelled(ctx.progress)) { out.cancelled = true; break; }
            if (reportProgress && span > 0) report(ctx.progress, 0.2 + 0.7 * double(pos - begin) / double(span), "Reading rows");
        }
        const RecordScan r = tok.scan(text, pos, textEnd, fields);
        const std::int64_t line = out.lines;
        if (r.next - pos > ctx.maxLineBytes) {
            out.error = lineTooLongError(line, ctx.maxLineBytes, r.unclosedQuote);
            out.lineTooLong = true;
            out.unclosedQuote = r.unclosedQuote;
            out.errorLine = line;
            break;
        }
        pos = r.next;
        out.lines += r.newlines;
        if (Tokenizer::isBlank(fields)) continue;
        ++out.records;
        out.rowProblem.push_back(0);
        if (nextBad != bad.end() && *nextBad < pos) {
            out.rowProblem.back() = 1;
            while (nextBad != bad.end() && *nextBad < pos) ++nextBad;
        }
        const std::size_t nf = fields.size();
        if (nf != ncols) {
            warn(out, line, "ragged_row",
                 "Line " + std::to_string(line) + " has " + fieldsWord(nf) + " but the table has " +
                     std::to_string(ncols) +
                     (nf > ncols ? "; the extra fields were ignored." : "; the missing ones were left empty."));
        }
        // A record that spans line breaks and whose quotes or field count are
        // wrong most likely swallowed the rows on those lines.
        if (r.unclosedQuote || r.strayAfterQuote || nf != ncols) out.rowsLost += embeddedLineBreaks(r, text);
        if (r.unclosedQuote)
            warn(out, line, "unclosed_quote",
                 "Line " + std::to_string(line) + " opens a quote that is never closed; the rest of the file was read into one cell.");
        else if (r.strayAfterQuote)
            warn(out, line, "stray_quote",
                 "Line " + std::to_string(line) + " has text right after a closing quote; it was kept as part of the cell.");
        const std::size_t n = std::min(nf, ncols);
        for (std::size_t c = 0; c < n; ++c) {
            const Field& f = fields[c];
            // Clean fields are their own value: no call for the common case.
            const std::string_view v = (f.flags & Field::kRaw) ? tok.value(f, scratch) : std::string_view(f.data, f.size);
            out.parts[c].append(v, f.quoted(), line);
        }
        for (std::size_t c = n; c < ncols; ++c) out.parts[c].append({}, false, line);
    }
    out.end = std::min(pos, textEnd);
    for (auto& p : out.parts) p.rowFlags = nullptr;   // the output may move
}

namespace {

// Rows expected in `bytes` of records, with room to spare: a window that is too
// small only costs a copy at the join, and capacity never written costs no memory.
std::size_t rowsFor(const ParseContext& ctx, std::size_t bytes) {
    return bytes / std::max<std::size_t>(1, ctx.avgRecordBytes) * 11 / 10 + 64;
}

} // namespace

ParsedChunks parseParallel(const ParseContext& ctx, std::size_t begin, std::size_t end, unsigned workers,
                           std::size_t maxRecords) {
    constexpr std::size_t kMinChunk = 1u << 20;
    if (maxRecords > 0 || end - begin < 2 * kMinChunk) workers = 1;
    workers = std::max(1u, std::min<unsigned>(workers, unsigned((end - begin) / kMinChunk)));
    // Guessed record starts: just after a line end near each cut.
    std::vector<std::size_t> starts{begin};
    for (unsigned w = 1; w < workers; ++w) {
        const std::size_t cut = begin + (end - begin) * w / workers;
        const void* nl = std::memchr(ctx.text.data() + cut, '\n', end - cut);
        const std::size_t s = nl ? std::size_t(static_cast<const char*>(nl) - ctx.text.data()) + 1 : end;
        if (s > starts.back() && s < end) starts.push_back(s);
    }
    starts.push_back(end);
    const std::size_t chunks = starts.size() - 1;

    // One storage per column for the whole range; chunk k writes into the rows
    // from windows[k] on. Its string pools are its own (the first chunk's
    // reserve for the whole range: the others are appended to it).
    std::vector<std::size_t> windows{0};
    for (std::size_t k = 1; k <= chunks; ++k) windows.push_back(windows.back() + rowsFor(ctx, starts[k] - starts[k - 1]));
    if (maxRecords > 0) windows.back() = std::min(windows.back(), maxRecords);
    auto windowOf = [&](std::size_t k, std::size_t to) {
        return ChunkWindow{windows[k], to, k == 0 ? windows.back() : to - windows[k]};
    };
    ParsedChunks parsed;
    parsed.storage.resize(ctx.plans->size());
    for (std::size_t c = 0; c < parsed.storage.size(); ++c) parsed.storage[c].reserve((*ctx.plans)[c].kind, windows.back());
    auto& outs = parsed.chunks;
    outs.resize(chunks);
    auto run = [&](std::size_t k) {
        const BusyCoreScope busy;
        try {
            parseChunk(ctx, starts[k], starts[k + 1], maxRecords, k == 0, outs[k], parsed.storage, windowOf(k, windows[k + 1]));
        } catch (const std::bad_alloc&) {
            outs[k].error = makeError(ErrorKind::BadInput,
                                      "There is not enough memory to load this file. Close other programs or import fewer rows.");
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t k = 1; k < chunks; ++k) threads.emplace_back(run, k);
    run(0);
    for (auto& t : threads) t.join();

    for (std::size_t k = 0; k + 1 < chunks; ++k) {
        if (outs[k].error || outs[k].cancelled) { outs.resize(k + 1); return parsed; }
        if (outs[k].end == starts[k + 1]) continue;
        // The guess fell inside a quoted field: continue from where chunk k
        // really ended, into the windows of all the chunks after it.
        if (outs[k].end >= end) { outs.resize(k + 1); return parsed; }
        outs.resize(k + 2);
        outs[k + 1] = ChunkOutput{};
        try {
            parseChunk(ctx, outs[k].end, end, 0, false, outs[k + 1], parsed.storage, windowOf(k + 1, windows.back()));
        } catch (const std::bad_alloc&) {
            outs[k + 1].error = makeError(ErrorKind::BadInput, "There is not enough memory to load this file.");
        }
        return parsed;
    }
    return parsed;
}

} // namespace segmenta::csv
