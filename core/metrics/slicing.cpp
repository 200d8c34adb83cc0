// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/slicing.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/table/dates.h"

namespace segmenta {

namespace {

// One dimension decoded: an id per row (names[id]); ids are in display order.
struct Dimension {
    std::string column;
    std::vector<std::uint32_t> ids;
    std::vector<std::string> names;
};

// Puts names in alphabetical order (missing last) and renumbers the ids.
void sortNames(Dimension& d, std::uint32_t missingId) {
    std::vector<std::uint32_t> order(d.names.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if ((a == missingId) != (b == missingId)) return b == missingId;
        return d.names[a] < d.names[b];
    });
    std::vector<std::uint32_t> rankOf(order.size());
    std::vector<std::string> names(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) { rankOf[order[r]] = r; names[r] = d.names[order[r]]; }
    for (auto& id : d.ids) id = rankOf[id];
    d.names = std::move(names);
}

Dimension fromSegmentation(const Table& table, const SegmentMembership& seg) {
    Dimension d{kSegmentationName, std::vector<std::uint32_t>(table.rowCount()), seg.names};
    const auto missingId = std::uint32_t(seg.names.size());
    d.names.emplace_back(kMissingSlice);
    for (std::size_t i = 0; i < d.ids.size(); ++i) {
        const auto s = i < seg.segmentOfRow.size() ? seg.segmentOfRow[i] : -1;
        d.ids[i] = s < 0 || s >= seg.segmentCount() ? missingId : std::uint32_t(s);
    }
    return d;   // segments keep the engine's order (by id), not alphabetical
}

Dimension fromCategory(const Column& c) {
    Dimension d{c.name, std::vector<std::uint32_t>(c.size()), c.levels};
    const auto missingId = std::uint32_t(c.levels.size());
    d.names.emplace_back(kMissingSlice);
    for (std::size_t i = 0; i < c.size(); ++i)
        d.ids[i] = c.isMissing(i) || c.codes[i] < 0 ? missingId : std::uint32_t(c.codes[i]);
    sortNames(d, missingId);
    return d;
}

// Text, identifiers, dates (by month) and few-valued numbers: one slice per
// distinct display value.
template <typename KeyOf>
Dimension byDistinctText(const Column& c, KeyOf keyOf) {
    Dimension d{c.name, std::vector<std::uint32_t>(c.size()), {}};
    std::unordered_map<std::string, std::uint32_t> idOf;
    std::uint32_t missingId = UINT32_MAX;
    for (std::size_t i = 0; i < c.size(); ++i) {
        std::string key = c.isMissing(i) ? std::string(kMissingSlice) : keyOf(i);
        auto [it, added] = idOf.try_emplace(std::move(key), std::uint32_t(d.names.size()));
        if (added) {
            d.names.push_back(it->first);
            if (c.isMissing(i)) missingId = it->second;
        }
        d.ids[i] = it->second;
    }
    sortNames(d, missingId);
    return d;
}

Dimension byNumericEdges(const Column& c, const std::vector<double>& edges) {
    Dimension d{c.name, std::vector<std::uint32_t>(c.size()), {}};
    const std::size_t k = edges.size();
    if (k == 0) d.names.emplace_back("all values");
    for (std::size_t b = 0; b < k + 1 && k > 0; ++b) {
        if (b == 0) d.names.push_back("≤ " + formatEdge(edges[0]));
        else if (b == k) d.names.push_back("> " + formatEdge(edges[k - 1]));
        else d.names.push_back(formatEdge(edges[b - 1]) + " to " + formatEdge(edges[b]));
    }
    const auto missingId = std::uint32_t(d.names.size());
    d.names.emplace_back(kMissingSlice);
    for (std::size_t i = 0; i < c.size(); ++i) {
        const double v = c.numbers[i];
        // (e_{b-1}, e_b]: the number of edges strictly below v.
        d.ids[i] = c.isMissing(i) || std::isnan(v)
                       ? missingId
                       : std::uint32_t(std::lower_bound(edges.begin(), edges.end(), v) - edges.begin());
    }
    return d;
}

Dimension fromNumeric(const Column& c, const NumericBinning& binning) {
    using Mode = NumericBinning::Mode;
    if (binning.mode == Mode::Edges) {
        std::vector<double> edges = binning.edges;
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        return byNumericEdges(c, edges);
    }
    if (binning.mode == Mode::Auto) {
        std::set<double> distinct;
        for (std::size_t i = 0; i < c.size() && distinct.size() <= std::size_t(binning.maxDistinctAsValues); ++i)
            if (!c.isMissing(i) && !std::isnan(c.numbers[i])) distinct.insert(c.numbers[i]);
        if (distinct.size() <= std::size_t(binning.maxDistinctAsValues)) {
            Dimension d{c.name, std::vector<std::uint32_t>(c.size()), {}};
            const std::vector<double> values(distinct.begin(), distinct.end());
            for (std::size_t i = 0; i < c.size(); ++i) {
                if (c.isMissing(i) || std::isnan(c.numbers[i])) { d.ids[i] = std::uint32_t(values.size()); continue; }
                const auto at = std::size_t(std::lower_bound(values.begin(), values.end(), c.numbers[i]) - values.begin());
                d.ids[i] = std::uint32_t(at);
                if (d.names.size() < values.size()) d.names.resize(values.size());
                if (d.names[at].empty()) d.names[at] = c.displayText(i);
            }
            d.names.resize(values.size());
            d.names.emplace_back(kMissingSlice);
            return d;   // numeric order, not alphabetical
        }
    }
    std::vector<double> values;
    values.reserve(c.size());
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.isMissing(i) && !std::isnan(c.numbers[i])) values.push_back(c.numbers[i]);
    const double top = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    auto edges = quantileEdges(std::move(values), std::max(2, binning.quantiles));
    // An edge equal to the maximum would leave an empty top bin.
    while (!edges.empty() && edges.back() >= top) edges.pop_back();
    return byNumericEdges(c, edges);
}

Result<Dimension> decode(const Table& table, const SliceDimension& dim, const SegmentMembership* seg) {
    const bool wantsSegmentation = dim.kind == SliceDimension::Kind::Segmentation ||
                                   (dim.column == kSegmentationName && !table.column(dim.column));
    if (wantsSegmentation) {
        if (!seg) return makeError(ErrorKind::Usage, "slicing by segment needs a segmentation: find segments first");
        return fromSegmentation(table, *seg);
    }
    const Column* c = table.column(dim.column);
    if (!c) return makeError(ErrorKind::NotFound, "there is no column named '" + dim.column + "'");
    switch (c->type) {
    case ColumnType::Category: return fromCategory(*c);
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Boolean: return fromNumeric(*c, dim.binning);
    case ColumnType::Date: case ColumnType::DateTime:
        return byDistinctText(*c, [&](std::size_t i) {
            return (c->type == ColumnType::Date ? formatDate(c->times[i]) : formatDateTime(c->times[i])).substr(0, 7);
        });
    case ColumnType::Text: case ColumnType::Identifier:
        return byDistinctText(*c, [&](std::size_t i) { return std::string(c->strings[i]); });
    }
    return makeError(ErrorKind::Internal, "unknown column type");
}

} // namespace

std::string formatEdge(double v) {
    char buf[32];
    const double r = std::abs(v) >= 1e6 || (v != 0 && std::abs(v) < 1e-3) ? v : std::round(v * 1e4) / 1e4;
    auto res = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::general, 6);
    return std::string(buf, res.ptr);
}

std::vector<double> quantileEdges(std::vector<double> values, int k) {
    std::vector<double> edges;
    if (values.empty() || k < 2) return edges;
    std::sort(values.begin(), values.end());
    const double last = double(values.size() - 1);
    for (int j = 1; j < k; ++j) {
        const double pos = last * double(j) / double(k);
        const auto lo = std::size_t(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        const double frac = pos - double(lo);
        edges.push_back(values[lo] + (values[hi] - values[lo]) * frac);
    }
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

std::string Slicing::label(std::uint32_t slice) const {
    std::string out;
    for (const auto& part : keys[slice]) out += (out.empty() ? "" : " × ") + part.value;
    return out;
}

std::vector<std::uint32_t> Slicing::rowsOf(std::uint32_t slice) const {
    std::vector<std::uint32_t> rows;
    rows.reserve(std::size_t(slice < sizes.size() ? sizes[slice] : 0));
    for (std::size_t i = 0; i < sliceOfRow.size(); ++i)
        if (sliceOfRow[i] == slice) rows.push_back(std::uint32_t(i));
    return rows;
}

Result<Slicing> makeSlicing(const Table& table, const std::vector<SliceDimension>& dimensions,
                            const SegmentMembership* segmentation) {
    Slicing out;
    const std::size_t n = table.rowCount();
    if (dimensions.empty()) {
        out.sliceOfRow.assign(n, 0);
        out.keys.push_back({{"", "all rows"}});
        out.sizes.push_back(std::int64_t(n));
        return out;
    }
    if (dimensions.size() > 2) return makeError(ErrorKind::Usage, "slice by one column or two crossed, not more");
    std::vector<Dimension> dims;
    for (const auto& d : dimensions) {
        auto r = decode(table, d, segmentation);
        if (!r) return r.error();
        dims.push_back(std::move(r.value()));
    }
    if (dims.size() == 2 && dims[0].column == dims[1].column)
        return makeError(ErrorKind::Usage, "choose two different columns to cross");
    // Crossed id = id0 * n1 + id1, then keep only the combinations that occur.
    const std::uint64_t n1 = dims.size() == 2 ? dims[1].names.size() : 1;
    const std::uint64_t combos = dims[0].names.size() * n1;
    std::vector<std::int64_t> count(combos, 0);
    std::vector<std::uint64_t> combined(n);
    for (std::size_t i = 0; i < n; ++i) {
        combined[i] = dims[0].ids[i] * n1 + (dims.size() == 2 ? dims[1].ids[i] : 0);
        ++count[combined[i]];
    }
    std::vector<std::uint32_t> compact(combos, UINT32_MAX);
    for (std::uint64_t c = 0; c < combos; ++c) {
        if (count[c] == 0) continue;
        if (out.keys.size() >= kMaxSlices)
            return makeError(ErrorKind::BadInput, "this gives more than " + std::to_string(kMaxSlices) +
                                                      " slices: choose a column with fewer values, or cut it into bins");
        compact[c] = std::uint32_t(out.keys.size());
        std::vector<SliceKeyPart> key{{dims[0].column, dims[0].names[c / n1]}};
        if (dims.size() == 2) key.push_back({dims[1].column, dims[1].names[c % n1]});
        out.keys.push_back(std::move(key));
        out.sizes.push_back(count[c]);
    }
    out.sliceOfRow.resize(n);
    for (std::size_t i = 0; i < n; ++i) out.sliceOfRow[i] = compact[combined[i]];
    return out;
}

} // namespace segmenta
