// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the history tests: small tables and a hand-made two-segment model.
#include <QTemporaryDir>

#include <cmath>
#include <string>

#include "core/common/random.h"
#include "core/segment/segment_model.h"
#include "core/table/dates.h"
#include "core/table/table.h"

namespace segmenta::testutil {

// Customers: spend (lognormal), visits (normal), channel (category), email
// (text, personal), churned (0/1 label), signup (date). `shift` moves spend up
// and grows the "social" channel.
inline Table customers(std::size_t n, double shift, std::uint64_t seed, std::int64_t firstDay = 20454) {
    Random rng(seed);
    Column spend, visits, channel, email, churned, day;
    spend.name = "spend"; spend.type = ColumnType::Decimal;
    visits.name = "visits"; visits.type = ColumnType::Decimal;
    channel.name = "channel"; channel.type = ColumnType::Category;
    email.name = "email"; email.type = ColumnType::Text;
    churned.name = "churned"; churned.type = ColumnType::Boolean; churned.role = ColumnRole::Label;
    day.name = "order_date"; day.type = ColumnType::Date;
    const char* channels[] = {"web", "store", "phone"};
    for (std::size_t i = 0; i < n; ++i) {
        const bool high = rng.uniform() < 0.3 + shift * 0.3;
        spend.appendNumber(std::exp(rng.normal() * 0.5 + (high ? 4.0 : 2.0) + shift));
        visits.appendNumber(rng.normal() * 2 + (high ? 12 : 4));
        if (rng.uniform() < shift * 0.4) channel.appendCategory("social");
        else channel.appendCategory(channels[rng.below(3)]);
        email.appendString("person" + std::to_string(i) + "@example.com");
        churned.appendNumber(rng.uniform() < (high ? 0.1 : 0.3) ? 1 : 0);
        day.appendTime(firstDay + std::int64_t(rng.below(90)));
    }
    Table t;
    t.sourceName = "customers.csv";
    for (Column* c : {&spend, &visits, &channel, &email, &churned, &day}) t.columns.push_back(std::move(*c));
    return t;
}

// Two segments on spend and visits, standard-scaled by hand.
inline SegmentModel twoSegmentModel() {
    SegmentModel m;
    m.algorithm = Algorithm::KMeans;
    m.pipeline.scaling = Scaling::Standard;
    const char* names[] = {"spend", "visits"};
    const double centers[] = {30.0, 6.4}, scales[] = {30.0, 4.0};
    for (int j = 0; j < 2; ++j) {
        ColumnTransform t;
        t.column = names[j];
        t.kind = ColumnTransform::Kind::Numeric;
        t.sourceType = ColumnType::Decimal;
        t.imputeValue = centers[j];
        t.center = {centers[j]};
        t.scale = {scales[j]};
        t.firstOutput = j;
        t.outputCount = 1;
        m.pipeline.transforms.push_back(t);
        m.pipeline.outputNames.push_back(names[j]);
        m.pipeline.outputTransform.push_back(j);
    }
    m.centroids.resize(2, 2);
    m.centroids << -0.6, -0.6, 1.2, 1.4;
    m.names = {"Occasional buyers", "High spenders"};
    m.descriptions = {"Buy now and then.", "Spend a lot, often."};
    m.trainingShares = {0.7, 0.3};
    m.trainingMeanDistance = 0.8;
    m.trainingRows = 2000;
    m.seed = 1;
    return m;
}

} // namespace segmenta::testutil
