// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/drift_reason.h"

#include <cstdio>

#include "core/drift/drift_internal.h"

namespace segmenta {

namespace {

using driftdetail::formatPercent;

std::string bandText(const DriftReason& r) {
    switch (r.band) {
    case DriftBand::Only: return "one band";
    case DriftBand::Lowest: return "the lowest band (" + r.label + ")";
    case DriftBand::Highest: return "the highest band (" + r.label + ")";
    case DriftBand::Middle: break;
    }
    return "the band " + r.label;
}

std::string nameList(const std::vector<std::string>& names, std::int64_t total, std::size_t shown) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) out += (i ? ", " : "") + names[i];
    if (total > std::int64_t(shown)) out += " and " + std::to_string(total - std::int64_t(shown)) + " more";
    return out;
}

std::string percentWhole(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f %%", share * 100);
    return buf;
}

std::string partText(const DriftReason& r, bool first) {
    switch (r.kind) {
    case DriftReasonKind::ValuesMoved: {
        const char* dir = r.direction == DriftDirection::Rose ? " rose" : r.direction == DriftDirection::Fell ? " fell" : " changed";
        return r.column + dir + ": " + formatPercent(r.after) + " of rows are now in " + bandText(r) + " (was " +
               formatPercent(r.before) + ")";
    }
    case DriftReasonKind::CategoryMoved:
        return r.column + " changed: '" + r.label + "' " + (r.after > r.before ? "grew" : "shrank") + " from " +
               formatPercent(r.before) + " to " + formatPercent(r.after) + " of rows";
    case DriftReasonKind::Changed: return r.column + " changed";
    case DriftReasonKind::MissingChanged:
        return r.column + (r.after > r.before ? " is missing more often: " : " is missing less often: ") +
               formatPercent(r.after) + " of rows (was " + formatPercent(r.before) + ")";
    case DriftReasonKind::NewCategories:
        return (first ? r.column + " has new values: " : std::string("new values: ")) + nameList(r.names, r.count, 5);
    case DriftReasonKind::TooFewRows:
        return r.column + ": too few rows to judge (" + std::to_string(r.count) + " values; at least " +
               std::to_string(r.needed) + " needed)";
    case DriftReasonKind::SegmentShares:
        if (r.label.empty()) return "Segment shares moved";
        return "Segment shares moved: '" + r.label + "' " + (r.after > r.before ? "grew" : "shrank") + " from " +
               percentWhole(r.before) + " to " + percentWhole(r.after) + " of rows";
    case DriftReasonKind::FitWorse:
        return "Segments fit worse: customers are " + percentWhole(r.after) + " further from their segment's centre";
    case DriftReasonKind::UnseenByModel: {
        std::string out = "Values the model has not seen: ";
        for (std::size_t i = 0; i < r.names.size(); ++i) {
            out += i ? ", " : "";
            const bool split = i < r.columns.size() && i < r.counts.size() && r.counts[i] >= 0;
            out += split ? r.columns[i] + ": " + r.names[i] + " (" + std::to_string(r.counts[i]) + " rows)" : r.names[i];
        }
        return out;
    }
    case DriftReasonKind::Resegment: return "Re-segmenting suggested";
    }
    return {};
}

} // namespace

std::string englishText(const DriftReasonLine& line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) out += (i ? "; " : "") + partText(line[i], i == 0);
    return out;
}

void addUnseenEntry(DriftReason& reason, const std::string& entry) {
    // "<column>: <value> (<n> rows)": the count from the end, the column up to the first ": ".
    const std::string tail = " rows)";
    const auto open = entry.rfind(" (");
    const auto colon = entry.find(": ");
    bool ok = open != std::string::npos && colon != std::string::npos && colon < open &&
              entry.size() > tail.size() && entry.compare(entry.size() - tail.size(), tail.size(), tail) == 0;
    std::int64_t n = 0;
    if (ok) {
        const std::string digits = entry.substr(open + 2, entry.size() - tail.size() - open - 2);
        ok = !digits.empty() && digits.size() < 18 && digits.find_first_not_of("0123456789") == std::string::npos;
        if (ok) n = std::stoll(digits);
    }
    reason.columns.push_back(ok ? entry.substr(0, colon) : std::string());
    reason.names.push_back(ok ? entry.substr(colon + 2, open - colon - 2) : entry);
    reason.counts.push_back(ok ? n : -1);
}

} // namespace segmenta
