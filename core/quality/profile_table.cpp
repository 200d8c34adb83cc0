// SPDX-License-Identifier: GPL-3.0-or-later
// The whole table: columns profiled in parallel (one column per worker at a
// time), then duplicated rows and columns through 64-bit row and column hashes,
// with every hash match checked cell by cell so collisions can never count.
#include <algorithm>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "core/common/parallel.h"
#include "core/common/radix_sort.h"
#include "core/quality/profile.h"
#include "core/quality/profile_internal.h"
#include "core/quality/text_groups.h"
#include "core/quality/value_keys.h"

namespace segmenta {

using namespace quality_detail;

namespace {

std::vector<std::vector<std::uint64_t>> levelHashes(const Table& t) {
    std::vector<std::vector<std::uint64_t>> out(t.columnCount());
    for (std::size_t j = 0; j < t.columnCount(); ++j)
        for (const auto& level : t.columns[j].levels) out[j].push_back(hashString(level));
    return out;
}

bool rowsEqual(const Table& t, std::size_t a, std::size_t b) {
    for (const auto& c : t.columns)
        if (!cellsEqual(c, a, c, b)) return false;
    return true;
}

// Row hashes over all columns, computed over row blocks on every core.
std::vector<std::uint64_t> rowHashes(const Table& t, const std::vector<std::vector<std::uint64_t>>& levels) {
    std::vector<std::uint64_t> h(t.rowCount(), 0x5e9e17a5ULL);
    parallelBlocks(t.rowCount(), [&](std::size_t b, std::size_t e, unsigned) {
        for (std::size_t j = 0; j < t.columnCount(); ++j) {
            const Column& c = t.columns[j];
            const std::uint64_t* lh = levels[j].data();
            for (std::size_t i = b; i < e; ++i) h[i] = mix64(h[i] * 0x9E3779B97F4A7C15ULL + cellKey(c, i, lh));
        }
    });
    return h;
}

std::int64_t countDuplicateRows(const Table& t, const std::vector<std::vector<std::uint64_t>>& levels) {
    const std::size_t n = t.rowCount();
    if (n < 2 || t.columnCount() == 0) return 0;
    std::vector<std::uint64_t> keys = rowHashes(t, levels);
    std::vector<std::uint32_t> rows(n);
    for (std::size_t i = 0; i < n; ++i) rows[i] = std::uint32_t(i);
    radixSortPairs(keys, rows);
    std::int64_t duplicates = 0;
    std::vector<std::uint32_t> group, representatives;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && keys[j] == keys[i]) ++j;
        if (j - i > 1) {
            // Same hash: count rows equal to an earlier distinct row of the group.
            group.assign(rows.begin() + std::ptrdiff_t(i), rows.begin() + std::ptrdiff_t(j));
            std::sort(group.begin(), group.end());
            representatives.clear();
            for (std::uint32_t r : group) {
                const bool seen = std::any_of(representatives.begin(), representatives.end(),
                                              [&](std::uint32_t q) { return rowsEqual(t, q, r); });
                if (seen) ++duplicates; else representatives.push_back(r);
            }
        }
        i = j;
    }
    return duplicates;
}

// Exact equality of two columns of the same value class, in blocks of rows so
// that columns which differ (nearly always within the first rows) cost almost
// nothing; a missing cell equals only a missing cell.
template <typename Equal>
bool sameCells(const Column& a, const Column& b, Equal&& equal) {
    constexpr std::size_t kBlock = 4096;
    const std::uint8_t* ma = a.missing.data();
    const std::uint8_t* mb = b.missing.data();
    for (std::size_t begin = 0, n = a.size(); begin < n; begin += kBlock) {
        const std::size_t end = std::min(n, begin + kBlock);
        bool same = true;
        for (std::size_t i = begin; i < end; ++i) same &= (ma[i] != 0) == (mb[i] != 0);
        for (std::size_t i = begin; i < end && same; ++i) same = ma[i] || equal(i);
        if (!same) return false;
    }
    return true;
}

bool columnsEqual(const Column& a, const Column& b) {
    if (a.size() != b.size() || valueClass(a.type) != valueClass(b.type)) return false;
    switch (valueClass(a.type)) {
    case ValueClass::Number:
        return sameCells(a, b, [&](std::size_t i) { return doubleBits(a.numbers[i]) == doubleBits(b.numbers[i]); });
    case ValueClass::Date: case ValueClass::DateTime:
        return sameCells(a, b, [&](std::size_t i) { return a.times[i] == b.times[i]; });
    case ValueClass::String: break;
    }
    return sameCells(a, b, [&](std::size_t i) { return cellsEqual(a, i, b, i); });
}

// Only columns with the same value class, missing count and distinct count can be
// equal; those are compared directly (unequal columns differ within the first
// rows), each against the earlier columns of its kind that are not duplicates
// themselves: a column equal to a duplicate equals that duplicate's original,
// which comes first. The result is the first earlier equal column, as before.
std::vector<DuplicateColumn> findDuplicateColumns(const Table& t, const std::vector<ColumnProfile>& profiles) {
    auto signature = [&](std::size_t j) {
        return mix64(mix64(std::uint64_t(profiles[j].missing)) ^ std::uint64_t(profiles[j].distinct) ^
                     (std::uint64_t(valueClass(t.columns[j].type)) << 60));
    };
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> originals;   // by signature, ascending
    std::vector<DuplicateColumn> out;
    for (std::size_t j = 0; j < t.columnCount(); ++j) {
        auto& earlier = originals[signature(j)];
        const auto same = std::find_if(earlier.begin(), earlier.end(),
                                       [&](std::size_t e) { return columnsEqual(t.columns[e], t.columns[j]); });
        if (same != earlier.end()) out.push_back({j, *same});
        else earlier.push_back(j);
    }
    return out;
}

// Text columns from this many rows are split over the workers.
constexpr std::size_t kSplitRows = std::size_t(1) << 17;

// Rough cost so the slow columns start first and both cores finish together.
double columnCost(const Column& c) {
    switch (c.type) {
    case ColumnType::Text: case ColumnType::Identifier: return 3.0;
    case ColumnType::Decimal: return 2.0;
    case ColumnType::Category: return 0.3;
    default: return 1.0;
    }
}

} // namespace

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, const Progress* progress) {
    TableProfile out;
    out.rows = std::int64_t(table.rowCount());
    const std::size_t m = table.columnCount();
    out.columns.resize(m);
    std::vector<std::size_t> order(m);
    for (std::size_t j = 0; j < m; ++j) order[j] = j;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return columnCost(table.columns[a]) > columnCost(table.columns[b]);
    });

    std::size_t done = 0;
    std::mutex reportMutex;
    const double steps = double(m) + (options.duplicates ? 2.0 : 0.0);
    auto finished = [&] {
        const std::lock_guard<std::mutex> lock(reportMutex);
        report(progress, double(++done) / steps, "Profiling columns");
    };
    // Long text columns first, each on every worker (blocks of rows, then ranges
    // of hash parts): one such column costs as much as several number columns,
    // and whole columns per worker left one core working alone at the end.
    const unsigned workers = workerCount();
    std::vector<std::size_t> whole;
    std::optional<TextScratch> scratch;   // one set of buffers for all of them
    for (const std::size_t j : order) {
        const Column& c = table.columns[j];
        if (workers < 2 || !isStringLike(c.type) || c.size() < kSplitRows) { whole.push_back(j); continue; }
        if (cancelled(progress)) break;
        if (!scratch) scratch.emplace(table.rowCount());
        out.columns[j] = profileColumnOn(c, options, workers, &*scratch);
        finished();
    }
    scratch.reset();   // 24 bytes a row: not held through the rest
    // The other columns whole, the slowest first, each taken by the next free worker.
    if (!cancelled(progress))
        parallelForEach(whole.size(), [&](std::size_t k) {
            if (cancelled(progress)) return;
            out.columns[whole[k]] = profileColumn(table.columns[whole[k]], options);
            finished();
        }, workers);
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Profiling was cancelled.");

    if (options.duplicates) {
        // A column with a different value in every row (an id) rules out duplicated rows.
        const bool uniqueColumn = std::any_of(out.columns.begin(), out.columns.end(), [&](const ColumnProfile& p) {
            return p.missing == 0 && p.distinct == out.rows;
        });
        out.duplicateRows = uniqueColumn ? 0 : countDuplicateRows(table, levelHashes(table));
        report(progress, (double(m) + 1.0) / steps, "Looking for duplicates");
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Profiling was cancelled.");
        out.duplicateColumns = findDuplicateColumns(table, out.columns);
        for (const auto& d : out.duplicateColumns) out.columns[d.column].flags.push_back(QualityFlag::DuplicateColumn);
    }
    report(progress, 1.0, "Profile ready");
    return out;
}

} // namespace segmenta
