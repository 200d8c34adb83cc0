// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/segment_naming.h"

#include <cmath>
#include <cstdio>
#include <set>
#include <string>

namespace segmenta {

namespace {

enum class Family { Spend, Basket, Recency, Frequency, Sessions, Tenure, Returns, Age, Discount, Other };

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool has(const std::string& s, std::initializer_list<const char*> words) {
    for (const char* w : words)
        if (s.find(w) != std::string::npos) return true;
    return false;
}

Family familyOf(const std::string& column, bool daysSince) {
    const std::string n = lower(column);
    if (daysSince || has(n, {"days_since", "recency", "since_last", "last_order", "days since"})) return Family::Recency;
    if (has(n, {"order_value", "aov", "basket", "avg_order", "average_order"})) return Family::Basket;
    if (has(n, {"revenue", "spend", "sales", "monetary", "amount", "turnover", "income"})) return Family::Spend;
    if (has(n, {"return"})) return Family::Returns;
    if (has(n, {"session", "visit", "login"})) return Family::Sessions;
    if (has(n, {"order", "purchase", "frequency", "transaction"})) return Family::Frequency;
    if (has(n, {"tenure", "customer_since", "months_active", "membership"})) return Family::Tenure;
    if (has(n, {"discount", "coupon", "voucher"})) return Family::Discount;
    if (n == "age" || n.starts_with("age_") || n.ends_with("_age")) return Family::Age;
    return Family::Other;
}

std::string human(const std::string& column) {
    std::string s = column;
    for (auto& c : s) if (c == '_') c = ' ';
    return s;
}

std::string fmt(const char* f, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string percent(double share) { return fmt("%.0f%%", 100 * share); }

std::string labelFor(const ExplanationPart& p, Family fam, bool boolean) {
    const bool hi = p.direction == Difference::Direction::Higher;
    if (p.kind == Difference::Kind::Category) return (p.value >= 0.5 ? "Mostly " : "More ") + p.level;
    if (boolean) return human(p.feature) + (hi ? ": yes" : ": no");
    switch (fam) {
    case Family::Spend: return hi ? "High spend" : "Low spend";
    case Family::Basket: return hi ? "Big baskets" : "Small baskets";
    case Family::Recency: return hi ? "Lapsed" : "Recent";
    case Family::Frequency: return hi ? "Frequent" : "Infrequent";
    case Family::Sessions: return hi ? "Engaged" : "Less engaged";
    case Family::Tenure: return hi ? "Long-standing" : "New";
    case Family::Returns: return hi ? "Many returns" : "Few returns";
    case Family::Age: return hi ? "Older" : "Younger";
    case Family::Discount: return hi ? "Discount lovers" : "Few discounts";
    case Family::Other: break;
    }
    std::string h = human(p.feature);
    return (hi ? "High " : "Low ") + h;
}

// "2.3× the average" for big differences, "24% above/below the average" for small ones.
std::string ratioText(double ratio, const char* above = " above the average", const char* below = " below the average",
                      const char* times = "\xC3\x97 the average") {
    if (ratio >= 1.5) return fmt("%.1f", ratio) + times;
    if (ratio >= 1) return percent(ratio - 1) + above;
    return percent(1 - ratio) + below;
}

std::string phraseFor(const ExplanationPart& p, const Difference& d, Family fam, bool boolean) {
    const std::string h = human(p.feature);
    if (p.kind == Difference::Kind::Category)
        return percent(p.value) + " have " + h + " " + p.level + " (vs " + percent(d.overallValue) + " overall)";
    if (boolean) return percent(d.segmentValue) + " have " + h + " (vs " + percent(d.overallValue) + " overall)";
    if (p.isDaysSince || fam == Family::Recency) {
        const std::string days = fmt("%.0f", p.value);
        if (lower(p.feature).find("order") != std::string::npos) return "last ordered " + days + " days ago (median)";
        return h + " " + days + " days ago (median)";
    }
    if (std::isfinite(p.ratio)) {
        if (fam == Family::Spend)
            return "spends " + ratioText(p.ratio, " more than the average customer", " less than the average customer",
                                         "\xC3\x97 the average customer");
        return h + " " + ratioText(p.ratio);
    }
    return h + fmt(" averages %.3g", d.segmentValue) + fmt(" (vs %.3g overall)", d.overallValue);
}

} // namespace

void nameSegments(const FeaturePipeline& pipeline, std::vector<SegmentProfile>& profiles) {
    auto transformOf = [&](const std::string& col) -> const ColumnTransform* {
        for (const auto& t : pipeline.transforms) if (t.column == col) return &t;
        return nullptr;
    };
    std::set<std::string> used;
    for (auto& p : profiles) {
        p.parts.clear();
        std::vector<std::string> phrases;
        std::set<std::string> features;
        for (const auto& d : p.differences) {
            if (p.parts.size() >= 3) break;
            if (!d.significant || features.count(d.feature)) continue;
            if (d.kind == Difference::Kind::Numeric && std::abs(d.effect) < 0.3) continue;
            if (d.kind == Difference::Kind::Category &&
                (d.direction != Difference::Direction::Higher || d.segmentValue < 0.3 || !(d.ratio >= 1.3)))
                continue;
            const ColumnTransform* t = transformOf(d.feature);
            const bool daysSince = t && t->kind == ColumnTransform::Kind::DaysSince;
            const bool boolean = t && t->sourceType == ColumnType::Boolean;
            ExplanationPart part;
            part.feature = d.feature;
            part.level = d.level;
            part.kind = d.kind;
            part.direction = d.direction;
            part.ratio = d.ratio;
            part.value = d.kind == Difference::Kind::Category ? d.segmentValue : d.segmentMedian;
            part.isDaysSince = daysSince;
            const Family fam = familyOf(d.feature, daysSince);
            part.label = labelFor(part, fam, boolean);
            phrases.push_back(phraseFor(part, d, fam, boolean));
            features.insert(d.feature);
            p.parts.push_back(std::move(part));
        }
        if (p.parts.empty()) {
            p.name = "Average profile";
            p.description = "Close to the average on every feature.";
        } else {
            p.name.clear();
            for (std::size_t i = 0; i < p.parts.size(); ++i) p.name += (i ? " \xC2\xB7 " : "") + p.parts[i].label;
            p.description = phrases[0];
            if (phrases.size() > 1) p.description += " and " + phrases[1];
            p.description[0] = char(std::toupper(static_cast<unsigned char>(p.description[0])));
            p.description += ".";
        }
        std::string name = p.name;
        for (int n = 2; used.count(name); ++n) name = p.name + " (" + std::to_string(n) + ")";
        p.name = name;
        used.insert(name);
    }
}

} // namespace segmenta
