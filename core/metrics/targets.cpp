// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/metrics/targets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace segmenta {

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool sameValue(const std::string& a, const std::string& b) { return lower(a) == lower(b); }

std::string listValues(const std::vector<std::string>& names, std::size_t max = 5) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < max; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > max) out += ", …";
    return out;
}

Result<const Column*> findColumn(const Table& table, const std::string& name, const char* what) {
    if (name.empty()) return makeError(ErrorKind::Usage, std::string("choose a ") + what + " column");
    const Column* c = table.column(name);
    if (!c) return makeError(ErrorKind::NotFound, std::string("there is no column named '") + name + "' (the " + what +
                                                      " column); check the spelling and the file's header");
    return c;
}

} // namespace

// English, German, French and Spanish words for yes and no (lower case; "no" is
// Spanish too). "Sí" is matched with its accent and without.
bool looksPositive(const std::string& value) noexcept {
    const auto v = lower(value);
    for (const char* word : {"1", "1.0", "true", "yes", "y", "t", "ja", "j", "wahr", "oui", "vrai", "si", "s\xC3\xAD",
                             "s\xC3\x8D", "verdadero"})
        if (v == word) return true;
    return false;
}

bool looksNegative(const std::string& value) noexcept {
    const auto v = lower(value);
    for (const char* word : {"0", "0.0", "false", "no", "n", "f", "nein", "falsch", "non", "faux", "falso"})
        if (v == word) return true;
    return false;
}

Result<ValueCodes> codeValues(const Column& c, std::size_t maxDistinct) {
    ValueCodes out;
    out.code.assign(c.size(), -1);
    auto tooMany = [&] {
        return makeError(ErrorKind::BadInput, "the column '" + c.name + "' has more than " +
                                                  std::to_string(maxDistinct) + " different values");
    };
    if (isNumeric(c.type)) {
        std::vector<double> values;   // few by construction: linear search is fastest
        double lastValue = std::nan("");
        std::int32_t lastCode = -1;
        for (std::size_t i = 0; i < c.size(); ++i) {
            const double v = c.numbers[i];
            if (c.isMissing(i)) continue;
            if (v == lastValue) { out.code[i] = lastCode; continue; }   // a cheap hit for most rows
            if (std::isnan(v)) continue;
            auto it = std::find(values.begin(), values.end(), v);
            if (it == values.end()) {
                if (values.size() == maxDistinct) return tooMany();
                values.push_back(v);
                out.names.push_back(c.displayText(i));
                it = values.end() - 1;
            }
            out.code[i] = lastCode = std::int32_t(it - values.begin());
            lastValue = v;
        }
        return out;
    }
    if (c.type == ColumnType::Category) {
        std::vector<std::int32_t> remap(c.levels.size(), -1);
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (c.isMissing(i) || c.codes[i] < 0) continue;
            auto& r = remap[std::size_t(c.codes[i])];
            if (r < 0) {
                if (out.names.size() == maxDistinct) return tooMany();
                r = std::int32_t(out.names.size());
                out.names.push_back(c.levels[std::size_t(c.codes[i])]);
            }
            out.code[i] = r;
        }
        return out;
    }
    std::unordered_map<std::string, std::int32_t> idOf;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.isMissing(i)) continue;
        const std::string text = c.displayText(i);
        auto [it, added] = idOf.try_emplace(text, std::int32_t(out.names.size()));
        if (added) {
            if (out.names.size() == maxDistinct) return tooMany();
            out.names.push_back(text);
        }
        out.code[i] = it->second;
    }
    return out;
}

Result<LabelTarget> decodeLabel(const Table& table, const std::string& column, const std::string& positive,
                                bool allowMulticlass) {
    auto col = findColumn(table, column, "label");
    if (!col) return col.error();
    const Column& c = **col;
    auto coded = codeValues(c, 1000);
    if (!coded) return makeError(ErrorKind::BadInput, "the label '" + column + "' has too many different values to be an outcome");
    const auto& names = coded->names;
    LabelTarget t;
    if (names.size() > 2) {
        if (!allowMulticlass)
            return makeError(ErrorKind::BadInput, "the label '" + column + "' has " + std::to_string(names.size()) +
                                                      " values (" + listValues(names) +
                                                      ") but a score needs a yes/no label; choose a two-valued label");
        t.binary = false;
        t.classes = names;
        t.classLabel = std::move(coded->code);
        return t;
    }
    // Which code is the positive outcome?
    int pos = -1;
    if (!positive.empty()) {
        for (std::size_t k = 0; k < names.size(); ++k)
            if (sameValue(names[k], positive)) pos = int(k);
        // With one value or none, the chosen positive may just not occur here.
        if (pos < 0 && names.size() == 2)
            return makeError(ErrorKind::Usage, "the label '" + column + "' has no value '" + positive +
                                                   "'; its values are " + listValues(names));
    } else {
        for (std::size_t k = 0; k < names.size(); ++k)
            if (looksPositive(names[k])) pos = int(k);
        if (pos < 0 && names.size() == 2) {
            return makeError(ErrorKind::Usage, "cannot tell which value of the label '" + column +
                                                   "' is the outcome to predict (" + listValues(names) +
                                                   "); choose it with --positive");
        }
        if (pos < 0 && names.size() == 1 && !looksNegative(names[0]))
            return makeError(ErrorKind::Usage, "the label '" + column + "' has only the value '" + names[0] +
                                                   "'; say whether it is the positive outcome with --positive");
    }
    t.positive = pos >= 0 ? names[std::size_t(pos)] : positive;
    for (std::size_t k = 0; k < names.size(); ++k)
        if (int(k) != pos) t.negative = names[k];
    t.binaryLabel.resize(c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        const auto code = coded->code[i];
        t.binaryLabel[i] = code < 0 ? kNoLabel : std::uint8_t(code == pos ? 1 : 0);
    }
    return t;
}

Result<std::vector<double>> decodeScore(const Table& table, const std::string& column) {
    auto col = findColumn(table, column, "score");
    if (!col) return col.error();
    const Column& c = **col;
    if (!isNumeric(c.type)) {
        std::string example;
        for (std::size_t i = 0; i < c.size() && example.empty(); ++i) example = c.displayText(i);
        return makeError(ErrorKind::BadInput, "the score column '" + column + "' is not numeric (it holds text such as '" +
                                                  example + "'); choose a column of probabilities between 0 and 1");
    }
    std::vector<double> score(c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        const double v = c.isMissing(i) ? std::nan("") : c.numbers[i];
        if (!std::isnan(v) && !(v >= 0.0 && v <= 1.0))
            return makeError(ErrorKind::BadInput, "the score column '" + column + "' has a value outside 0 to 1 (" +
                                                      c.displayText(i) + " on data row " + std::to_string(i + 1) +
                                                      "); scores must be probabilities", std::int64_t(i + 1));
        score[i] = v;
    }
    return score;
}

Result<std::vector<std::uint8_t>> decodeBinaryPrediction(const Table& table, const std::string& column,
                                                         const LabelTarget& label) {
    auto col = findColumn(table, column, "prediction");
    if (!col) return col.error();
    auto coded = codeValues(**col, 2);
    if (!coded) return makeError(ErrorKind::BadInput, "the prediction '" + column + "' has more than two values but the label is yes/no");
    std::vector<std::uint8_t> map;
    for (const auto& name : coded->names) {
        if (!label.positive.empty() && sameValue(name, label.positive)) map.push_back(1);
        else if (!label.negative.empty() && sameValue(name, label.negative)) map.push_back(0);
        else if (looksPositive(name)) map.push_back(1);
        else if (looksNegative(name)) map.push_back(0);
        else
            return makeError(ErrorKind::BadInput, "the prediction '" + column + "' has the value '" + name +
                                                      "', which is not a value of the label");
    }
    std::vector<std::uint8_t> out(coded->code.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = coded->code[i] < 0 ? kNoLabel : map[std::size_t(coded->code[i])];
    return out;
}

Result<std::vector<std::int32_t>> decodeClassPrediction(const Table& table, const std::string& column,
                                                        LabelTarget& label) {
    auto col = findColumn(table, column, "prediction");
    if (!col) return col.error();
    auto coded = codeValues(**col, 1000);
    if (!coded) return coded.error();
    std::vector<std::int32_t> map;
    for (const auto& name : coded->names) {
        auto it = std::find(label.classes.begin(), label.classes.end(), name);
        if (it == label.classes.end()) { label.classes.push_back(name); it = label.classes.end() - 1; }
        map.push_back(std::int32_t(it - label.classes.begin()));
    }
    std::vector<std::int32_t> out(coded->code.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = coded->code[i] < 0 ? -1 : map[std::size_t(coded->code[i])];
    return out;
}

} // namespace segmenta
