// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/column_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "core/common/huge_pages.h"
#include "core/io/page_donor.h"
#include "core/table/dates.h"

namespace segmenta::csv {

namespace {

// Level keys are short (country codes, channel names): a few word loads and
// multiplies instead of a multiply per byte. Only the slots depend on it, not
// the codes (given in order of first appearance).
[[gnu::always_inline]] inline std::uint32_t hashBytes(std::string_view s) noexcept {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = std::uint64_t(n) * kMul;
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 31;
    }
    std::uint64_t w = 0;
    if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        w = (std::uint64_t(a) << 32) | b;
    } else if (n > 0) {
        w = std::uint64_t(static_cast<unsigned char>(p[0])) | std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8 |
            std::uint64_t(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    h = (h ^ w) * kMul;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return std::uint32_t(h >> 32);
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
        if (hashes_[i] == h) {
            const std::string& level = levels_[std::size_t(code)];
            if (level.size() == s.size() && sameShortBytes(level.data(), s.data(), s.size())) return code;
        }
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

void ColumnStorage::reserve(CellKind kind, std::size_t rows) {
    if (kind == CellKind::Skip) return;
    missing.reserve(rows);
    switch (kind) {
    case CellKind::Number:
    case CellKind::Boolean: numbers.reserve(rows); break;
    case CellKind::Temporal: times.reserve(rows); break;
    case CellKind::Category: codes.reserve(rows); break;
    default: break;
    }
    adviseHugePages(missing);
    adviseHugePages(numbers);
    adviseHugePages(times);
    adviseHugePages(codes);
}

void ColumnPart::attach(ColumnStorage& storage, std::size_t from, std::size_t to, std::size_t stringRows,
                        std::size_t avgBytes) {
    // Only the capacity the storage really has: a window past it would write
    // into memory that is not ours.
    auto window = [&](auto& sink, auto& vec) {
        const std::size_t end = std::min(to, vec.capacity());
        const std::size_t begin = std::min(from, end);
        sink.attach(vec.data() + begin, end - begin);
    };
    window(missing, storage.missing);
    switch (plan_->kind) {
    case CellKind::Number:
    case CellKind::Boolean: window(numbers, storage.numbers); break;
    case CellKind::Temporal: window(times, storage.times); break;
    case CellKind::Category: window(codes, storage.codes); break;
    case CellKind::String:
    case CellKind::Raw: strings.reserve(stringRows, stringRows * (avgBytes + 1)); break;
    case CellKind::Skip: break;
    }
    // Not the string pools on huge pages: they halved the page faults but
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
    misfitTexts.emplace_back(missing.size(), std::string(v));
    appendMissing();
}

namespace {

bool isDigit(char c) noexcept { return unsigned(c - '0') < 10; }

// "YYYY-MM-DD", the common case: read at fixed places. Gives what splitDate +
// datePartsToDays give for it (a year-first date without time).
bool isoDateDays(std::string_view v, std::int64_t& days) noexcept {
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(v[i])) return false;
    const int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    const unsigned m = unsigned((v[5] - '0') * 10 + (v[6] - '0')), d = unsigned((v[8] - '0') * 10 + (v[9] - '0'));
    if (!isValidDate(y, m, d)) return false;
    days = daysFromCivil(y, m, d);
    return true;
}

} // namespace

// Appends the date or date-time value of `v` when it is one the plan accepts.
bool ColumnPart::appendDate(std::string_view v) {
    if (lastDateSize_ != 0 && v.size() == lastDateSize_ && sameShortBytes(v.data(), lastDate_, v.size())) {
        times.push_back(lastDateValue_);
        return true;
    }
    const ColumnPlan& p = *plan_;
    std::int64_t value;
    if (isoDateDays(v, value)) {
        if (p.type == ColumnType::DateTime) value *= 86400;
    } else {
        DateParts d;
        std::int64_t days;
        if (!splitDate(v, d) || !datePartsToDays(d, p.dateOrder, days) ||
            !(p.type == ColumnType::DateTime || !d.hasTime || p.acceptMisfits))
            return false;
        value = p.type == ColumnType::DateTime ? datePartsToSeconds(d, days) : days;
    }
    times.push_back(value);
    if (!v.empty() && v.size() <= sizeof lastDate_) {
        std::memcpy(lastDate_, v.data(), v.size());
        lastDateSize_ = v.size();
        lastDateValue_ = value;
    }
    return true;
}

void ColumnPart::appendCell(std::string_view raw, bool quoted, std::int64_t line) {
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
        if (appendDate(v)) missing.push_back(0);
        else if (isMissingToken(v)) appendMissing();
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

// The parts' values of one kind as one vector: each part's window is moved
// down to where the previous part ended (within the storage's capacity, so in
// pages the parts already touched), then the storage vector takes them as its
// elements: inserting a range onto itself is a memmove of zero distance. When a
// part overflowed its window (the row estimate was low), the values are copied
// into a new vector instead.
template <typename T>
std::vector<T> joinSinks(std::vector<T>& store, std::vector<PartSink<T>*> sinks) {
    std::size_t total = 0;
    bool overflowed = false;
    for (const PartSink<T>* s : sinks) {
        total += s->size();
        overflowed = overflowed || !s->overflow().empty();
    }
    std::vector<T> out;
    if (!overflowed && store.empty()) {
        T* base = store.data();
        std::size_t at = 0;
        for (const PartSink<T>* s : sinks) {
            const std::size_t n = s->inWindow();
            if (n > 0 && s->window() != base + at) std::memmove(base + at, s->window(), n * sizeof(T));
            at += n;
        }
        out = std::move(store);
        out.insert(out.end(), base, base + total);
        return out;
    }
    out.reserve(total);
    for (const PartSink<T>* s : sinks) {
        out.insert(out.end(), s->window(), s->window() + s->inWindow());
        out.insert(out.end(), s->overflow().begin(), s->overflow().end());
    }
    std::vector<T>().swap(store);
    return out;
}

template <typename T>
std::vector<T> joinMember(std::vector<ColumnPart>& parts, std::vector<T>& store, PartSink<T> ColumnPart::*member) {
    std::vector<PartSink<T>*> sinks;
    for (auto& p : parts) sinks.push_back(&(p.*member));
    auto out = joinSinks(store, sinks);
    for (auto* s : sinks) s->reset();
    return out;
}

} // namespace

void mergeParts(std::vector<ColumnPart>& parts, ColumnStorage& storage, const ColumnPlan& plan, Column& out,
                PageDonor* donor) {
    out.type = plan.type;
    if (parts.empty()) return;
    for (std::size_t k = 0, firstRow = 0; k < parts.size(); firstRow += parts[k].missing.size(), ++k)
        for (auto& [row, text] : parts[k].misfitTexts) out.unparsed.emplace_back(firstRow + row, std::move(text));
    out.missing = joinMember(parts, storage.missing, &ColumnPart::missing);
    switch (plan.kind) {
    case CellKind::Number:
    case CellKind::Boolean: out.numbers = joinMember(parts, storage.numbers, &ColumnPart::numbers); break;
    case CellKind::Temporal: out.times = joinMember(parts, storage.times, &ColumnPart::times); break;
    case CellKind::Category: {
        // The first part's codes stay as they are (its levels come first, in
        // order, so they keep their codes); later parts are remapped onto them.
        LevelIndex merged;
        for (const auto& level : parts.front().levels.levels()) merged.codeOf(level);
        std::vector<std::size_t> sizes;
        for (const auto& p : parts) sizes.push_back(p.codes.size());
        std::vector<std::int32_t> codes = joinMember(parts, storage.codes, &ColumnPart::codes);
        std::size_t at = sizes.front();
        for (std::size_t k = 1; k < parts.size(); ++k) {
            std::vector<std::int32_t> remap;
            for (const auto& level : parts[k].levels.levels()) remap.push_back(merged.codeOf(level));
            for (std::size_t i = at; i < at + sizes[k]; ++i) codes[i] = codes[i] < 0 ? -1 : remap[std::size_t(codes[i])];
            at += sizes[k];
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
