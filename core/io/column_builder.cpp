// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/column_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
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
