// SPDX-License-Identifier: GPL-3.0-or-later
// Quality flags and personal-data detection for one profiled column.
#include <array>
#include <charconv>
#include <cmath>

#include "core/quality/profile_internal.h"

namespace segmenta::quality_detail {

namespace {

struct PiiTally {
    std::array<std::int64_t, 4> counts{};   // by PiiKind
    std::int64_t checked = 0;
    void add(PiiKind k, std::int64_t weight = 1) {
        counts[std::size_t(k)] += weight;
        checked += weight;
    }
};

// Card numbers stored as integers: 13 to 16 digits fit a double exactly.
PiiKind classifyInteger(double v) {
    if (!(v >= 1e12 && v < 9007199254740992.0) || v != std::floor(v)) return PiiKind::None;
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::int64_t(v));
    return looksLikeCard(std::string_view(buf, std::size_t(r.ptr - buf))) ? PiiKind::Card : PiiKind::None;
}

// Rows spread evenly over the column, so a file sorted by some key is sampled fairly.
template <typename Visit>
void sampleRows(const Column& c, std::size_t sample, Visit&& visit) {
    const std::size_t n = c.size();
    if (n == 0 || sample == 0) return;
    const std::size_t step = std::max<std::size_t>(1, n / sample);
    std::size_t taken = 0;
    for (std::size_t i = 0; i < n && taken < sample; i += step) {
        if (c.missing[i]) continue;
        visit(i);
        ++taken;
    }
}

} // namespace

void detectPii(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    PiiTally tally;
    switch (c.type) {
    case ColumnType::Category: {
        // Every level once, weighted by how often it occurs: exact, and cheap.
        std::vector<std::int64_t> counts(c.levels.size(), 0);
        for (std::size_t i = 0; i < c.size(); ++i)
            if (!c.missing[i] && c.codes[i] >= 0) ++counts[std::size_t(c.codes[i])];
        for (std::size_t l = 0; l < c.levels.size(); ++l)
            if (counts[l] > 0) tally.add(classifyPii(c.levels[l]), counts[l]);
        break;
    }
    case ColumnType::Text: case ColumnType::Identifier:
        sampleRows(c, o.piiSample, [&](std::size_t i) { tally.add(classifyPii(c.strings[i])); });
        break;
    case ColumnType::Integer:
        sampleRows(c, o.piiSample, [&](std::size_t i) { tally.add(classifyInteger(c.numbers[i])); });
        break;
    default: return;
    }
    if (tally.checked == 0) return;
    std::size_t best = 0;
    for (std::size_t k = 1; k < tally.counts.size(); ++k)
        if (tally.counts[k] > tally.counts[best] || best == 0) best = k;
    const double share = double(tally.counts[best]) / double(tally.checked);
    if (best != 0 && tally.counts[best] > 0 && share >= o.piiShare) {
        p.pii = PiiKind(best);
        p.piiShare = share;
    }
}

void setFlags(ColumnProfile& p, const ProfileOptions& o) {
    const std::int64_t present = p.rows - p.missing;
    if (p.rows > 0 && present == 0) { p.flags.push_back(QualityFlag::Empty); return; }
    if (present == 0) return;
    if (p.distinct == 1) p.flags.push_back(QualityFlag::Constant);
    else if (!p.top.empty() && double(p.top.front().count) >= o.almostConstantShare * double(present))
        p.flags.push_back(QualityFlag::AlmostConstant);
    // Identifier-like: text-like values that are (nearly) all different, or whole
    // numbers that are all different and look like a numbering (dense or long).
    constexpr std::int64_t kMinRows = 20;
    if (present >= kMinRows) {
        const double unique = double(p.distinct) / double(present);
        if (p.type == ColumnType::Text || p.type == ColumnType::Identifier || p.type == ColumnType::Category) {
            if (unique >= o.identifierShare) p.flags.push_back(QualityFlag::IdentifierLike);
        } else if (p.type == ColumnType::Integer && p.distinct == present &&
                   (p.max - p.min + 1 <= 2.0 * double(present) || p.min >= 100000)) {
            p.flags.push_back(QualityFlag::IdentifierLike);
        }
    }
    if (p.missingShare >= 0.5) p.flags.push_back(QualityFlag::MostlyMissing);
}

} // namespace segmenta::quality_detail
