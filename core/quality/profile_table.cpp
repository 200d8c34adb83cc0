// SPDX-License-Identifier: GPL-3.0-or-later
// The whole table: columns profiled in parallel (one column per worker at a
// time), then duplicated rows and columns through 64-bit row and column hashes,
// with every hash match checked cell by cell so collisions can never count.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/common/parallel.h"
#include "core/common/radix_sort.h"
#include "core/quality/profile.h"
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

// The same keys as cellKey, with the type's case chosen once per column rather
// than per cell (this pass runs on one core after the columns are profiled).
template <typename Key>
std::uint64_t chainKeys(const Column& c, std::uint64_t h, Key&& key) {
    const std::uint8_t* missing = c.missing.data();
    for (std::size_t i = 0, n = c.size(); i < n; ++i) h = mix64(h + (missing[i] ? cellKey(c, i, nullptr) : key(i)));
    return h;
}

std::uint64_t columnFingerprint(const Column& c, const std::vector<std::uint64_t>& levels) {
    const std::uint64_t h = 0x243F6A8885A308D3ULL ^ std::uint64_t(valueClass(c.type));
    switch (c.type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean:
        return chainKeys(c, h, [&](std::size_t i) { return mix64(doubleBits(c.numbers[i]) ^ 0x1111); });
    case ColumnType::Date: return chainKeys(c, h, [&](std::size_t i) { return mix64(std::uint64_t(c.times[i]) ^ 0x2222); });
    case ColumnType::DateTime:
        return chainKeys(c, h, [&](std::size_t i) { return mix64(std::uint64_t(c.times[i]) ^ 0x3333); });
    case ColumnType::Category: return chainKeys(c, h, [&](std::size_t i) { return levels[std::size_t(c.codes[i])]; });
    case ColumnType::Text: case ColumnType::Identifier:
        return chainKeys(c, h, [&](std::size_t i) { return hashString(c.strings[i]); });
    }
    return chainKeys(c, h, [&](std::size_t i) { return cellKey(c, i, levels.data()); });
}

bool columnsEqual(const Column& a, const Column& b) {
    if (a.size() != b.size() || valueClass(a.type) != valueClass(b.type)) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!cellsEqual(a, i, b, i)) return false;
    return true;
}

// Only columns with the same value class, missing count and distinct count can be
// equal, so most tables need no fingerprint at all.
std::vector<DuplicateColumn> findDuplicateColumns(const Table& t, const std::vector<ColumnProfile>& profiles,
                                                  const std::vector<std::vector<std::uint64_t>>& levels) {
    auto signature = [&](std::size_t j) {
        return mix64(mix64(std::uint64_t(profiles[j].missing)) ^ std::uint64_t(profiles[j].distinct) ^
                     (std::uint64_t(valueClass(t.columns[j].type)) << 60));
    };
    std::unordered_map<std::uint64_t, int> sameSignature;
    for (std::size_t j = 0; j < t.columnCount(); ++j) ++sameSignature[signature(j)];
    // Fingerprints of the candidates on all cores (a pass over a million rows each).
    std::vector<std::size_t> candidates;
    for (std::size_t j = 0; j < t.columnCount(); ++j)
        if (sameSignature[signature(j)] >= 2) candidates.push_back(j);
    std::vector<std::uint64_t> prints(candidates.size());
    std::atomic<std::size_t> next{0};
    auto fingerprintAll = [&] {
        for (std::size_t k; (k = next.fetch_add(1)) < candidates.size();)
            prints[k] = columnFingerprint(t.columns[candidates[k]], levels[candidates[k]]);
    };
    std::vector<std::thread> helpers;
    for (unsigned w = 1; w < std::min<std::size_t>(workerCount(), candidates.size()); ++w) helpers.emplace_back(fingerprintAll);
    fingerprintAll();
    for (auto& h : helpers) h.join();
    std::vector<DuplicateColumn> out;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> byPrint;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::size_t j = candidates[k];
        auto& earlier = byPrint[prints[k]];
        for (std::size_t e : earlier)
            if (columnsEqual(t.columns[e], t.columns[j])) { out.push_back({j, e}); break; }
        earlier.push_back(j);
    }
    return out;
}

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

    std::atomic<std::size_t> next{0}, done{0};
    std::mutex reportMutex;
    const double steps = double(m) + (options.duplicates ? 2.0 : 0.0);
    auto work = [&] {
        for (std::size_t k; (k = next.fetch_add(1)) < m;) {
            if (cancelled(progress)) return;
            out.columns[order[k]] = profileColumn(table.columns[order[k]], options);
            const std::lock_guard<std::mutex> lock(reportMutex);
            report(progress, double(++done) / steps, "Profiling columns");
        }
    };
    std::vector<std::thread> helpers;
    const unsigned workers = std::min<unsigned>(workerCount(), unsigned(std::max<std::size_t>(1, m)));
    for (unsigned w = 1; w < workers; ++w) helpers.emplace_back(work);
    work();
    for (auto& t : helpers) t.join();
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Profiling was cancelled.");

    if (options.duplicates) {
        const auto levels = levelHashes(table);
        // A column with a different value in every row (an id) rules out duplicated rows.
        const bool uniqueColumn = std::any_of(out.columns.begin(), out.columns.end(), [&](const ColumnProfile& p) {
            return p.missing == 0 && p.distinct == out.rows;
        });
        out.duplicateRows = uniqueColumn ? 0 : countDuplicateRows(table, levels);
        report(progress, (double(m) + 1.0) / steps, "Looking for duplicates");
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "Profiling was cancelled.");
        out.duplicateColumns = findDuplicateColumns(table, out.columns, levels);
        for (const auto& d : out.duplicateColumns) out.columns[d.column].flags.push_back(QualityFlag::DuplicateColumn);
    }
    report(progress, 1.0, "Profile ready");
    return out;
}

} // namespace segmenta
