// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/text_groups.h"

#include <algorithm>
#include <atomic>

#include "core/common/huge_pages.h"
#include "core/common/worker_pool.h"
#include "core/quality/value_keys.h"

namespace segmenta::quality_detail {

namespace {
constexpr std::size_t kBlockRows = 1 << 16;
constexpr std::size_t kMaxBlocks = 32;
} // namespace

TextScratch::TextScratch(std::size_t rowCount) : rows_(rowCount) {
    // Uninitialised (every slot used is written first), from the heap (malloc
    // keeps a freed block this size for the next call, where a fresh mapping
    // would be zeroed by the kernel page by page again) and advised as huge pages.
    if (rows_ == 0) return;
    keysBuffer_.reset(new std::uint64_t[rows_]);
    rowsBuffer_.reset(new std::uint32_t[rows_]);
    partKeysBuffer_.reset(new std::uint64_t[rows_]);
    partRowsBuffer_.reset(new std::uint32_t[rows_]);
    keys = keysBuffer_.get();
    rows = rowsBuffer_.get();
    partKeys = partKeysBuffer_.get();
    partRows = partRowsBuffer_.get();
    adviseHugePages(keys, rows_ * sizeof(std::uint64_t));
    adviseHugePages(rows, rows_ * sizeof(std::uint32_t));
    adviseHugePages(partKeys, rows_ * sizeof(std::uint64_t));
    adviseHugePages(partRows, rows_ * sizeof(std::uint32_t));
}

TextGroups::TextGroups(const Column& column, std::size_t topValues, TextScratch* scratch)
    : column_(column), topValues_(topValues), size_(column.size()),
      blocks_(std::clamp<std::size_t>(size_ / kBlockRows, 1, kMaxBlocks)), counts_(blocks_), present_(blocks_, 0),
      units_(kUnits) {
    if (!scratch || scratch->capacity() < size_) scratch = &own_.emplace(size_);
    keys_ = scratch->keys;
    rows_ = scratch->rows;
    partKeys_ = scratch->partKeys;
    partRows_ = scratch->partRows;
}

void TextGroups::hashBlock(std::size_t b) {
    Histogram& count = counts_[b];
    count.fill(0);
    const std::size_t begin = blockBegin(b), end = blockBegin(b + 1);
    // The pool's buffers directly: row i's bytes end at ends[i] (operator[] would
    // test i == 0 per row), and the last word of a value may be read whole.
    const char* chars = column_.strings.charBuffer().data();
    const char* charsEnd = chars + column_.strings.charBuffer().size();
    const std::uint64_t* ends = column_.strings.endBuffer().data();
    const std::uint8_t* missing = column_.missing.data();
    // The present rows' keys and rows, packed from the block's start without a
    // branch per row (a missing value's slot is overwritten by the next row):
    // with many missing cells at random a branch was mispredicted every other row.
    std::size_t w = begin;
    std::uint64_t from = begin == 0 ? 0 : ends[begin - 1];
    for (std::size_t i = begin; i < end; ++i) {
        const std::uint64_t to = ends[i];
        const std::uint64_t key = hashBytes(chars + from, std::size_t(to - from), charsEnd);
        from = to;
        const bool present = missing[i] == 0;
        keys_[w] = key;
        rows_[w] = std::uint32_t(i);
        w += present;
        count[present ? std::size_t(key >> kShift) : kParts] += 1;
    }
    present_[b] = w - begin;
}

void TextGroups::placeParts() {
    // Part p holds block 0's rows of p, then block 1's, …: rows stay ascending.
    std::size_t at = 0;
    for (std::size_t p = 0; p <= kParts; ++p) {
        partStart_[p] = at;
        for (Histogram& count : counts_) {
            const std::uint32_t n = count[p];
            count[p] = std::uint32_t(at);
            at += n;
        }
    }
    partStart_[kParts + 1] = at;
}

void TextGroups::scatterBlock(std::size_t b) {
    Histogram next = counts_[b];
    for (std::size_t i = blockBegin(b), end = blockBegin(b) + present_[b]; i < end; ++i) {
        const std::uint64_t key = keys_[i];
        const std::uint32_t at = next[std::size_t(key >> kShift)]++;
        partKeys_[at] = key;
        partRows_[at] = rows_[i];
    }
}

void TextGroups::countUnit(std::size_t u) {
    UnitResult& out = units_[u];
    TopRuns top(topValues_);
    std::vector<GroupSlot> table;
    std::vector<std::uint32_t> found;
    std::int64_t distinct = 0;
    constexpr std::size_t kPartsPerUnit = kParts / kUnits;
    for (std::size_t p = u * kPartsPerUnit; p < (u + 1) * kPartsPerUnit; ++p) {
        const std::size_t begin = partStart_[p], end = partStart_[p + 1];
        countPart(partKeys_ + begin, partRows_ + begin, end - begin, table, found,
                  [&](std::int64_t count, std::uint32_t row) {
                      ++distinct;
                      top.offer(count, row);
                  });
    }
    out.distinct = distinct;
    out.top = top.take();
}

void TextGroups::finish(ColumnProfile& p) {
    // Each unit's best runs are offered again: with distinct first rows the k best
    // are the same whichever unit found them.
    TopRuns top(topValues_);
    std::int64_t distinct = 0;
    for (const UnitResult& u : units_) {
        distinct += u.distinct;
        for (const auto& [count, row] : u.top) top.offer(count, row);
    }
    p.distinct = distinct;
    std::int64_t shown = 0;
    for (const auto& [count, row] : top.take()) {
        p.top.push_back({std::string(column_.strings[row]), count});
        shown += count;
    }
    p.otherCount = std::int64_t(partStart_[kParts]) - shown;
}

void forEachUnit(unsigned workers, std::size_t units, const std::function<void(std::size_t)>& body) {
    if (workers <= 1 || units <= 1) {
        for (std::size_t u = 0; u < units; ++u) body(u);
        return;
    }
    std::atomic<std::size_t> next{0};
    runOnWorkers(unsigned(std::min<std::size_t>(workers, units)), [&](unsigned) {
        for (std::size_t u; (u = next.fetch_add(1)) < units;) body(u);
    });
}

void groupText(ColumnProfile& p, const Column& column, std::size_t topValues, unsigned workers,
               TextScratch* scratch) {
    TextGroups groups(column, topValues, scratch);
    if (column.size() == 0) { groups.finish(p); return; }
    forEachUnit(workers, groups.blocks(), [&](std::size_t b) { groups.hashBlock(b); });
    groups.placeParts();
    forEachUnit(workers, groups.blocks(), [&](std::size_t b) { groups.scatterBlock(b); });
    forEachUnit(workers, TextGroups::kUnits, [&](std::size_t u) { groups.countUnit(u); });
    groups.finish(p);
}

} // namespace segmenta::quality_detail
