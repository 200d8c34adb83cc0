// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/customers_json.h"

#include <cmath>

#include "core/table/dates.h"

namespace segmenta::cli {

Json jsonNumber(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

namespace {

Json columnsJson(const orders::ColumnMapping& m) {
    Json columns = Json::object();
    for (const auto& [role, name] : orders::namedColumns(m)) columns[role] = name;
    return columns;
}

Json cutsJson(const std::array<double, 4>& cuts) {
    Json a = Json::array();
    for (const double c : cuts) a.push_back(jsonNumber(c));
    return a;
}

} // namespace

Json sourceJson(const orders::OrderLog& log, std::size_t customers) {
    Json leftOut = Json::object();
    for (const auto& [reason, count] : log.leftOut) leftOut[reason] = count;
    return {{"platform", orders::toString(log.source.platform)},
            {"rows", log.rows},
            {"orders", log.orders.size()},
            {"customers", customers},
            {"left_out", leftOut},
            {"columns", columnsJson(log.source.mapping)},
            {"currency", log.currency.empty() ? Json(nullptr) : Json(log.currency)},
            {"notes", log.notes}};
}

Json rfmJson(const orders::CustomerSummary& customers, const orders::RfmResult& rfm) {
    Json segments = Json::array();
    for (const auto& s : orders::segmentTotals(customers, rfm))
        segments.push_back({{"name", s.name},
                            {"customers", s.customers},
                            {"orders", s.orders},
                            {"revenue", jsonNumber(s.revenue)},
                            {"share_customers", jsonNumber(s.shareCustomers)},
                            {"share_revenue", jsonNumber(s.shareRevenue)}});
    return {{"rule", orders::toString(rfm.rule)},
            {"cuts", {{"recency", cutsJson(rfm.cuts.recency)},
                      {"frequency", cutsJson(rfm.cuts.frequency)},
                      {"monetary", cutsJson(rfm.cuts.monetary)}}},
            {"segments", segments}};
}

Json clvJson(const orders::BgNbdFit& purchases, const orders::GammaGammaFit& value, double horizon,
             const orders::HoldoutCheck* holdout) {
    const auto& p = purchases.params;
    Json j;
    j["bg_nbd"] = {{"r", jsonNumber(p.r)}, {"alpha", jsonNumber(p.alpha)}, {"a", jsonNumber(p.a)},
                   {"b", jsonNumber(p.b)}, {"log_likelihood", jsonNumber(purchases.logLikelihood)}};
    j["gamma_gamma"] = value.converged ? Json{{"p", jsonNumber(value.params.p)},
                                              {"q", jsonNumber(value.params.q)},
                                              {"v", jsonNumber(value.params.v)}}
                                       : Json(nullptr);
    j["horizon_days"] = horizon;
    if (holdout && holdout->ok) {
        Json deciles = Json::array();
        for (const auto& d : holdout->deciles)
            deciles.push_back({{"customers", d.customers}, {"predicted", jsonNumber(d.predicted)},
                               {"actual", jsonNumber(d.actual)}});
        j["holdout"] = {{"days", holdout->days},
                        {"cutoff", formatDate(holdout->cutoffDay)},
                        {"customers", holdout->customers},
                        {"predicted", jsonNumber(holdout->predictedTotal)},
                        {"actual", jsonNumber(holdout->actualTotal)},
                        {"mae", jsonNumber(holdout->meanAbsoluteError)},
                        {"deciles", deciles},
                        {"summary", holdout->sentence}};
    } else {
        j["holdout"] = nullptr;
    }
    return j;
}

Json cohortsJson(const std::vector<orders::Cohort>& cohorts) {
    Json a = Json::array();
    for (const auto& c : cohorts) {
        Json share = Json::array(), revenue = Json::array(), complete = Json::array();
        for (std::size_t k = 0; k < c.repeatShare.size(); ++k) {
            share.push_back(jsonNumber(c.repeatShare[k]));
            revenue.push_back(jsonNumber(c.cumulativeRevenuePerCustomer[k]));
            complete.push_back(bool(c.complete[k]));
        }
        a.push_back({{"cohort", c.label()}, {"customers", c.customers}, {"repeat_share", share},
                     {"cumulative_revenue_per_customer", revenue}, {"complete", complete}});
    }
    return a;
}

Json membersSourceJson(const orders::MemberView& v) {
    Json status = Json::object();
    for (const auto& [s, n] : v.byStatus) status[s] = n;
    return {{"platform", orders::toString(v.source.platform)},
            {"kind", "members"},
            {"rows", v.rows},
            {"members", v.table.rowCount()},
            {"left_out", {{"no_customer", v.withoutKey}, {"duplicate", v.duplicates}}},
            {"columns", columnsJson(v.source.mapping)},
            {"by_status", status}};
}

} // namespace segmenta::cli
