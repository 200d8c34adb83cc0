// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/type_inference.h"
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

struct BadValue {
    std::int64_t line = 0;   // chunk-relative until the reader rebases it
    std::string text;
};

// The values of one column within one chunk of records, parsed straight from
// the text into typed storage.
class ColumnPart {
public:
    explicit ColumnPart(const ColumnPlan& plan) : plan_(&plan) {}
    void reserve(std::size_t rows, std::size_t avgBytes);

    // `v` is the cell after unquoting; `line` locates it for reports.
    void append(std::string_view v, bool quoted, std::int64_t line);
    void appendMissing();

    std::vector<double> numbers;
    std::vector<std::int64_t> times;
    std::vector<std::int32_t> codes;
    LevelIndex levels;
    StringPool strings;
    std::vector<std::uint8_t> missing;

    std::int64_t invalid = 0;             // misfits turned into missing
    std::vector<BadValue> examples;       // the first 5
    bool needsWiderType = false;          // a misfit in a column that does not accept them
    bool sawFraction = false;             // a non-integer in an Integer column
    std::vector<std::int64_t> lines;      // Raw cells only: where each came from
    std::vector<std::uint8_t>* rowFlags = nullptr;   // per row of this part: set on a misfit

private:
    void misfit(std::string_view v, std::int64_t line);
    const ColumnPlan* plan_;
};

class PageDonor;

// Joins the parts (in record order) into one column of the plan's type. With a
// donor, the room the first part reserved for the others is backed by its pages
// before they are copied in.
void mergeParts(std::vector<ColumnPart>& parts, const ColumnPlan& plan, Column& out, PageDonor* donor = nullptr);

// Converts a category column with too many levels to text or identifier.
// Returns true when it did.
bool demoteWideCategory(Column& c);

} // namespace segmenta::csv
