// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace segmenta::cli {

// Minimal argument parsing shared by every subcommand:
//   positionals, `--name value`, `--name=value` and boolean `--flag`.
// Each command declares which options take a value and which are flags, so a typo
// is reported ("unknown option --k-mx") instead of being ignored.
class Args {
public:
    // Returns false and sets error() on an unknown option or a missing or empty value.
    bool parse(const std::vector<std::string>& argv,
               const std::set<std::string>& valueOptions,
               const std::set<std::string>& flagOptions);

    const std::vector<std::string>& positionals() const { return positionals_; }
    bool has(const std::string& name) const { return values_.count(name) || flags_.count(name); }
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;

    // Typed getters: false with error() set when the text is not a number in range.
    bool intValue(const std::string& name, long long& out, long long min, long long max);
    bool doubleValue(const std::string& name, double& out, double min, double max);

    const std::string& error() const { return error_; }

    // Splits "a,b,c" (empty items dropped).
    static std::vector<std::string> splitList(const std::string& text, char sep = ',');

private:
    std::vector<std::string> positionals_;
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::string error_;
};

} // namespace segmenta::cli
