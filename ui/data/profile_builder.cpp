// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/profile_builder.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "core/table/dates.h"

namespace segmenta::ui {

namespace {

QString number(double v) {
    if (!std::isfinite(v)) return QStringLiteral("—");
    return QLocale().toString(v, 'g', std::abs(v) >= 1e6 ? 10 : 6);
}

QString timeText(ColumnType type, double v) {
    return QString::fromStdString(type == ColumnType::Date ? formatDate(std::int64_t(std::floor(v)))
                                                           : formatDateTime(std::int64_t(std::floor(v))));
}

// Equal-width bins between min and max (one bin when all values are equal).
void histogram(ColumnProfileView& v, const std::vector<double>& sorted, int bins) {
    const double lo = sorted.front(), hi = sorted.back();
    if (!(hi > lo)) { v.edges = {lo - 0.5, lo + 0.5}; v.binCounts = {std::int64_t(sorted.size())}; return; }
    v.edges.resize(std::size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i) v.edges[std::size_t(i)] = lo + (hi - lo) * double(i) / double(bins);
    v.binCounts.assign(std::size_t(bins), 0);
    const double width = (hi - lo) / double(bins);
    for (double x : sorted) v.binCounts[std::min(std::size_t((x - lo) / width), std::size_t(bins) - 1)]++;
}

template <typename Key>
void topValues(ColumnProfileView& v, const std::unordered_map<Key, std::int64_t>& counts,
               const std::function<QString(const Key&)>& label, std::int64_t present) {
    std::vector<std::pair<Key, std::int64_t>> sorted(counts.begin(), counts.end());
    const std::size_t n = std::min<std::size_t>(sorted.size(), ProfileBuilder::kTopValues);
    std::partial_sort(sorted.begin(), sorted.begin() + std::ptrdiff_t(n), sorted.end(), [](const auto& a, const auto& b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    std::int64_t shown = 0;
    for (std::size_t i = 0; i < n; ++i) {
        v.topValues.emplace_back(label(sorted[i].first), sorted[i].second);
        shown += sorted[i].second;
    }
    v.otherCount = present - shown;
    v.distinct = std::int64_t(counts.size());
}

void numericProfile(ColumnProfileView& v, const Column& c) {
    const bool temporal = isTemporal(c.type);
    std::vector<double> values;
    values.reserve(c.size());
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.missing[i]) values.push_back(temporal ? double(c.times[i]) : c.numbers[i]);
    if (values.empty()) return;
    std::sort(values.begin(), values.end());
    v.distinct = 1;
    for (std::size_t i = 1; i < values.size(); ++i) v.distinct += values[i] != values[i - 1];
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    auto text = [&](double x) { return temporal ? timeText(c.type, x) : number(x); };
    using T = ProfileBuilder;
    v.stats.push_back({T::tr("Smallest"), text(values.front()), T::tr("The lowest value in the column.")});
    v.stats.push_back({T::tr("Largest"), text(values.back()), T::tr("The highest value in the column.")});
    if (!temporal) {
        double mean = 0;
        for (double x : values) mean += x;
        mean /= double(n);
        double ss = 0;   // two passes: stable where E[x²] − E[x]² is not
        for (double x : values) ss += (x - mean) * (x - mean);
        v.stats.push_back({T::tr("Average (mean)"), number(mean), T::tr("The sum of the values divided by their count.")});
        v.stats.push_back({T::tr("Middle value (median)"), number(median), T::tr("Half of the values are below it, half above.")});
        v.stats.push_back({T::tr("Spread (std. deviation)"), n > 1 ? number(std::sqrt(ss / double(n - 1))) : QStringLiteral("—"),
                           n > 1 ? T::tr("How far values typically are from the average (sample standard deviation).")
                                 : T::tr("Needs at least two values.")});
    } else {
        v.stats.push_back({T::tr("Middle (median)"), text(median), T::tr("Half of the dates are earlier, half later.")});
    }
    histogram(v, values, ProfileBuilder::kBins);
}

void categoryProfile(ColumnProfileView& v, const Column& c) {
    std::unordered_map<std::int32_t, std::int64_t> counts;
    std::int64_t present = 0;
    if (c.type == ColumnType::Category) {
        for (std::size_t i = 0; i < c.size(); ++i)
            if (!c.missing[i] && c.codes[i] >= 0) { counts[c.codes[i]]++; ++present; }
        topValues<std::int32_t>(v, counts, [&c](const std::int32_t& k) { return QString::fromStdString(c.levels[std::size_t(k)]); }, present);
    } else {   // Boolean
        for (std::size_t i = 0; i < c.size(); ++i)
            if (!c.missing[i]) { counts[c.numbers[i] != 0 ? 1 : 0]++; ++present; }
        topValues<std::int32_t>(v, counts, [](const std::int32_t& k) { return k ? ProfileBuilder::tr("yes") : ProfileBuilder::tr("no"); }, present);
    }
}

void textProfile(ColumnProfileView& v, const Column& c) {
    std::unordered_map<std::string_view, std::int64_t> counts;
    std::int64_t present = 0;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.missing[i]) { counts[c.strings[i]]++; ++present; }
    topValues<std::string_view>(v, counts, [](const std::string_view& s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }, present);
}

void flags(ColumnProfileView& v) {
    using T = ProfileBuilder;
    const std::int64_t present = v.rows - v.missing;
    if (present == 0) {
        v.flags.push_back({T::tr("Empty"), T::tr("Every value is missing; the column tells nothing."), true});
        return;
    }
    if (v.distinct == 1)
        v.flags.push_back({T::tr("Same value everywhere"), T::tr("Every row has the same value, so it cannot tell customers apart."), true});
    else if (!v.topValues.empty() && double(v.topValues.front().second) >= 0.95 * double(present))
        v.flags.push_back({T::tr("Almost always the same"), T::tr("At least 95 % of the rows have the same value."), true});
    if (v.distinct >= 0 && present >= 20 && double(v.distinct) >= 0.95 * double(present) && !isNumeric(v.type) && !isTemporal(v.type))
        v.flags.push_back({T::tr("Looks like an identifier"), T::tr("Nearly every row has its own value, like a customer id or an e-mail. It is not used to find segments."), false});
    if (double(v.missing) >= 0.5 * double(v.rows))
        v.flags.push_back({T::tr("Mostly missing"), T::tr("Half of the rows or more have no value here."), true});
}

} // namespace

ColumnProfileView ProfileBuilder::build(const Table& table, std::size_t index, const Progress* progress) {
    const Column& c = table.columns[index];
    ColumnProfileView v;
    v.column = int(index);
    v.name = QString::fromStdString(c.name);
    v.type = c.type;
    v.rows = std::int64_t(c.size());
    v.missing = std::int64_t(c.missingCount());
    if (cancelled(progress)) return v;
    switch (c.type) {
    case ColumnType::Integer: case ColumnType::Decimal: case ColumnType::Date: case ColumnType::DateTime:
        numericProfile(v, c); break;
    case ColumnType::Boolean: case ColumnType::Category: categoryProfile(v, c); break;
    case ColumnType::Text: case ColumnType::Identifier: textProfile(v, c); break;
    }
    flags(v);
    report(progress, 1.0);
    return v;
}

} // namespace segmenta::ui
