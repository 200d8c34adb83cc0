// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/column_builder.h"

#include <cmath>
#include <unordered_set>

#include "core/common/huge_pages.h"
#include "core/io/page_donor.h"

namespace segmenta::csv {

namespace {

std::uint32_t hashBytes(std::string_view s) noexcept {
    std::uint32_t h = 2166136261u;   // FNV-1a: short keys, cheap and good enough
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

constexpr std::size_t kExamples = 5;

} // namespace

std::int32_t LevelIndex::codeOf(std::string_view s) {
    if (slots_.empty()) grow();
    const std::uint32_t h = hashBytes(s);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::int32_t code = slots_[i];
        if (code < 0) {
            const auto next = std::int32_t(levels_.size());
            levels_.emplace_back(s);
            slots_[i] = next;
            hashes_[i] = h;
            if (levels_.size() * 2 > slots_.size()) grow();
            return next;
        }
        if (hashes_[i] == h && levels_[std::size_t(code)] == s) return code;
    }
}

void LevelIndex::grow() {
    const std::size_t size = slots_.empty() ? 64 : slots_.size() * 2;
    slots_.assign(size, -1);
    hashes_.assign(size, 0);
    for (std::size_t code = 0; code < levels_.size(); ++code) {
        const std::uint32_t h = hashBytes(levels_[code]);
        std::size_t i = h & (size - 1);
        while (slots_[i] >= 0) i = (i + 1) & (size - 1);
        slots_[i] = std::int32_t(code);
        hashes_[i] = h;
    }
}

void ColumnPart::reserve(std::size_t rows, std::size_t avgBytes) {
    missing.reserve(rows);
    switch (plan_->kind) {
    case CellKind::Number:
    case CellKind::Boolean: numbers.reserve(rows); break;
    case CellKind::Temporal: times.reserve(rows); break;
    case CellKind::Category: codes.reserve(rows); break;
    case CellKind::String:
    case CellKind::Raw: strings.reserve(rows, rows * (avgBytes + 1)); break;
    case CellKind::Skip: break;
    }
    adviseHugePages(missing);
    adviseHugePages(numbers);
    adviseHugePages(times);
    adviseHugePages(codes);
    // Not the string pools: on huge pages they halved the page faults but
    // measured no faster overall, with ~10 MB more peak memory.
}

void ColumnPart::appendMissing() {
    switch (plan_->kind) {
    case CellKind::Number:
    case CellKind::Boolean: numbers.push_back(std::nan("")); break;
    case CellKind::Temporal: times.push_back(0); break;
    case CellKind::Category: codes.push_back(-1); break;
    case CellKind::String:
    case CellKind::Raw: strings.append({}); break;
    case CellKind::Skip: return;
    }
    missing.push_back(1);
}

void ColumnPart::misfit(std::string_view v, std::int64_t line) {
    if (!plan_->acceptMisfits) needsWiderType = true;
    if (rowFlags && missing.size() < rowFlags->size()) (*rowFlags)[missing.size()] = 1;
    ++invalid;
    if (examples.size() < kExamples) examples.push_back({line, std::string(v.substr(0, 200))});
    appendMissing();
}

void ColumnPart::append(std::string_view raw, bool quoted, std::int64_t line) {
    const ColumnPlan& p = *plan_;
    switch (p.kind) {
    case CellKind::Number: {
        const auto v = trimSpaces(raw);
        double x;
        NumberInfo info;
        if (parseNumber(v, p.decimal, p.thousands, x, &info)) {
            if (!info.integer && p.type == ColumnType::Integer) {
                if (p.userChosen) { misfit(raw, line); return; }
                sawFraction = true;   // free promotion: integers are stored as doubles anyway
            }
            numbers.push_back(x);
            missing.push_back(0);
        } else if (isMissingToken(v)) appendMissing();
        else misfit(raw, line);
        return;
    }
    case CellKind::Boolean: {
        const auto v = trimSpaces(raw);
        int b = parseBoolWord(v);
        if (b < 0 && p.zeroOneBool && v.size() == 1 && (v[0] == '0' || v[0] == '1')) b = v[0] - '0';
        if (b >= 0) { numbers.push_back(double(b)); missing.push_back(0); }
        else if (isMissingToken(v)) appendMissing();
        else misfit(raw, line);
        return;
    }
    case CellKind::Temporal: {
        const auto v = trimSpaces(raw);
        DateParts d;
        std::int64_t days;
        if (splitDate(v, d) && datePartsToDays(d, p.dateOrder, days) &&
            (p.type == ColumnType::DateTime || !d.hasTime || p.acceptMisfits)) {
            times.push_back(p.type == ColumnType::DateTime ? datePartsToSeconds(d, days) : days);
            missing.push_back(0);
        } else if (isMissingToken(v)) appendMissing();
        else misfit(raw, line);
        return;
    }
    case CellKind::Category: {
        const auto v = trimSpaces(raw);
        if (isMissingToken(v, p.naIsValue)) { appendMissing(); return; }
        codes.push_back(levels.codeOf(v));
        missing.push_back(0);
        return;
    }
    case CellKind::String:
        if ((raw.empty() && !quoted) || (!raw.empty() && isMissingToken(trimSpaces(raw), p.naIsValue))) {
            appendMissing();
            return;
        }
        strings.append(raw);
        missing.push_back(0);
        return;
    case CellKind::Raw:
        lines.push_back(line);
        if (raw.empty() && !quoted) { appendMissing(); return; }
        strings.append(raw);
        missing.push_back(0);
        return;
    case CellKind::Skip: return;
    }
}

namespace {

// Moves donated pages under the part of `v`'s capacity that `extra` more
// elements will occupy.
template <typename Vector>
void backWithDonatedPages(PageDonor* donor, const Vector& v, std::size_t extra) {
    if (!donor || extra == 0 || v.capacity() - v.size() < extra) return;
    donor->give(const_cast<typename Vector::value_type*>(v.data()) + v.size(), extra * sizeof(typename Vector::value_type));
}

} // namespace

void mergeParts(std::vector<ColumnPart>& parts, const ColumnPlan& plan, Column& out, PageDonor* donor) {
    out.type = plan.type;
    if (parts.empty()) return;
    std::size_t total = 0;
    for (const auto& p : parts) total += p.missing.size();
    auto concat = [&](auto member) {
        auto& first = parts.front().*member;
        auto result = std::move(first);
        result.reserve(total);
        std::size_t rest = 0;
        for (std::size_t k = 1; k < parts.size(); ++k) rest += (parts[k].*member).size();
        backWithDonatedPages(donor, result, rest);
        for (std::size_t k = 1; k < parts.size(); ++k) {
            auto& v = parts[k].*member;
            result.insert(result.end(), v.begin(), v.end());
            decltype(result)().swap(v);
        }
        return result;
    };
    out.missing = concat(&ColumnPart::missing);
    switch (plan.kind) {
    case CellKind::Number:
    case CellKind::Boolean: out.numbers = concat(&ColumnPart::numbers); break;
    case CellKind::Temporal: out.times = concat(&ColumnPart::times); break;
    case CellKind::Category: {
        // The first part's codes stay as they are (its levels come first, in
        // order, so they keep their codes); later parts are remapped onto them.
        LevelIndex merged;
        for (const auto& level : parts.front().levels.levels()) merged.codeOf(level);
        std::vector<std::int32_t> codes = std::move(parts.front().codes);
        codes.reserve(total);
        backWithDonatedPages(donor, codes, total - codes.size());
        for (std::size_t k = 1; k < parts.size(); ++k) {
            ColumnPart& part = parts[k];
            std::vector<std::int32_t> remap;
            for (const auto& level : part.levels.levels()) remap.push_back(merged.codeOf(level));
            for (const std::int32_t c : part.codes) codes.push_back(c < 0 ? -1 : remap[std::size_t(c)]);
            std::vector<std::int32_t>().swap(part.codes);
        }
        out.codes = std::move(codes);
        out.levels = merged.takeLevels();
        break;
    }
    case CellKind::String:
    case CellKind::Raw: {
        out.strings = std::move(parts.front().strings);
        std::size_t chars = 0, strings = 0;
        for (std::size_t k = 1; k < parts.size(); ++k) {
            chars += parts[k].strings.charBuffer().size();
            strings += parts[k].strings.size();
        }
        backWithDonatedPages(donor, out.strings.charBuffer(), chars);
        backWithDonatedPages(donor, out.strings.endBuffer(), strings);
        for (std::size_t k = 1; k < parts.size(); ++k) {
            out.strings.appendPool(parts[k].strings);
            parts[k].strings = StringPool();
        }
        break;
    }
    case CellKind::Skip: break;
    }
    if (plan.type == ColumnType::Boolean || plan.type == ColumnType::Integer || plan.type == ColumnType::Decimal) {
        if (out.numbers.size() != out.missing.size()) out.numbers.resize(out.missing.size(), std::nan(""));
    }
}

bool demoteWideCategory(Column& c) {
    if (c.type != ColumnType::Category) return false;
    std::size_t present = 0;
    for (const auto m : c.missing) present += m == 0;
    const std::size_t levels = c.levels.size();
    if (levels <= 50 || double(levels) < 0.05 * double(present)) return false;
    bool compact = true;
    for (const auto& l : c.levels)
        if (l.find(' ') != std::string::npos) { compact = false; break; }
    c.type = compact && double(levels) >= 0.9 * double(present) ? ColumnType::Identifier : ColumnType::Text;
    StringPool pool;
    pool.reserve(c.codes.size(), c.codes.size() * 12);
    for (const std::int32_t code : c.codes) pool.append(code < 0 ? std::string_view() : std::string_view(c.levels[std::size_t(code)]));
    c.strings = std::move(pool);
    std::vector<std::int32_t>().swap(c.codes);
    std::vector<std::string>().swap(c.levels);
    return true;
}

} // namespace segmenta::csv
