// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/drift.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/common/parallel.h"
#include "core/drift/drift_internal.h"
#include "core/drift/drift_stats.h"
#include "core/common/radix_sort.h"

namespace segmenta {

const char* toString(DriftKind kind) noexcept { return kind == DriftKind::Numeric ? "numeric" : "categorical"; }
const char* toString(DriftTest test) noexcept {
    switch (test) {
    case DriftTest::KS: return "ks";
    case DriftTest::Chi2: return "chi2";
    case DriftTest::Wasserstein: return "wasserstein";
    case DriftTest::JensenShannon: return "jensenshannon";
    }
    return "ks";
}
const char* toString(DriftVerdict verdict) noexcept {
    switch (verdict) {
    case DriftVerdict::NoDrift: return "no_drift";
    case DriftVerdict::Drift: return "drift";
    case DriftVerdict::TooFewRows: return "too_few_rows";
    }
    return "no_drift";
}

namespace driftdetail {

std::string formatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string formatPercent(double share) {
    char buf[32];
    const double pct = share * 100.0;
    if (pct > 0 && pct < 1) std::snprintf(buf, sizeof buf, "%.1f %%", pct);
    else std::snprintf(buf, sizeof buf, "%.0f %%", pct);
    return buf;
}

DriftBars numericBars(const std::vector<double>& edges, const std::vector<double>& refShares,
                      const std::vector<double>& curShares) {
    DriftBars bars;
    bars.refShares = refShares;
    bars.curShares = curShares;
    const std::size_t bins = edges.size() + 1;
    for (std::size_t b = 0; b < bins; ++b) {
        if (edges.empty()) bars.labels.push_back("all values");
        else if (b == 0) bars.labels.push_back("< " + formatNumber(edges[0]));
        else if (b == bins - 1) bars.labels.push_back("≥ " + formatNumber(edges[b - 1]));
        else bars.labels.push_back(formatNumber(edges[b - 1]) + " – " + formatNumber(edges[b]));
        bars.lowerEdges.push_back(b == 0 ? -INFINITY : edges[b - 1]);
    }
    return bars;
}

void fillCategorical(ColumnDrift& c, const std::vector<std::string>& levels,
                     const std::vector<double>& refCounts, const std::vector<double>& curCounts) {
    c.kind = DriftKind::Categorical;
    double nr = 0, nc = 0;
    for (double v : refCounts) nr += v;
    for (double v : curCounts) nc += v;
    std::vector<double> rs(levels.size(), 0), cs(levels.size(), 0);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        rs[i] = nr > 0 ? refCounts[i] / nr : 0;
        cs[i] = nc > 0 ? curCounts[i] / nc : 0;
        if (refCounts[i] == 0 && curCounts[i] > 0) {
            c.unseenCategories.push_back(levels[i]);
            c.unseenCounts.push_back(std::int64_t(curCounts[i]));
        }
    }
    if (nr > 0 && nc > 0) {
        const auto chi = stats::chi2Homogeneity(refCounts, curCounts);
        c.chi2Statistic = chi.statistic;
        c.chi2PValue = chi.pValue;
        c.chi2Dof = chi.dof;
        c.psi = stats::psi(rs, cs);
        c.jsDistance = stats::jensenShannon(rs, cs);
    }
    c.bars.labels = levels;
    c.bars.refShares = rs;
    c.bars.curShares = cs;
}

namespace {

DriftReason missingReason(const ColumnDrift& c) {
    DriftReason r;
    r.kind = DriftReasonKind::MissingChanged;
    r.column = c.name;
    r.before = c.missingShareRef;
    r.after = c.missingShareCur;
    return r;
}

DriftReason valueReason(const ColumnDrift& c) {
    DriftReason r;
    r.column = c.name;
    const auto& b = c.bars;
    if (b.refShares.empty()) { r.kind = DriftReasonKind::Changed; return r; }
    std::size_t best = 0;
    double bestGain = -2;
    for (std::size_t i = 0; i < b.refShares.size(); ++i) {
        const double gain = b.curShares[i] - b.refShares[i];
        if (gain > bestGain) { bestGain = gain; best = i; }
    }
    if (c.kind == DriftKind::Numeric) {
        // Say "rose"/"fell" only when the median and the band that gained agree.
        const bool upper = 2 * best + 1 >= b.refShares.size();
        r.kind = DriftReasonKind::ValuesMoved;
        r.direction = (c.curMedian > c.refMedian && upper)    ? DriftDirection::Rose
                      : (c.curMedian < c.refMedian && !upper) ? DriftDirection::Fell
                                                              : DriftDirection::Changed;
        r.band = b.refShares.size() == 1          ? DriftBand::Only
                 : best == 0                      ? DriftBand::Lowest
                 : best + 1 == b.refShares.size() ? DriftBand::Highest
                                                  : DriftBand::Middle;
        r.label = b.labels[best];
        if (best > 0 && best < b.lowerEdges.size()) r.bandLow = b.lowerEdges[best];
        if (best + 1 < b.lowerEdges.size()) r.bandHigh = b.lowerEdges[best + 1];
        r.before = b.refShares[best];
        r.after = b.curShares[best];
        return r;
    }
    // Categories: the level whose share moved most, up or down.
    std::size_t most = 0;
    double moved = -1;
    for (std::size_t i = 0; i < b.refShares.size(); ++i) {
        const double d = std::fabs(b.curShares[i] - b.refShares[i]);
        if (d > moved) { moved = d; most = i; }
    }
    r.kind = DriftReasonKind::CategoryMoved;
    r.label = b.labels[most];
    r.before = b.refShares[most];
    r.after = b.curShares[most];
    return r;
}

DriftReason newValuesReason(const ColumnDrift& c) {
    DriftReason r;
    r.kind = DriftReasonKind::NewCategories;
    r.column = c.name;
    r.count = std::int64_t(c.unseenCategories.size());
    for (std::size_t i = 0; i < c.unseenCategories.size() && i < 5; ++i) r.names.push_back(c.unseenCategories[i]);
    return r;
}

} // namespace

void finishColumn(ColumnDrift& c, const DriftThresholds& t) {
    const bool large = c.refValues > t.largeSampleAbove;
    if (c.kind == DriftKind::Numeric) {
        c.test = large ? DriftTest::Wasserstein : DriftTest::KS;
        c.effectName = large ? "normalised Wasserstein distance" : "KS p-value";
        if (large) { c.statistic = c.wassersteinNormed.value_or(0); c.pValue.reset(); }
        else { c.statistic = c.ksStatistic.value_or(0); c.pValue = c.ksPValue; }
        c.valueDrift = large ? c.statistic >= t.wassersteinNormed : c.pValue && *c.pValue < t.pValue;
    } else {
        c.test = large ? DriftTest::JensenShannon : DriftTest::Chi2;
        c.effectName = large ? "Jensen–Shannon distance" : "chi-square p-value";
        if (large) { c.statistic = c.jsDistance.value_or(0); c.pValue.reset(); }
        else { c.statistic = c.chi2Statistic.value_or(0); c.pValue = c.chi2PValue; }
        c.valueDrift = large ? c.statistic >= t.jsDistance : c.pValue && *c.pValue < t.pValue;
    }
    c.missingDrift = std::fabs(c.missingShareChange()) >= t.missingShareChange - 1e-12;
    const bool tooFewValues = c.curValues < t.minCurrentValues || c.refValues < 1;
    const bool tooFewRows = c.curRows < t.minCurrentValues;
    if (tooFewRows || (tooFewValues && !c.missingDrift)) {
        c.verdict = DriftVerdict::TooFewRows;
        c.drifted = c.valueDrift = c.missingDrift = false;
        DriftReason r;
        r.kind = DriftReasonKind::TooFewRows;
        r.column = c.name;
        r.count = c.curValues;
        r.needed = t.minCurrentValues;
        c.reasonParts = {r};
        c.reason = englishText(c.reasonParts);
        return;
    }
    if (tooFewValues) c.valueDrift = false;
    c.drifted = c.valueDrift || c.missingDrift;
    c.verdict = c.drifted ? DriftVerdict::Drift : DriftVerdict::NoDrift;
    c.reasonParts.clear();
    if (c.valueDrift) c.reasonParts.push_back(valueReason(c));
    if (c.missingDrift) c.reasonParts.push_back(missingReason(c));
    if (!c.unseenCategories.empty()) c.reasonParts.push_back(newValuesReason(c));
    c.reason = englishText(c.reasonParts);
}

} // namespace driftdetail

namespace {

using driftdetail::finishColumn;

// Numeric column from sorted, NaN-free samples.
ColumnDrift numericFromSorted(const std::string& name, const std::vector<double>& ref, const std::vector<double>& cur,
                              std::int64_t refMissing, std::int64_t curMissing, const DriftThresholds& t) {
    ColumnDrift c;
    c.name = name;
    c.kind = DriftKind::Numeric;
    c.refValues = std::int64_t(ref.size());
    c.curValues = std::int64_t(cur.size());
    c.refRows = c.refValues + refMissing;
    c.curRows = c.curValues + curMissing;
    c.missingShareRef = c.refRows ? double(refMissing) / double(c.refRows) : 0;
    c.missingShareCur = c.curRows ? double(curMissing) / double(c.curRows) : 0;

    // Few distinct values (together): compare as categories with chi-square.
    std::vector<double> distinct;
    {
        std::size_t i = 0, j = 0;
        while ((i < ref.size() || j < cur.size()) && int(distinct.size()) <= t.maxDistinctCategorical) {
            const double v = (j >= cur.size() || (i < ref.size() && ref[i] <= cur[j])) ? ref[i] : cur[j];
            distinct.push_back(v);
            while (i < ref.size() && ref[i] == v) ++i;
            while (j < cur.size() && cur[j] == v) ++j;
        }
    }
    if (int(distinct.size()) <= t.maxDistinctCategorical && !distinct.empty()) {
        std::vector<std::string> levels;
        std::vector<double> rc, cc;
        for (double v : distinct) {
            levels.push_back(driftdetail::formatNumber(v));
            rc.push_back(double(std::upper_bound(ref.begin(), ref.end(), v) - std::lower_bound(ref.begin(), ref.end(), v)));
            cc.push_back(double(std::upper_bound(cur.begin(), cur.end(), v) - std::lower_bound(cur.begin(), cur.end(), v)));
        }
        driftdetail::fillCategorical(c, levels, rc, cc);
        finishColumn(c, t);
        return c;
    }
    if (!ref.empty() && !cur.empty()) {
        const auto ks = stats::ks2Sample(ref, cur);
        c.ksStatistic = ks.statistic;
        c.ksPValue = ks.pValue;
        const double sd = stats::populationStd(ref);
        c.wassersteinNormed = stats::wasserstein1(ref, cur) / std::max(sd, 0.001);
        const auto edges = stats::psiEdges(ref, t.psiBins);
        const auto rcnt = stats::binCounts(ref, edges), ccnt = stats::binCounts(cur, edges);
        std::vector<double> rs, cs;
        for (auto v : rcnt) rs.push_back(double(v) / double(ref.size()));
        for (auto v : ccnt) cs.push_back(double(v) / double(cur.size()));
        c.psi = stats::psi(rs, cs);
        c.jsDistance = stats::jensenShannon(rs, cs);
        c.bars = driftdetail::numericBars(edges, rs, cs);
        c.refMedian = stats::quantileLinear(ref, 0.5);
        c.curMedian = stats::quantileLinear(cur, 0.5);
    }
    finishColumn(c, t);
    return c;
}

std::vector<double> presentValues(const Column& col, std::int64_t& missing) {
    std::vector<double> out;
    out.reserve(col.size());
    missing = 0;
    for (std::size_t r = 0; r < col.size(); ++r) {
        const double v = col.numbers[r];
        if (col.missing[r] || std::isnan(v)) ++missing;
        else out.push_back(v);
    }
    return out;
}

void levelCounts(const Column& col, std::map<std::string, double>& counts, std::int64_t& missing) {
    missing = 0;
    if (col.type == ColumnType::Category) {
        std::vector<double> byCode(col.levels.size(), 0);
        for (std::size_t r = 0; r < col.size(); ++r) {
            if (col.missing[r] || col.codes[r] < 0) ++missing;
            else byCode[std::size_t(col.codes[r])] += 1;
        }
        for (std::size_t l = 0; l < col.levels.size(); ++l)
            if (byCode[l] > 0) counts[col.levels[l]] += byCode[l];
        return;
    }
    for (std::size_t r = 0; r < col.size(); ++r) {
        if (col.missing[r]) ++missing;
        else counts[col.displayText(r)] += 1;
    }
}

bool comparable(const Column& c) {
    if (c.role == ColumnRole::Identifier || c.role == ColumnRole::Ignore) return false;
    return isNumeric(c.type) || c.type == ColumnType::Category;
}

ColumnDrift compareColumns(const Column& a, const Column& b, const DriftThresholds& t) {
    if (isNumeric(a.type) && isNumeric(b.type)) {
        std::int64_t ma = 0, mb = 0;
        auto va = presentValues(a, ma), vb = presentValues(b, mb);
        radixSortDoubles(va);
        radixSortDoubles(vb);
        return numericFromSorted(a.name, va, vb, ma, mb, t);
    }
    std::map<std::string, double> ca, cb;
    std::int64_t ma = 0, mb = 0;
    levelCounts(a, ca, ma);
    levelCounts(b, cb, mb);
    std::vector<std::string> refLevels, curLevels;
    std::vector<std::int64_t> refCounts, curCounts;
    for (auto& [k, v] : ca) { refLevels.push_back(k); refCounts.push_back(std::int64_t(v)); }
    for (auto& [k, v] : cb) { curLevels.push_back(k); curCounts.push_back(std::int64_t(v)); }
    return categoricalDrift(a.name, refLevels, refCounts, curLevels, curCounts, ma, mb, t);
}

} // namespace

ColumnDrift numericDrift(const std::string& name, std::vector<double> reference, std::vector<double> current,
                         std::int64_t refMissing, std::int64_t curMissing, const DriftThresholds& thresholds) {
    auto dropNan = [](std::vector<double>& v, std::int64_t& missing) {
        const auto it = std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); });
        missing += std::int64_t(v.end() - it);
        v.erase(it, v.end());
    };
    dropNan(reference, refMissing);
    dropNan(current, curMissing);
    radixSortDoubles(reference);
    radixSortDoubles(current);
    return numericFromSorted(name, reference, current, refMissing, curMissing, thresholds);
}

ColumnDrift categoricalDrift(const std::string& name,
                             const std::vector<std::string>& refLevels, const std::vector<std::int64_t>& refCounts,
                             const std::vector<std::string>& curLevels, const std::vector<std::int64_t>& curCounts,
                             std::int64_t refMissing, std::int64_t curMissing, const DriftThresholds& thresholds) {
    ColumnDrift c;
    c.name = name;
    // Union of levels seen in either: reference levels by count (most first), then new ones.
    std::map<std::string, std::pair<double, double>> both;
    for (std::size_t i = 0; i < refLevels.size(); ++i) both[refLevels[i]].first += double(refCounts[i]);
    for (std::size_t i = 0; i < curLevels.size(); ++i) both[curLevels[i]].second += double(curCounts[i]);
    std::vector<std::pair<std::string, std::pair<double, double>>> rows;
    for (auto& kv : both)
        if (kv.second.first + kv.second.second > 0) rows.push_back(kv);
    std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
        if ((x.second.first > 0) != (y.second.first > 0)) return x.second.first > 0;
        if (x.second.first != y.second.first) return x.second.first > y.second.first;
        return x.second.second > y.second.second;
    });
    std::vector<std::string> levels;
    std::vector<double> rc, cc;
    for (auto& r : rows) { levels.push_back(r.first); rc.push_back(r.second.first); cc.push_back(r.second.second); }
    double nr = 0, nc = 0;
    for (double v : rc) nr += v;
    for (double v : cc) nc += v;
    c.refValues = std::int64_t(nr);
    c.curValues = std::int64_t(nc);
    c.refRows = c.refValues + refMissing;
    c.curRows = c.curValues + curMissing;
    c.missingShareRef = c.refRows ? double(refMissing) / double(c.refRows) : 0;
    c.missingShareCur = c.curRows ? double(curMissing) / double(c.curRows) : 0;
    driftdetail::fillCategorical(c, levels, rc, cc);
    driftdetail::finishColumn(c, thresholds);
    return c;
}

DatasetDrift summariseDrift(std::vector<ColumnDrift> columns, const DriftThresholds& t) {
    DatasetDrift d;
    d.columns = std::move(columns);
    std::vector<const ColumnDrift*> drifted;
    for (const auto& c : d.columns) {
        if (c.verdict == DriftVerdict::TooFewRows) continue;
        ++d.testedColumns;
        if (c.drifted) { ++d.driftedColumns; drifted.push_back(&c); }
    }
    d.driftShare = d.testedColumns ? double(d.driftedColumns) / double(d.testedColumns) : 0;
    d.datasetDrift = d.testedColumns > 0 && d.driftShare >= t.datasetDriftShare;
    // Strongest first: effect size relative to its threshold (missing share counts too).
    auto strength = [&t](const ColumnDrift* c) {
        double s = std::fabs(c->missingShareChange()) / t.missingShareChange;
        if (c->kind == DriftKind::Numeric) s = std::max(s, c->wassersteinNormed.value_or(0) / t.wassersteinNormed);
        else s = std::max(s, c->jsDistance.value_or(0) / t.jsDistance);
        return s;
    };
    std::stable_sort(drifted.begin(), drifted.end(),
                     [&](const ColumnDrift* a, const ColumnDrift* b) { return strength(a) > strength(b); });
    for (const auto* c : drifted) {
        d.reasons.push_back(c->reason);
        d.reasonLines.push_back(c->reasonParts);
    }
    return d;
}

Result<DatasetDrift> computeDrift(const Table& reference, const Table& current, const DriftOptions& options,
                                  const Progress* progress) {
    std::vector<std::pair<const Column*, const Column*>> pairs;
    if (!options.columns.empty()) {
        std::string missing;
        for (const auto& name : options.columns) {
            const Column* a = reference.column(name);
            const Column* b = current.column(name);
            if (!a || !b) { missing += (missing.empty() ? "" : ", ") + name; continue; }
            if (!comparable(*a) || !comparable(*b))
                return makeError(ErrorKind::BadInput, "Column '" + name +
                                 "' holds text, dates or identifiers; drift compares numbers and categories only");
            pairs.emplace_back(a, b);
        }
        if (!missing.empty())
            return makeError(ErrorKind::NotFound, "Column(s) not found in both files: " + missing);
    } else {
        for (const auto& a : reference.columns) {
            const Column* b = current.column(a.name);
            if (b && comparable(a) && comparable(*b)) pairs.emplace_back(&a, b);
        }
    }
    if (pairs.empty())
        return makeError(ErrorKind::BadInput, "The two files share no number or category columns to compare");
    std::vector<ColumnDrift> out(pairs.size());
    std::atomic<bool> stop{false};
    parallelForEach(pairs.size(), [&](std::size_t i) {
        if (stop) return;
        if (cancelled(progress)) { stop = true; return; }
        out[i] = compareColumns(*pairs[i].first, *pairs[i].second, options.thresholds);
    });
    if (stop || cancelled(progress)) return makeError(ErrorKind::Cancelled, "Drift check cancelled");
    report(progress, 1.0, "drift");
    return summariseDrift(std::move(out), options.thresholds);
}

} // namespace segmenta
