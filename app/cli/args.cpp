// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/args.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace segmenta::cli {

namespace {

std::string shortNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

} // namespace

bool Args::parse(const std::vector<std::string>& argv, const std::set<std::string>& valueOptions,
                 const std::set<std::string>& flagOptions) {
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() < 3 || a.compare(0, 2, "--") != 0) { positionals_.push_back(a); continue; }
        std::string name = a.substr(2), inlineValue;
        const auto eq = name.find('=');
        const bool hasInline = eq != std::string::npos;
        if (hasInline) { inlineValue = name.substr(eq + 1); name.resize(eq); }
        if (valueOptions.count(name)) {
            if (hasInline) values_[name] = inlineValue;
            else if (i + 1 < argv.size()) values_[name] = argv[++i];
            else { error_ = "option --" + name + " needs a value"; return false; }
            if (values_[name].empty()) { error_ = "option --" + name + " is empty; give it a value"; return false; }
        } else if (flagOptions.count(name) && !hasInline) {
            flags_.insert(name);
        } else {
            error_ = "unknown option --" + name;
            return false;
        }
    }
    return true;
}

std::optional<std::string> Args::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

bool Args::intValue(const std::string& name, long long& out, long long min, long long max) {
    const auto v = value(name);
    if (!v) return true;
    long long parsed = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), parsed);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size() || parsed < min || parsed > max) {
        error_ = "--" + name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                 " (got '" + *v + "')";
        return false;
    }
    out = parsed;
    return true;
}

bool Args::doubleValue(const std::string& name, double& out, double min, double max) {
    const auto v = value(name);
    if (!v) return true;
    double parsed = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), parsed);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size() || !std::isfinite(parsed) || parsed < min || parsed > max) {
        error_ = "--" + name + " must be a number from " + shortNumber(min) + " to " + shortNumber(max) + " (got '" + *v + "')";
        return false;
    }
    out = parsed;
    return true;
}

std::vector<std::string> Args::splitList(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == sep) { if (!cur.empty()) out.push_back(cur); cur.clear(); }
        else cur += c;
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

} // namespace segmenta::cli
