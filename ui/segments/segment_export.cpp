// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_export.h"

#include <cmath>

#include "core/io/csv_writer.h"
#include "core/quality/personal_data.h"

namespace segmenta::ui {
namespace {

Column makeColumn(std::string name, ColumnType type, std::size_t rows) {
    Column c;
    c.name = std::move(name);
    c.type = type;
    c.reserve(rows);
    return c;
}

void appendNumberOrMissing(Column& c, double v) {
    if (std::isfinite(v)) c.appendNumber(v);
    else c.appendMissing();
}

} // namespace

Result<std::size_t> exportSegmentRows(const std::string& path, const Table& table, const SegmentationResult& result,
                                      const Progress* progress, std::vector<std::string>* leftOut) {
    const std::size_t n = table.rowCount();
    if (result.labels.size() != n)
        return makeError(ErrorKind::Usage, "The segments belong to a different table; run the segmentation again.");
    std::vector<std::string> names;
    for (const auto& c : table.columns) names.push_back(c.name);
    names.insert(names.end(), {"segment", "segment_name", "segment_probability"});
    Table::makeUniqueNames(names);
    const std::size_t base = table.columnCount();

    std::vector<Column> extra;
    extra.push_back(makeColumn(names[base], ColumnType::Integer, n));
    extra.push_back(makeColumn(names[base + 1], ColumnType::Category, n));
    const bool mixture = isMixture(result.model.algorithm) && std::size_t(result.probabilities.rows()) == n;
    if (mixture) extra.push_back(makeColumn(names[base + 2], ColumnType::Decimal, n));
    for (const auto& s : result.segments) extra[1].levels.push_back(s.name);
    for (std::size_t r = 0; r < n; ++r) {
        const auto s = result.labels[r];
        if (s < 0 || std::size_t(s) >= result.segments.size()) {
            for (auto& c : extra) c.appendMissing();
            continue;
        }
        extra[0].appendNumber(double(s));
        extra[1].codes.push_back(s);
        extra[1].missing.push_back(0);
        if (mixture) appendNumberOrMissing(extra[2], result.probabilities(Eigen::Index(r), Eigen::Index(s)));
    }
    CsvWriteOptions options;
    options.leaveOut = withheldNames(withheldColumns(table), WithholdReason::PersonalData);
    if (leftOut) *leftOut = options.leaveOut;
    return writeCsvFile(path, table, extra, options, progress);
}

Table segmentSummaryTable(const SegmentationResult& result) {
    const std::size_t k = result.segments.size();
    Table t;
    t.columns.push_back(makeColumn("segment", ColumnType::Integer, k));
    t.columns.push_back(makeColumn("name", ColumnType::Text, k));
    t.columns.push_back(makeColumn("description", ColumnType::Text, k));
    t.columns.push_back(makeColumn("size", ColumnType::Integer, k));
    t.columns.push_back(makeColumn("share", ColumnType::Decimal, k));
    for (const auto& s : result.segments) {
        t.columns[0].appendNumber(double(s.id));
        t.columns[1].appendString(s.name);
        t.columns[2].appendString(s.description);
        t.columns[3].appendNumber(double(s.size));
        appendNumberOrMissing(t.columns[4], s.share);
    }
    // Per feature, in the order of the first segment's profile (all share it).
    const std::size_t features = k == 0 ? 0 : result.segments.front().features.size();
    for (std::size_t f = 0; f < features; ++f) {
        const auto& first = result.segments.front().features[f];
        if (first.categorical) {
            Column level = makeColumn(first.feature + " most common", ColumnType::Text, k);
            Column share = makeColumn(first.feature + " share", ColumnType::Decimal, k);
            for (const auto& s : result.segments) {
                level.appendString(s.features[f].topLevel);
                appendNumberOrMissing(share, s.features[f].topShare);
            }
            t.columns.push_back(std::move(level));
            t.columns.push_back(std::move(share));
        } else {
            Column mean = makeColumn(first.feature + " mean", ColumnType::Decimal, k);
            Column median = makeColumn(first.feature + " median", ColumnType::Decimal, k);
            for (const auto& s : result.segments) {
                appendNumberOrMissing(mean, s.features[f].mean);
                appendNumberOrMissing(median, s.features[f].median);
            }
            t.columns.push_back(std::move(mean));
            t.columns.push_back(std::move(median));
        }
    }
    std::vector<std::string> names;
    for (const auto& c : t.columns) names.push_back(c.name);
    Table::makeUniqueNames(names);
    for (std::size_t i = 0; i < names.size(); ++i) t.columns[i].name = names[i];
    t.sourceName = "segments";
    return t;
}

Result<std::size_t> exportSegmentSummary(const std::string& path, const SegmentationResult& result, const Progress* progress) {
    return writeCsvFile(path, segmentSummaryTable(result), {}, {}, progress);
}

} // namespace segmenta::ui
