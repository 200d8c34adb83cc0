// SPDX-License-Identifier: GPL-3.0-or-later
// Quality flags and personal-data detection for one profiled column.
#include "core/quality/personal_data.h"
#include "core/quality/profile_internal.h"

namespace segmenta::quality_detail {

void detectPii(ColumnProfile& p, const Column& c, const ProfileOptions& o) {
    PersonalDataOptions options;
    options.sample = o.piiSample;
    options.share = o.piiShare;
    const PersonalData found = personalDataOf(c, options);
    p.pii = found.kind;
    p.piiShare = found.share;
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
