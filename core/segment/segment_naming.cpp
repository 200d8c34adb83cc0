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

NameWord wordFor(const ExplanationPart& p, Family fam, bool boolean) {
    const bool hi = p.direction == Difference::Direction::Higher;
    if (p.kind == Difference::Kind::Category) return p.value >= 0.5 ? NameWord::MostlyLevel : NameWord::MoreLevel;
    if (boolean) return hi ? NameWord::FeatureYes : NameWord::FeatureNo;
    switch (fam) {
    case Family::Spend: return hi ? NameWord::HighSpend : NameWord::LowSpend;
    case Family::Basket: return hi ? NameWord::BigBaskets : NameWord::SmallBaskets;
    case Family::Recency: return hi ? NameWord::Lapsed : NameWord::Recent;
    case Family::Frequency: return hi ? NameWord::Frequent : NameWord::Infrequent;
    case Family::Sessions: return hi ? NameWord::Engaged : NameWord::LessEngaged;
    case Family::Tenure: return hi ? NameWord::LongStanding : NameWord::New;
    case Family::Returns: return hi ? NameWord::ManyReturns : NameWord::FewReturns;
    case Family::Age: return hi ? NameWord::Older : NameWord::Younger;
    case Family::Discount: return hi ? NameWord::DiscountLovers : NameWord::FewDiscounts;
    case Family::Other: break;
    }
    return hi ? NameWord::HighFeature : NameWord::LowFeature;
}

Phrase phraseFor(const ExplanationPart& p, Family fam, bool boolean) {
    if (p.kind == Difference::Kind::Category) return Phrase::ShareHaveLevel;
    if (boolean) return Phrase::ShareHaveFeature;
    if (p.isDaysSince || fam == Family::Recency)
        return lower(p.feature).find("order") != std::string::npos ? Phrase::LastOrderedDaysAgo : Phrase::FeatureDaysAgo;
    if (std::isfinite(p.ratio)) {
        // "2.3× the average" for big differences, "24% above/below the average" for small ones
        if (fam == Family::Spend) return p.ratio >= 1.5 ? Phrase::SpendTimes : p.ratio >= 1 ? Phrase::SpendMore : Phrase::SpendLess;
        return p.ratio >= 1.5 ? Phrase::FeatureTimes : p.ratio >= 1 ? Phrase::FeatureAbove : Phrase::FeatureBelow;
    }
    return Phrase::FeatureAverages;
}

} // namespace

std::string englishWord(const ExplanationPart& p) {
    const std::string& f = p.featureText;
    switch (p.word) {
    case NameWord::HighSpend: return "High spend";
    case NameWord::LowSpend: return "Low spend";
    case NameWord::BigBaskets: return "Big baskets";
    case NameWord::SmallBaskets: return "Small baskets";
    case NameWord::Lapsed: return "Lapsed";
    case NameWord::Recent: return "Recent";
    case NameWord::Frequent: return "Frequent";
    case NameWord::Infrequent: return "Infrequent";
    case NameWord::Engaged: return "Engaged";
    case NameWord::LessEngaged: return "Less engaged";
    case NameWord::LongStanding: return "Long-standing";
    case NameWord::New: return "New";
    case NameWord::ManyReturns: return "Many returns";
    case NameWord::FewReturns: return "Few returns";
    case NameWord::Older: return "Older";
    case NameWord::Younger: return "Younger";
    case NameWord::DiscountLovers: return "Discount lovers";
    case NameWord::FewDiscounts: return "Few discounts";
    case NameWord::HighFeature: return "High " + f;
    case NameWord::LowFeature: return "Low " + f;
    case NameWord::FeatureYes: return f + ": yes";
    case NameWord::FeatureNo: return f + ": no";
    case NameWord::MostlyLevel: return "Mostly " + p.level;
    case NameWord::MoreLevel: return "More " + p.level;
    }
    return f;
}

std::string englishPhrase(const ExplanationPart& p) {
    const std::string& f = p.featureText;
    const std::string times = fmt("%.1f", p.ratio) + "\xC3\x97";
    const std::string up = percent(p.ratio - 1), down = percent(1 - p.ratio);
    switch (p.phrase) {
    case Phrase::SpendTimes: return "spends " + times + " the average customer";
    case Phrase::SpendMore: return "spends " + up + " more than the average customer";
    case Phrase::SpendLess: return "spends " + down + " less than the average customer";
    case Phrase::FeatureTimes: return f + " " + times + " the average";
    case Phrase::FeatureAbove: return f + " " + up + " above the average";
    case Phrase::FeatureBelow: return f + " " + down + " below the average";
    case Phrase::LastOrderedDaysAgo: return "last ordered " + fmt("%.0f", p.value) + " days ago (median)";
    case Phrase::FeatureDaysAgo: return f + " " + fmt("%.0f", p.value) + " days ago (median)";
    case Phrase::ShareHaveLevel:
        return percent(p.value) + " have " + f + " " + p.level + " (vs " + percent(p.overallValue) + " overall)";
    case Phrase::ShareHaveFeature: return percent(p.value) + " have " + f + " (vs " + percent(p.overallValue) + " overall)";
    case Phrase::FeatureAverages:
        return f + fmt(" averages %.3g", p.segmentMean) + fmt(" (vs %.3g overall)", p.overallValue);
    }
    return f;
}

std::string englishDescription(const std::vector<ExplanationPart>& parts) {
    if (parts.empty()) return "Close to the average on every feature.";
    std::string d = englishPhrase(parts[0]);
    if (parts.size() > 1) d += " and " + englishPhrase(parts[1]);
    d[0] = char(std::toupper(static_cast<unsigned char>(d[0])));
    return d + ".";
}

void nameSegments(const FeaturePipeline& pipeline, std::vector<SegmentProfile>& profiles) {
    auto transformOf = [&](const std::string& col) -> const ColumnTransform* {
        for (const auto& t : pipeline.transforms) if (t.column == col) return &t;
        return nullptr;
    };
    std::set<std::string> used;
    for (auto& p : profiles) {
        p.parts.clear();
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
            part.featureText = human(d.feature);
            part.level = d.level;
            part.kind = d.kind;
            part.direction = d.direction;
            part.ratio = d.ratio;
            part.value = d.kind == Difference::Kind::Category || boolean ? d.segmentValue : d.segmentMedian;
            part.overallValue = d.overallValue;
            part.segmentMean = d.segmentValue;
            part.isDaysSince = daysSince;
            const Family fam = familyOf(d.feature, daysSince);
            part.word = wordFor(part, fam, boolean);
            part.phrase = phraseFor(part, fam, boolean);
            part.label = englishWord(part);
            features.insert(d.feature);
            p.parts.push_back(std::move(part));
        }
        if (p.parts.empty()) {
            p.name = "Average profile";
        } else {
            p.name.clear();
            for (std::size_t i = 0; i < p.parts.size(); ++i) p.name += (i ? " \xC2\xB7 " : "") + p.parts[i].label;
        }
        p.description = englishDescription(p.parts);
        p.nameNumber = 0;
        p.renamed = false;
        std::string name = p.name;
        for (int n = 2; used.count(name); ++n) {
            name = p.name + " (" + std::to_string(n) + ")";
            p.nameNumber = n;
        }
        p.name = name;
        used.insert(name);
    }
}

} // namespace segmenta
