// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/quality/profile.h"
#include "core/quality/top_runs.h"

// Internals of core/quality: distinct values and the most frequent values of a
// text or identifier column, through 64-bit hashes of the values.
namespace segmenta::quality_detail {

// One slot of the per-part counting table; count 0 = empty.
struct GroupSlot {
    std::uint64_t key;
    std::uint32_t row;
    std::uint32_t count;
};

// Counts the keys of one part (rows ascending) in `table`, a small open-addressing
// table that stays in cache, then calls group(count, firstRow) per distinct key.
// The keys of a part share their top bits, so the table is indexed by the low ones.
// `table` is left all empty for the next part (cleared while it is read, so it
// needs no separate zeroing pass); `found` is scratch.
template <typename Group>
void countPart(const std::uint64_t* keys, const std::uint32_t* rows, std::size_t n, std::vector<GroupSlot>& table,
               std::vector<std::uint32_t>& found, Group&& group) {
    if (n == 0) return;
    std::size_t size = 64;
    while (size < 2 * n && size < 8192) size *= 2;   // grows below if needed
    if (table.size() < size) table.assign(size, GroupSlot{0, 0, 0});
    GroupSlot* slots = table.data();
    std::size_t used = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = keys[i];
        std::size_t mask = size - 1;
        std::size_t s = std::size_t(key) & mask;
        while (slots[s].count != 0 && slots[s].key != key) s = (s + 1) & mask;
        if (slots[s].count != 0) { ++slots[s].count; continue; }
        slots[s] = {key, rows[i], 1};
        if (++used * 2 <= size) continue;
        std::vector<GroupSlot> bigger(std::max(table.size(), size * 2), GroupSlot{0, 0, 0});
        mask = size * 2 - 1;
        for (std::size_t t = 0; t < size; ++t) {
            if (slots[t].count == 0) continue;
            std::size_t u = std::size_t(slots[t].key) & mask;
            while (bigger[u].count != 0) u = (u + 1) & mask;
            bigger[u] = slots[t];
        }
        table.swap(bigger);
        slots = table.data();
        size *= 2;
    }
    // The occupied slots' positions without a branch per slot (half the slots are
    // empty at random: a branch there was mispredicted every other slot).
    found.resize(size);
    std::size_t k = 0;
    for (std::size_t t = 0; t < size; ++t) {
        found[k] = std::uint32_t(t);
        k += slots[t].count != 0;
    }
    for (std::size_t f = 0; f < k; ++f) {
        GroupSlot& slot = slots[found[f]];
        group(std::int64_t(slot.count), slot.row);
        slot = GroupSlot{0, 0, 0};
    }
}

// The grouping's four per-row buffers (24 bytes a row), reusable from one
// column to the next: fresh memory costs the kernel's zeroing of every page.
class TextScratch {
public:
    explicit TextScratch(std::size_t rowCount);
    TextScratch(const TextScratch&) = delete;
    TextScratch& operator=(const TextScratch&) = delete;
    std::size_t capacity() const noexcept { return rows_; }
    std::uint64_t* keys = nullptr;       // present rows' keys, packed per block
    std::uint32_t* rows = nullptr;       // and their rows
    std::uint64_t* partKeys = nullptr;   // the same, by part
    std::uint32_t* partRows = nullptr;

private:
    std::size_t rows_;
    std::unique_ptr<std::uint64_t[]> keysBuffer_, partKeysBuffer_;
    std::unique_ptr<std::uint32_t[]> rowsBuffer_, partRowsBuffer_;
};

// The grouping in three stages whose units may run on any worker in any order
// (the result does not depend on it): hash the values of row blocks and count
// them per part (top 8 bits of the hash); move each hash with its row to its
// part, rows ascending within a part; count each range of parts in a small table.
class TextGroups {
public:
    static constexpr int kShift = 56;
    static constexpr std::size_t kParts = std::size_t(1) << (64 - kShift);
    static constexpr std::size_t kUnits = 16;   // ranges of parts counted as one unit

    // Uses `scratch` when given and large enough, else buffers of its own.
    TextGroups(const Column& column, std::size_t topValues, TextScratch* scratch = nullptr);
    TextGroups(const TextGroups&) = delete;
    TextGroups& operator=(const TextGroups&) = delete;

    std::size_t blocks() const noexcept { return blocks_; }
    void hashBlock(std::size_t block);     // stage 1
    void placeParts();                     // between stages 1 and 2, on one thread
    void scatterBlock(std::size_t block);  // stage 2
    void countUnit(std::size_t unit);      // stage 3
    // distinct, top and otherCount into `p`, after every stage.
    void finish(ColumnProfile& p);

private:
    // The extra part would hold missing rows; they are skipped, so it stays empty.
    using Histogram = std::array<std::uint32_t, kParts + 1>;
    struct UnitResult {
        std::int64_t distinct = 0;
        std::vector<std::pair<std::int64_t, std::size_t>> top;
    };
    std::size_t blockBegin(std::size_t b) const noexcept { return size_ * b / blocks_; }

    std::optional<TextScratch> own_;
    const Column& column_;
    std::size_t topValues_;
    std::size_t size_;
    std::size_t blocks_;
    std::uint64_t* keys_ = nullptr;
    std::uint32_t* rows_ = nullptr;
    std::uint64_t* partKeys_ = nullptr;
    std::uint32_t* partRows_ = nullptr;
    std::vector<Histogram> counts_;       // per block; then each block's first position per part
    std::vector<std::size_t> present_;    // per block
    std::array<std::size_t, kParts + 2> partStart_{};
    std::vector<UnitResult> units_;
};

// Runs the three stages on `workers` workers (1: on the calling thread) and fills
// p.distinct, p.top and p.otherCount.
void groupText(ColumnProfile& p, const Column& column, std::size_t topValues, unsigned workers,
               TextScratch* scratch = nullptr);

// Runs body(unit) for every unit in [0, units) on `workers` workers, units handed
// out in order as workers become free; returns when all are done.
void forEachUnit(unsigned workers, std::size_t units, const std::function<void(std::size_t)>& body);

} // namespace segmenta::quality_detail
