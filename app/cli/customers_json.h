// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <nlohmann/json.hpp>

#include "core/orders/cohorts.h"
#include "core/orders/lifetime_value.h"
#include "core/orders/members.h"
#include "core/orders/order_log.h"
#include "core/orders/rfm.h"

namespace segmenta::cli {

using Json = nlohmann::ordered_json;

// The parts of `segmenta-cli customers --json`; a number that is not finite is null.
Json jsonNumber(double v);
Json sourceJson(const orders::OrderLog& log, std::size_t customers);
Json rfmJson(const orders::CustomerSummary& customers, const orders::RfmResult& rfm);
Json clvJson(const orders::BgNbdFit& purchases, const orders::GammaGammaFit& value, double horizon,
             const orders::HoldoutCheck* holdout);
Json cohortsJson(const std::vector<orders::Cohort>& cohorts);
Json membersSourceJson(const orders::MemberView& members);

} // namespace segmenta::cli
