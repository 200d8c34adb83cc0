// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

namespace segmenta {

// How a numeric column with many values is cut into slices.
struct NumericBinning {
    enum class Mode { Auto, Quantiles, Edges };
    Mode mode = Mode::Auto;        // Auto: one slice per value when there are few, else quantiles
    int quantiles = 4;             // equal-count bins
    std::vector<double> edges;     // cut points: (-inf, e1], (e1, e2], …, (ek, inf)
    int maxDistinctAsValues = 12;  // Auto treats a column with at most this many values as categories
};

// One way of grouping rows: a column or the current segmentation.
struct SliceDimension {
    enum class Kind { Column, Segmentation };
    Kind kind = Kind::Column;
    std::string column;            // for Kind::Column
    NumericBinning binning;
};

// One part of a slice's name: {"country", "France"}.
struct SliceKeyPart {
    std::string column;
    std::string value;
};

// Which slice every row is in. Every row is in exactly one slice: missing
// values form their own slice, "(missing)".
struct Slicing {
    std::vector<std::uint32_t> sliceOfRow;
    std::vector<std::vector<SliceKeyPart>> keys;   // one per slice
    std::vector<std::int64_t> sizes;               // rows per slice

    std::uint32_t sliceCount() const noexcept { return std::uint32_t(keys.size()); }
    std::string label(std::uint32_t slice) const;  // "France" or "Loyal × France"
    std::vector<std::uint32_t> rowsOf(std::uint32_t slice) const;
};

inline constexpr const char* kMissingSlice = "(missing)";
inline constexpr const char* kSegmentationName = "segment";
inline constexpr std::size_t kMaxSlices = 500;

// Groups the table's rows by up to two dimensions (crossed). No dimension: one
// slice, "all rows". Errors: unknown column, a dimension needing a segmentation
// when there is none, too many distinct values.
Result<Slicing> makeSlicing(const Table& table, const std::vector<SliceDimension>& dimensions,
                            const SegmentMembership* segmentation = nullptr);

// Quantile cut points as numpy.quantile (linear interpolation) at 1/k … (k-1)/k
// of the sorted values, duplicates removed.
std::vector<double> quantileEdges(std::vector<double> values, int k);

// "1.25", "30", "1.2e+06": short, readable numbers for slice names.
std::string formatEdge(double v);

} // namespace segmenta
