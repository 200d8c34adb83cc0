// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/distribution_bins.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/drift/column_summary.h"

namespace segmenta::ui {

namespace {

constexpr int kHistogramBins = 24;
constexpr int kMaxBars = 12;
constexpr int kMaxValueBars = 20;

// A named context so lupdate extracts these strings (a file-local tr() is invisible to it).
struct DistributionBins {
    Q_DECLARE_TR_FUNCTIONS(DistributionBins)
};

QString numberLabel(double v) { return QLocale().toString(v, 'g', 6); }

// Category (or few-valued number) bars: the kMaxBars most common across both
// months, the rest summed into "Other".
void fillBars(DistributionView& view, const std::vector<QString>& labels, const std::vector<double>& ref,
              const std::vector<double>& cur) {
    std::vector<std::size_t> order(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const bool sortByValue = !view.categorical;  // numbers stay in numeric order
    if (!sortByValue)
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::max(ref[a], cur[a]) > std::max(ref[b], cur[b]);
        });
    double otherRef = 0, otherCur = 0;
    int others = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (int(k) < kMaxBars || sortByValue) {
            view.categories << labels[i];
            view.referenceShares.push_back(ref[i]);
            view.currentShares.push_back(cur[i]);
        } else {
            otherRef += ref[i];
            otherCur += cur[i];
            ++others;
        }
    }
    if (others > 0) {
        view.categories << DistributionBins::tr("Other (%1)").arg(others);
        view.referenceShares.push_back(otherRef);
        view.currentShares.push_back(otherCur);
    }
}

void fillCategorical(DistributionView& view, const ColumnSummary& a, const ColumnSummary& b) {
    std::map<std::string, std::size_t> index;
    std::vector<QString> labels;
    std::vector<double> ref, cur;
    auto add = [&](const ColumnSummary& s, bool isRef) {
        const double total = double(std::max<std::int64_t>(1, s.valueCount()));
        for (std::size_t i = 0; i < s.levels.size() && i < s.levelCounts.size(); ++i) {
            auto [it, fresh] = index.try_emplace(s.levels[i], labels.size());
            if (fresh) { labels.push_back(QString::fromStdString(s.levels[i])); ref.push_back(0); cur.push_back(0); }
            (isRef ? ref : cur)[it->second] += double(s.levelCounts[i]) / total;
        }
    };
    add(a, true);
    add(b, false);
    fillBars(view, labels, ref, cur);
}

// Numbers with only a handful of distinct values (counts, ratings) read better
// as one bar per value than as a histogram.
bool fillFewValues(DistributionView& view, const ColumnSummary& a, const ColumnSummary& b) {
    if (!a.exact() || !b.exact()) return false;
    std::set<double> all(a.values.begin(), a.values.end());
    all.insert(b.values.begin(), b.values.end());
    if (all.size() > std::size_t(kMaxValueBars)) return false;
    std::vector<double> values(all.begin(), all.end());
    std::vector<double> ref(values.size(), 0.0), cur(values.size(), 0.0);
    auto add = [&](const ColumnSummary& s, std::vector<double>& out) {
        const double total = double(std::max<std::int64_t>(1, s.valueCount()));
        for (std::size_t i = 0; i < s.values.size() && i < s.counts.size(); ++i) {
            const auto pos = std::lower_bound(values.begin(), values.end(), s.values[i]) - values.begin();
            out[std::size_t(pos)] += double(s.counts[i]) / total;
        }
    };
    add(a, ref);
    add(b, cur);
    std::vector<QString> labels;
    for (double v : values) labels.push_back(numberLabel(v));
    fillBars(view, labels, ref, cur);
    return true;
}

void fillHistogram(DistributionView& view, const ColumnSummary& a, const ColumnSummary& b) {
    // The range covers the middle 99 % of both months, so one far outlier cannot
    // squash everything into one bar; the outer bins take the tails.
    double lo = std::min(summaryQuantile(a, 0.005), summaryQuantile(b, 0.005));
    double hi = std::max(summaryQuantile(a, 0.995), summaryQuantile(b, 0.995));
    if (!std::isfinite(lo) || !std::isfinite(hi)) return;
    if (hi <= lo) { lo -= 0.5; hi += 0.5; }
    const double width = (hi - lo) / kHistogramBins;
    for (int i = 0; i <= kHistogramBins; ++i) view.edges.push_back(lo + width * i);
    auto shares = [&](const ColumnSummary& s) {
        std::vector<double> out;
        double prev = 0.0;
        for (int i = 1; i <= kHistogramBins; ++i) {
            const double next = i == kHistogramBins ? 1.0 : summaryCdf(s, view.edges[std::size_t(i)]);
            out.push_back(std::max(0.0, next - prev));
            prev = next;
        }
        return out;
    };
    view.referenceShares = shares(a);
    view.currentShares = shares(b);
    view.note = DistributionBins::tr("Values below %1 or above %2 are counted in the outer bars.").arg(numberLabel(lo), numberLabel(hi));
}

} // namespace

double summaryCdf(const ColumnSummary& s, double x, bool inclusive) {
    if (s.valueCount() <= 0) return kNoValue;
    if (s.exact()) {
        double below = 0;
        for (std::size_t i = 0; i < s.values.size() && i < s.counts.size(); ++i)
            if (s.values[i] < x || (inclusive && s.values[i] == x)) below += double(s.counts[i]);
        return below / double(s.valueCount());
    }
    // Sketch: quantiles at probabilities i / intervals, linear in between.
    const auto& qs = s.quantiles;
    if (qs.size() < 2) return kNoValue;
    if (x <= qs.front()) return 0.0;
    if (x >= qs.back()) return 1.0;
    const auto it = std::upper_bound(qs.begin(), qs.end(), x);  // first quantile > x
    const std::size_t i = std::size_t(it - qs.begin()) - 1;        // qs[i] <= x < qs[i+1]
    const double frac = (x - qs[i]) / (qs[i + 1] - qs[i]);
    return (double(i) + frac) / double(qs.size() - 1);
}

double summaryQuantile(const ColumnSummary& s, double p) {
    if (s.valueCount() <= 0) return kNoValue;
    if (s.exact()) {
        if (s.values.empty()) return kNoValue;
        const double target = p * double(s.valueCount());
        double seen = 0;
        for (std::size_t i = 0; i < s.values.size() && i < s.counts.size(); ++i) {
            seen += double(s.counts[i]);
            if (seen >= target) return s.values[i];
        }
        return s.values.back();
    }
    const auto& qs = s.quantiles;
    if (qs.size() < 2) return qs.empty() ? kNoValue : qs.front();
    const double pos = std::clamp(p, 0.0, 1.0) * double(qs.size() - 1);
    const std::size_t i = std::min(qs.size() - 2, std::size_t(pos));
    return qs[i] + (qs[i + 1] - qs[i]) * (pos - double(i));
}

void fillDistribution(DistributionView& view, const ColumnSummary& a, const ColumnSummary& b) {
    view.categorical = a.kind == SummaryKind::Categorical;
    if (a.kind != b.kind || a.kind == SummaryKind::Withheld || a.kind == SummaryKind::Temporal) {
        view.note = a.kind == SummaryKind::Withheld
                        ? DistributionBins::tr("The values of this column are never stored (identifiers and personal data).")
                        : DistributionBins::tr("This column cannot be drawn as a distribution.");
        return;
    }
    if (a.valueCount() <= 0 || b.valueCount() <= 0) {
        view.note = DistributionBins::tr("One of the two months has no values in this column.");
        return;
    }
    if (view.categorical) { fillCategorical(view, a, b); return; }
    if (fillFewValues(view, a, b)) { view.categorical = true; return; }
    fillHistogram(view, a, b);
}

} // namespace segmenta::ui
