// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/type_inference.h"

#include <algorithm>
#include <cstdint>

namespace segmenta::csv {

namespace {

constexpr double kFit = 0.95;             // share of sample values that must fit a type
constexpr std::size_t kCategoryLevels = 50;
constexpr double kCategoryShare = 0.05;

std::string lowerName(std::string_view s) {
    std::string out(s);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
}

bool endsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool isCountryCode(std::string_view v) {
    return v.size() == 2 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z';
}

// "NA" beside other two-letter upper-case codes is Namibia.
bool naLooksLikeValue(const std::vector<std::string_view>& values) {
    std::size_t codes = 0, others = 0, na = 0;
    for (const auto raw : values) {
        const auto v = trimSpaces(raw);
        if (v == "NA") { ++na; continue; }
        if (isMissingToken(v)) continue;
        if (isCountryCode(v)) ++codes; else ++others;
    }
    return na > 0 && codes >= 3 && double(codes) >= 0.9 * double(codes + others);
}

struct Counts {
    std::size_t n = 0;                 // non-missing
    std::size_t boolWords = 0, zeroOne = 0;
    std::size_t numbers = 0, integers = 0, leadingZero = 0, unsafe = 0;
    std::size_t dates = 0, withTime = 0, dayMonth = 0;   // dayMonth: a/b/year forms
    std::size_t validDmy = 0, validMdy = 0, firstOver12 = 0, secondOver12 = 0;
    std::size_t withSpace = 0, withAt = 0, totalLength = 0;
    std::size_t distinct = 0;
};

// Distinct values of a sample: open addressing over the sample's own views, no
// allocation per value (a node-based std::unordered_set made type guessing a
// tenth of the import, all of it before the parallel part starts). A slot is 8
// bytes (hash bits and the value's index), in a table each thread keeps for the
// next column: 24-byte slots in a fresh table per column were a megabyte of new
// pages and cache misses per column.
class DistinctSet {
public:
    explicit DistinctSet(const std::vector<std::string_view>& values) : values_(values) {
        std::size_t cap = 64;
        while (cap < values.size() * 2) cap *= 2;
        // A whole column (a strict re-guess) gets its own table, not one kept for good.
        if (cap <= kKeptSlots) slots_ = &scratch();
        slots_->assign(cap, 0);
    }
    bool insert(std::size_t index) {   // values[index]; true when new
        const std::string_view v = values_[index];
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (const char ch : v) h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
        h ^= h >> 29;
        std::vector<std::uint64_t>& slots = *slots_;
        const std::size_t mask = slots.size() - 1;
        const std::uint64_t tag = h & ~std::uint64_t(0xFFFFFFFF);
        for (std::size_t i = std::size_t(h >> 7) & mask;; i = (i + 1) & mask) {
            const std::uint64_t slot = slots[i];
            if (slot == 0) {   // index + 1 in the low half: 0 is an empty slot
                slots[i] = tag | (std::uint64_t(index) + 1);
                return true;
            }
            if ((slot & ~std::uint64_t(0xFFFFFFFF)) == tag && values_[std::size_t(slot & 0xFFFFFFFF) - 1] == v) return false;
        }
    }

private:
    static std::vector<std::uint64_t>& scratch() {
        thread_local std::vector<std::uint64_t> table;
        return table;
    }
    static constexpr std::size_t kKeptSlots = std::size_t(1) << 16;   // 512 KB
    const std::vector<std::string_view>& values_;
    std::vector<std::uint64_t> own_;
    std::vector<std::uint64_t>* slots_ = &own_;
};

Counts countFits(const std::vector<std::string_view>& values, const CsvDialect& d, bool naIsValue) {
    Counts c;
    // Trimmed views, so that the set compares what is counted.
    std::vector<std::string_view> trimmed;
    trimmed.reserve(values.size());
    for (const auto raw : values) trimmed.push_back(trimSpaces(raw));
    DistinctSet seen(trimmed);
    for (std::size_t k = 0; k < trimmed.size(); ++k) {
        const auto v = trimmed[k];
        if (isMissingToken(v, naIsValue)) continue;
        ++c.n;
        c.totalLength += v.size();
        if (seen.insert(k)) ++c.distinct;
        if (v.find(' ') != std::string_view::npos) ++c.withSpace;
        if (v.find('@') != std::string_view::npos) ++c.withAt;
        if (parseBoolWord(v) >= 0) ++c.boolWords;
        if (v == "0" || v == "1") ++c.zeroOne;
        double x;
        NumberInfo info;
        if (parseNumber(v, d.decimal, d.thousands, x, &info)) {
            ++c.numbers;
            if (info.integer) ++c.integers;
            if (info.leadingZero) ++c.leadingZero;
            if (info.unsafe) ++c.unsafe;
            continue;
        }
        DateParts p;
        if (!splitDate(v, p)) continue;
        std::int64_t days;
        if (p.yearFirst) {
            if (!datePartsToDays(p, DateOrder::YMD, days)) continue;
        } else {
            ++c.dayMonth;
            const bool dmy = datePartsToDays(p, DateOrder::DMY, days);
            const bool mdy = datePartsToDays(p, DateOrder::MDY, days);
            if (!dmy && !mdy) continue;
            c.validDmy += dmy;
            c.validMdy += mdy;
            c.firstOver12 += p.a > 12;
            c.secondOver12 += p.b > 12;
        }
        ++c.dates;
        c.withTime += p.hasTime;
    }
    return c;
}

thread_local bool tStrict = false;   // set for the duration of one inferColumn call

bool fits(std::size_t k, std::size_t n) {
    // Small samples must fit entirely; larger ones may hold a few stray values.
    return n > 0 && (n < 20 || tStrict ? k == n : double(k) >= kFit * double(n));
}

Inference makeString(std::string_view name, const Counts& c) {
    Inference r;
    const double u = c.n ? double(c.distinct) / double(c.n) : 0;
    const bool compact = c.withSpace * 20 <= c.n && c.n > 0 && c.totalLength <= c.n * 64;
    const bool idName = nameLooksLikeId(name) || c.withAt * 10 >= c.n * 9;
    auto set = [&r](ColumnType t, CellKind k) { r.plan.type = t; r.plan.kind = k; };
    if (c.n == 0) set(ColumnType::Text, CellKind::String);
    else if (c.n < 20) {
        // Too few values to judge cardinality: lean on the name and the shape.
        if (idName && c.distinct == c.n) set(ColumnType::Identifier, CellKind::String);
        else if (c.distinct == c.n && (c.withSpace > 0 || c.totalLength > c.n * 20)) set(ColumnType::Text, CellKind::String);
        else set(ColumnType::Category, CellKind::Category);
    } else if (u >= 0.9 && c.n >= 20) {
        set(compact || idName ? ColumnType::Identifier : ColumnType::Text, CellKind::String);
    } else if (c.distinct <= kCategoryLevels || double(c.distinct) < kCategoryShare * double(c.n)) {
        set(ColumnType::Category, CellKind::Category);
    } else {
        set(idName && compact ? ColumnType::Identifier : ColumnType::Text, CellKind::String);
    }
    return r;
}

void chooseDateOrder(const Counts& c, std::optional<bool> dayFirst, Inference& r) {
    if (c.dayMonth == 0) return;
    if (c.firstOver12 > 0 && c.secondOver12 == 0) r.plan.dateOrder = DateOrder::DMY;
    else if (c.secondOver12 > 0 && c.firstOver12 == 0) r.plan.dateOrder = DateOrder::MDY;
    else if (c.firstOver12 > 0 && c.secondOver12 > 0) {
        r.plan.dateOrder = c.validDmy >= c.validMdy ? DateOrder::DMY : DateOrder::MDY;
        r.note = "dates mix day/month and month/day; read as " +
                 std::string(r.plan.dateOrder == DateOrder::DMY ? "day/month" : "month/day") +
                 ", the others become missing";
    } else if (dayFirst) {
        r.plan.dateOrder = *dayFirst ? DateOrder::DMY : DateOrder::MDY;
    } else {
        r.plan.dateOrder = DateOrder::DMY;
        r.note = "dates could be day/month or month/day; read as day/month";
    }
}

} // namespace

bool nameLooksLikeId(std::string_view name) {
    const std::string n = lowerName(name);
    if (n == "id" || n == "key" || n == "uuid" || n == "guid") return true;
    if (endsWith(n, "_id") || endsWith(n, " id") || endsWith(n, "-id") || endsWith(n, ".id") || endsWith(n, "uuid")) return true;
    // CamelCase "customerId" / "CustomerID"
    if (name.size() > 2 && (endsWith(name, "Id") || endsWith(name, "ID"))) {
        const char before = name[name.size() - 3];
        return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z' && endsWith(name, "Id"));
    }
    return n == "email" || n == "e-mail" || n == "mail" || endsWith(n, "email") || endsWith(n, "e-mail");
}

bool nameLooksLikeFlag(std::string_view name) {
    const std::string n = lowerName(name);
    for (const char* p : {"is_", "is ", "has_", "has ", "was_", "did_", "flag_"})
        if (startsWith(n, p)) return true;
    if (name.size() > 2 && (startsWith(name, "is") || startsWith(name, "has")) &&
        name[startsWith(name, "is") ? 2 : 3] >= 'A' && name[startsWith(name, "is") ? 2 : 3] <= 'Z')
        return true;
    for (const char* w : {"flag", "churn", "active", "newsletter", "subscribed", "opt_in", "optin", "opted", "bool",
                          "label", "target", "converted", "fraud", "default", "clicked", "consent", "premium", "vip",
                          "member", "returned", "cancelled", "canceled", "verified"})
        if (n.find(w) != std::string::npos) return true;
    return false;
}

ColumnRole guessRole(std::string_view name, ColumnType type) {
    const std::string n = lowerName(name);
    if (type == ColumnType::Identifier) return ColumnRole::Identifier;
    if (isTemporal(type)) return ColumnRole::Date;
    const bool score = n.find("score") != std::string::npos || n.find("prob") != std::string::npos ||
                       n.find("propensity") != std::string::npos || n.find("predict") != std::string::npos;
    if (score && type == ColumnType::Decimal) return ColumnRole::Score;
    for (const char* w : {"churn", "label", "target", "outcome", "converted"})
        if (n.find(w) != std::string::npos && (type == ColumnType::Boolean || type == ColumnType::Category) && !score)
            return ColumnRole::Label;
    return ColumnRole::Feature;
}

Inference inferColumn(std::string_view name, const std::vector<std::string_view>& values, const CsvDialect& d,
                      std::optional<bool> dayFirst, bool strict) {
    struct StrictScope {
        explicit StrictScope(bool on) { tStrict = on; }
        ~StrictScope() { tStrict = false; }
    } scope(strict);
    const bool naIsValue = naLooksLikeValue(values);
    const Counts c = countFits(values, d, naIsValue);
    Inference r;
    r.plan.decimal = d.decimal;
    r.plan.thousands = d.thousands;
    r.plan.naIsValue = naIsValue;
    auto finish = [&](ColumnType t, CellKind k, std::size_t fit) {
        r.plan.type = t;
        r.plan.kind = k;
        r.confidence = c.n ? double(fit) / double(c.n) : 1.0;
        r.plan.acceptMisfits = fit < c.n;
        return r;
    };
    if (c.n == 0) {
        r = makeString(name, c);
        r.plan.naIsValue = naIsValue;
        r.confidence = 0;
        r.note = "no values in the sample";
        return r;
    }
    if (c.boolWords == c.n || (fits(c.boolWords, c.n) && c.boolWords > c.zeroOne))
        return finish(ColumnType::Boolean, CellKind::Boolean, c.boolWords);
    if (c.zeroOne == c.n && nameLooksLikeFlag(name)) {
        r.plan.zeroOneBool = true;
        return finish(ColumnType::Boolean, CellKind::Boolean, c.zeroOne);
    }
    if (fits(c.numbers, c.n)) {
        const bool codes = c.leadingZero > 0 || c.unsafe > 0;
        if (c.integers == c.numbers && !codes) {
            if (nameLooksLikeId(name) && c.distinct == c.n && c.n > 1) return finish(ColumnType::Identifier, CellKind::String, c.n);
            return finish(ColumnType::Integer, CellKind::Number, c.numbers);
        }
        if (!codes) return finish(ColumnType::Decimal, CellKind::Number, c.numbers);
        // Zero-padded or very long digit strings are codes: numbers would change them.
        r = makeString(name, c);
        r.plan.naIsValue = naIsValue;
        r.note = "digits kept as text: leading zeros or too many digits for a number";
        return r;
    }
    if (fits(c.dates, c.n)) {
        chooseDateOrder(c, dayFirst, r);
        std::size_t fit = c.dates;
        if (c.dayMonth > 0) fit = c.dates - c.dayMonth + (r.plan.dateOrder == DateOrder::DMY ? c.validDmy : c.validMdy);
        if (fits(fit, c.n))
            return finish(c.withTime ? ColumnType::DateTime : ColumnType::Date, CellKind::Temporal, fit);
        r.note.clear();
    }
    r = makeString(name, c);
    r.plan.naIsValue = naIsValue;
    r.plan.decimal = d.decimal;
    r.plan.thousands = d.thousands;
    return r;
}

Inference planForType(ColumnType type, std::string_view name, const std::vector<std::string_view>& values,
                      const CsvDialect& d, std::optional<bool> dayFirst) {
    Inference r = inferColumn(name, values, d, dayFirst);
    const ColumnType guessed = r.plan.type;
    r.plan.type = type;
    r.plan.acceptMisfits = true;
    r.plan.userChosen = true;
    r.confidence = 1;
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal: r.plan.kind = CellKind::Number; break;
    case ColumnType::Boolean: r.plan.kind = CellKind::Boolean; r.plan.zeroOneBool = true; break;
    case ColumnType::Date:
    case ColumnType::DateTime: r.plan.kind = CellKind::Temporal; break;
    case ColumnType::Category: r.plan.kind = CellKind::Category; break;
    case ColumnType::Text:
    case ColumnType::Identifier: r.plan.kind = CellKind::String; break;
    }
    if (!isTemporal(type) || !isTemporal(guessed)) r.note.clear();
    return r;
}

} // namespace segmenta::csv
