// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/type_inference.h"
#include "core/io/value_parsing.h"
#include "core/table/column.h"

namespace segmenta::csv {

// Category levels → codes with one hash probe per cell (levels are few, so the
// table stays in cache). Keys live in `levels`; slots hold indices into it.
class LevelIndex {
public:
    std::int32_t codeOf(std::string_view s);   // adds the level when new
    const std::vector<std::string>& levels() const noexcept { return levels_; }
    std::vector<std::string> takeLevels() { slots_.clear(); return std::move(levels_); }

private:
    void grow();
    std::vector<std::string> levels_;
    std::vector<std::int32_t> slots_;      // -1 = empty
    std::vector<std::uint32_t> hashes_;
};

// a[0, n) == b[0, n) for the short keys of levels and dates, without a call
// to memcmp: two overlapping word loads cover 4 to 16 bytes; never reads past n.
inline bool sameShortBytes(const char* a, const char* b, std::size_t n) noexcept {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8) {
        std::uint64_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 8), std::memcpy(&y0, b, 8), std::memcpy(&x1, a + n - 8, 8), std::memcpy(&y1, b + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        std::uint32_t x0, y0, x1, y1;
        std::memcpy(&x0, a, 4), std::memcpy(&y0, b, 4), std::memcpy(&x1, a + n - 4, 4), std::memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

struct BadValue {
    std::int64_t line = 0;   // chunk-relative until the reader rebases it
    std::string text;
};

// One column's joined storage, reserved for the whole file before the records
// are parsed: each chunk's part writes straight into its own window of the
// capacity, so joining moves the second window down (memory already touched)
// instead of copying it from the part's own, freshly faulted vectors.
struct ColumnStorage {
    std::vector<double> numbers;
    std::vector<std::int64_t> times;
    std::vector<std::int32_t> codes;
    std::vector<std::uint8_t> missing;
    void reserve(CellKind kind, std::size_t rows);   // for the kind's vector and `missing`
};

// Where a part appends one kind of value: its window of a ColumnStorage vector's
// (untouched) capacity, then, when that is full, a vector of its own.
template <typename T>
class PartSink {
public:
    void attach(T* window, std::size_t room) noexcept { begin_ = cur_ = window; end_ = window + room; }
    void push_back(T v) {
        if (cur_ != end_) [[likely]] *cur_++ = v;
        else more_.push_back(v);
    }
    std::size_t size() const noexcept { return std::size_t(cur_ - begin_) + more_.size(); }
    std::size_t inWindow() const noexcept { return std::size_t(cur_ - begin_); }
    T operator[](std::size_t i) const noexcept { return i < inWindow() ? begin_[i] : more_[i - inWindow()]; }
    const T* window() const noexcept { return begin_; }
    const std::vector<T>& overflow() const noexcept { return more_; }
    void reset() noexcept { cur_ = begin_; std::vector<T>().swap(more_); }

private:
    T* begin_ = nullptr;
    T* cur_ = nullptr;
    T* end_ = nullptr;
    std::vector<T> more_;
};

// The values of one column within one chunk of records, parsed straight from
// the text into typed storage.
class ColumnPart {
public:
    explicit ColumnPart(const ColumnPlan& plan)
        : plan_(&plan), kind_(plan.kind), decimal_(plan.decimal), integerType_(plan.type == ColumnType::Integer),
          zeroOneBool_(plan.zeroOneBool), naIsValue_(plan.naIsValue) {}
    // Writes rows into [from, to) of `storage`'s capacity (more go to the part's
    // own vectors); string storage is reserved for `stringRows` rows.
    void attach(ColumnStorage& storage, std::size_t from, std::size_t to, std::size_t stringRows, std::size_t avgBytes);

    // `v` is the cell after unquoting; `line` locates it for reports. The
    // common cells (a plain number, the date of the row before) are stored right
    // here, inlined into the record loop; the rest go through appendCell.
    [[gnu::always_inline]] void append(std::string_view v, bool quoted, std::int64_t line) {
        switch (kind_) {
        case CellKind::Number: {
            double x;
            bool integer, leadingZero;
            if (parsePlainNumber(v, decimal_, x, integer, leadingZero) && (integer || !integerType_)) {
                numbers.push_back(x);
                missing.push_back(0);
                return;
            }
            break;
        }
        case CellKind::Temporal:
            if (v.size() == lastDateSize_ && lastDateSize_ != 0 && sameShortBytes(v.data(), lastDate_, v.size())) {
                times.push_back(lastDateValue_);
                missing.push_back(0);
                return;
            }
            break;
        case CellKind::Boolean: {
            // "yes", "no", and 0/1 where the plan allows them: what parseBoolWord
            // and the 0/1 rule give for these exact bytes.
            int b = -1;
            if (v.size() == 3 && v[0] == 'y' && v[1] == 'e' && v[2] == 's') b = 1;
            else if (v.size() == 2 && v[0] == 'n' && v[1] == 'o') b = 0;
            else if (v.size() == 1 && zeroOneBool_ && (v[0] == '0' || v[0] == '1')) b = v[0] - '0';
            if (b >= 0) {
                numbers.push_back(double(b));
                missing.push_back(0);
                return;
            }
            break;
        }
        case CellKind::Category:
            if (!v.empty() && !isSpace(v.front()) && !isSpace(v.back()) && !isMissingToken(v, naIsValue_)) {
                codes.push_back(levels.codeOf(v));
                missing.push_back(0);
                return;
            }
            break;
        case CellKind::String:
            // Longer than every missing token and nothing to trim: a value.
            if (v.size() > 4 && !isSpace(v.front()) && !isSpace(v.back())) {
                strings.append(v);
                missing.push_back(0);
                return;
            }
            break;
        default: break;
        }
        appendCell(v, quoted, line);
    }
    void appendCell(std::string_view v, bool quoted, std::int64_t line);   // any cell
    void appendMissing();

    PartSink<double> numbers;
    PartSink<std::int64_t> times;
    PartSink<std::int32_t> codes;
    LevelIndex levels;
    StringPool strings;
    PartSink<std::uint8_t> missing;

    std::int64_t invalid = 0;             // misfits turned into missing
    std::vector<BadValue> examples;       // the first 5
    std::vector<std::pair<std::size_t, std::string>> misfitTexts;   // every misfit: row in this part, cell text
    bool needsWiderType = false;          // a misfit in a column that does not accept them
    bool sawFraction = false;             // a non-integer in an Integer column
    std::vector<std::int64_t> lines;      // Raw cells only: where each came from
    std::vector<std::uint8_t>* rowFlags = nullptr;   // per row of this part: set on a misfit

private:
    void misfit(std::string_view v, std::int64_t line);
    bool appendDate(std::string_view v);
    const ColumnPlan* plan_;
    // The plan's fields the inline path reads, next to the sinks.
    CellKind kind_;
    char decimal_;
    bool integerType_;
    bool zeroOneBool_;
    bool naIsValue_;
    // The last date cell that parsed, and its value: exports repeat dates
    // (a snapshot date on every row), so most cells are a compare.
    char lastDate_[32] = {};
    std::size_t lastDateSize_ = 0;
    std::int64_t lastDateValue_ = 0;
};

class PageDonor;

// Joins the parts (in record order, each attached to a window of `storage`)
// into one column of the plan's type. With a donor, the room the first part's
// string pool reserved for the others is backed by its pages before they are
// copied in.
void mergeParts(std::vector<ColumnPart>& parts, ColumnStorage& storage, const ColumnPlan& plan, Column& out,
                PageDonor* donor = nullptr);

// Converts a category column with too many levels to text or identifier.
// Returns true when it did.
bool demoteWideCategory(Column& c);

} // namespace segmenta::csv
