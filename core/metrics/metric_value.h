// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <optional>
#include <string>

namespace segmenta {

// A metric that is either a number or explicitly undefined with a reason
// ("only one class in this slice"). Never NaN: the GUI shows "—" with the
// reason as tooltip and the CLI writes null.
struct Metric {
    std::optional<double> value;
    std::string reason;   // empty when defined

    static Metric of(double v) { return Metric{v, {}}; }
    static Metric undefined(std::string why) { return Metric{std::nullopt, std::move(why)}; }

    bool defined() const noexcept { return value.has_value(); }
    double valueOr(double fallback) const noexcept { return value.value_or(fallback); }
};

} // namespace segmenta
