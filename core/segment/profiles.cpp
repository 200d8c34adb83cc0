// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/profiles.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/prep/prep_stats.h"
#include "core/segment/segment_naming.h"

namespace segmenta {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using Kind = ColumnTransform::Kind;

// Values of an input column in original units (days since for dates); NaN = missing.
std::vector<double> originalValues(const Column& c, const ColumnTransform& t) {
    std::vector<double> v(c.size(), kNaN);
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i]) continue;
        if (t.kind == Kind::Numeric) v[i] = std::isfinite(c.numbers[i]) ? c.numbers[i] : kNaN;
        else v[i] = double(t.referenceTime - c.times[i]) / (c.type == ColumnType::DateTime ? 86400.0 : 1.0);
    }
    return v;
}

struct Moments { double n = 0, mean = 0, m2 = 0; };   // Welford

void add(Moments& m, double x) {
    m.n += 1;
    const double d = x - m.mean;
    m.mean += d / m.n;
    m.m2 += d * (x - m.mean);
}

void numericProfile(const std::vector<double>& v, const std::vector<std::int32_t>& labels, int k, const std::string& name,
                    bool daysSince, std::vector<SegmentProfile>& out, std::size_t featureIndex) {
    std::vector<std::vector<double>> per(static_cast<std::size_t>(k));
    std::vector<double> all;
    std::vector<Moments> mom(static_cast<std::size_t>(k));
    Moments total;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (std::isnan(v[i]) || labels[i] < 0) continue;
        per[std::size_t(labels[i])].push_back(v[i]);
        all.push_back(v[i]);
        add(mom[std::size_t(labels[i])], v[i]);
        add(total, v[i]);
    }
    const double sd = total.n > 0 ? std::sqrt(total.m2 / total.n) : kNaN;
    std::vector<double> tmp = all;
    const double overallMedian = medianInPlace(tmp);
    for (int s = 0; s < k; ++s) {
        auto& p = out[std::size_t(s)];
        FeatureProfile f;
        f.feature = name;
        f.mean = mom[std::size_t(s)].n > 0 ? mom[std::size_t(s)].mean : kNaN;
        f.median = medianInPlace(per[std::size_t(s)]);
        f.overallMean = total.mean;
        f.overallMedian = overallMedian;
        f.z = sd > 0 ? (f.mean - total.mean) / sd : 0;
        p.features[featureIndex] = f;
        p.centroid[featureIndex] = f.mean;
        // segment against the rest
        const Moments& a = mom[std::size_t(s)];
        Moments rest;
        rest.n = total.n - a.n;
        if (a.n < 2 || rest.n < 2) continue;
        rest.mean = (total.mean * total.n - a.mean * a.n) / rest.n;
        const double m2Rest = total.m2 - a.m2 - (a.mean - total.mean) * (a.mean - total.mean) * a.n -
                              (rest.mean - total.mean) * (rest.mean - total.mean) * rest.n;
        const double var1 = a.m2 / (a.n - 1), var2 = std::max(0.0, m2Rest) / (rest.n - 1);
        const double pooled = std::sqrt(((a.n - 1) * var1 + (rest.n - 1) * var2) / (a.n + rest.n - 2));
        Difference d;
        d.feature = name;
        d.kind = Difference::Kind::Numeric;
        d.effect = pooled > 0 ? (a.mean - rest.mean) / pooled : 0;
        d.direction = d.effect >= 0 ? Difference::Direction::Higher : Difference::Direction::Lower;
        // a ratio only reads well when both means are positive ("3.1× the average")
        d.ratio = total.mean > 0 && a.mean >= 0 && !daysSince ? a.mean / total.mean : kNaN;
        d.segmentValue = a.mean;
        d.overallValue = total.mean;
        d.segmentMedian = f.median;
        d.pValue = welchPValue(a.mean, var1, a.n, rest.mean, var2, rest.n);
        p.differences.push_back(d);
    }
}

void categoryProfile(const Column& c, const ColumnTransform& t, const std::vector<std::int32_t>& labels, int k,
                     std::vector<SegmentProfile>& out, std::size_t featureIndex) {
    const std::size_t L = t.levels.size();
    std::vector<std::int32_t> map(c.levels.size(), -1);
    for (std::size_t l = 0; l < c.levels.size(); ++l) {
        const auto it = std::find(t.levels.begin(), t.levels.end(), c.levels[l]);
        if (it != t.levels.end()) map[l] = std::int32_t(it - t.levels.begin());
    }
    std::vector<double> count(std::size_t(k) * L, 0.0), segN(std::size_t(k), 0.0), levelN(L, 0.0);
    double n = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.missing[i] || c.codes[i] < 0 || labels[i] < 0) continue;
        const std::int32_t l = map[std::size_t(c.codes[i])];
        if (l < 0) continue;
        count[std::size_t(labels[i]) * L + std::size_t(l)] += 1;
        segN[std::size_t(labels[i])] += 1;
        levelN[std::size_t(l)] += 1;
        n += 1;
    }
    const auto overallTop = std::size_t(std::max_element(levelN.begin(), levelN.end()) - levelN.begin());
    for (int s = 0; s < k; ++s) {
        auto& p = out[std::size_t(s)];
        const double* row = count.data() + std::size_t(s) * L;
        const auto top = std::size_t(std::max_element(row, row + L) - row);
        FeatureProfile f;
        f.feature = c.name;
        f.categorical = true;
        f.mean = f.median = f.overallMean = f.overallMedian = kNaN;
        f.topLevel = t.levels[top];
        f.topShare = segN[std::size_t(s)] > 0 ? row[top] / segN[std::size_t(s)] : 0;
        f.overallTopShare = n > 0 ? levelN[overallTop] / n : 0;
        p.features[featureIndex] = f;
        p.centroid[featureIndex] = kNaN;
        if (segN[std::size_t(s)] == 0 || n - segN[std::size_t(s)] == 0) continue;
        for (std::size_t l = 0; l < L; ++l) {
            const double a = row[l], b = segN[std::size_t(s)] - a;             // in segment: level / not
            const double c2 = levelN[l] - a, d2 = (n - segN[std::size_t(s)]) - c2; // rest: level / not
            const double overall = levelN[l] / n, share = a / segN[std::size_t(s)];
            const double restShare = c2 / (n - segN[std::size_t(s)]);
            const double spread = std::sqrt(overall * (1 - overall));
            Difference d;
            d.feature = c.name;
            d.level = t.levels[l];
            d.kind = Difference::Kind::Category;
            d.effect = spread > 0 ? (share - restShare) / spread : 0;
            d.direction = d.effect >= 0 ? Difference::Direction::Higher : Difference::Direction::Lower;
            d.ratio = overall > 0 ? share / overall : kNaN;
            d.segmentValue = share;
            d.overallValue = overall;
            d.segmentMedian = kNaN;
            d.pValue = chiSquare2x2PValue(a, b, c2, d2);
            p.differences.push_back(d);
        }
    }
}

} // namespace

double welchPValue(double m1, double v1, double n1, double m2, double v2, double n2) {
    if (n1 < 2 || n2 < 2) return 1;
    const double se2 = v1 / n1 + v2 / n2;
    if (!(se2 > 0)) return m1 == m2 ? 1 : 0;
    const double t = (m1 - m2) / std::sqrt(se2);
    const double df = se2 * se2 / ((v1 / n1) * (v1 / n1) / (n1 - 1) + (v2 / n2) * (v2 / n2) / (n2 - 1));
    if (!std::isfinite(t) || !(df > 0)) return 1;
    const boost::math::students_t dist(df);
    return std::min(1.0, 2 * boost::math::cdf(boost::math::complement(dist, std::abs(t))));
}

double chiSquare2x2PValue(double a, double b, double c, double d) {
    const double n = a + b + c + d;
    const double r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d;
    if (n <= 0 || r1 <= 0 || r2 <= 0 || c1 <= 0 || c2 <= 0) return 1;
    const double e[4] = {r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n};
    const double o[4] = {a, b, c, d};
    double stat = 0;
    for (int i = 0; i < 4; ++i) stat += (o[i] - e[i]) * (o[i] - e[i]) / e[i];
    if (!std::isfinite(stat)) return 1;
    const boost::math::chi_squared dist(1);
    return boost::math::cdf(boost::math::complement(dist, stat));
}

std::vector<double> benjaminiHochberg(const std::vector<double>& p) {
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> adj(m);
    double running = 1;
    for (std::size_t r = m; r-- > 0;) {
        running = std::min(running, p[order[r]] * double(m) / double(r + 1));
        adj[order[r]] = std::min(1.0, running);
    }
    return adj;
}

std::vector<SegmentProfile> buildProfiles(const Table& table, const FeaturePipeline& pipeline,
                                          const std::vector<std::int32_t>& labels, int k) {
    std::vector<SegmentProfile> out(static_cast<std::size_t>(k));
    std::vector<double> size(std::size_t(k), 0.0);
    for (auto l : labels) if (l >= 0) size[std::size_t(l)] += 1;
    const double n = std::accumulate(size.begin(), size.end(), 0.0);
    for (int s = 0; s < k; ++s) {
        auto& p = out[std::size_t(s)];
        p.id = s;
        p.size = std::size_t(size[std::size_t(s)]);
        p.share = n > 0 ? size[std::size_t(s)] / n : 0;
        p.features.resize(pipeline.transforms.size());
        p.centroid.assign(pipeline.transforms.size(), kNaN);
    }
    for (std::size_t f = 0; f < pipeline.transforms.size(); ++f) {
        const auto& t = pipeline.transforms[f];
        const Column* c = table.column(t.column);
        if (!c) continue;
        if (t.kind == Kind::OneHot) {
            if (c->type == ColumnType::Category) categoryProfile(*c, t, labels, k, out, f);
        } else {
            numericProfile(originalValues(*c, t), labels, k, t.column, t.kind == Kind::DaysSince, out, f);
        }
    }
    // multiple-testing correction over every test of every segment
    std::vector<double> ps;
    for (const auto& p : out) for (const auto& d : p.differences) ps.push_back(d.pValue);
    const auto adj = benjaminiHochberg(ps);
    std::size_t i = 0;
    for (auto& p : out) {
        for (auto& d : p.differences) { d.pAdjusted = adj[i++]; d.significant = d.pAdjusted < 0.05; }
        std::stable_sort(p.differences.begin(), p.differences.end(),
                         [](const Difference& a, const Difference& b) { return std::abs(a.effect) > std::abs(b.effect); });
    }
    nameSegments(pipeline, out);
    return out;
}

} // namespace segmenta
