// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/column_labels.h"

namespace segmenta::ui {

QString ColumnLabels::type(ColumnType type) {
    switch (type) {
    case ColumnType::Integer: return tr("whole number");
    case ColumnType::Decimal: return tr("decimal number");
    case ColumnType::Boolean: return tr("yes/no");
    case ColumnType::Date: return tr("date");
    case ColumnType::DateTime: return tr("date and time");
    case ColumnType::Category: return tr("category");
    case ColumnType::Text: return tr("text");
    case ColumnType::Identifier: return tr("identifier");
    }
    return {};
}

QString ColumnLabels::typeTip(ColumnType type) {
    switch (type) {
    case ColumnType::Integer: return tr("Counts and other numbers without a fraction, such as 3 or 120.");
    case ColumnType::Decimal: return tr("Numbers that may have a fraction, such as 57.8 or 0.25.");
    case ColumnType::Boolean: return tr("Two values only, such as yes/no or true/false.");
    case ColumnType::Date: return tr("Calendar dates, such as 2024-03-31.");
    case ColumnType::DateTime: return tr("A date with a time of day.");
    case ColumnType::Category: return tr("A small set of repeating values, such as a country or a channel.");
    case ColumnType::Text: return tr("Free text that is not used for calculations.");
    case ColumnType::Identifier: return tr("A value that is different in (almost) every row, such as a customer id or an e-mail.");
    }
    return {};
}

QString ColumnLabels::role(ColumnRole role) {
    switch (role) {
    case ColumnRole::Feature: return tr("describe customers");
    case ColumnRole::Ignore: return tr("ignore");
    case ColumnRole::Identifier: return tr("identifier");
    case ColumnRole::Label: return tr("outcome (label)");
    case ColumnRole::Score: return tr("model score");
    case ColumnRole::Date: return tr("date of the row");
    case ColumnRole::Slice: return tr("group by (slice)");
    }
    return {};
}

QString ColumnLabels::roleTip(ColumnRole role) {
    switch (role) {
    case ColumnRole::Feature: return tr("Used to find segments: rows that are alike in these columns end up together.");
    case ColumnRole::Ignore: return tr("Kept in the table but not used for segments or metrics.");
    case ColumnRole::Identifier: return tr("Names each row (customer id, e-mail); never used for calculations.");
    case ColumnRole::Label: return tr("What actually happened, such as churned yes/no; used to check a model per group.");
    case ColumnRole::Score: return tr("A model's predicted probability, compared with the outcome per group.");
    case ColumnRole::Date: return tr("When the row was recorded; used to split the data by month.");
    case ColumnRole::Slice: return tr("A column whose values form the groups to compare, such as country.");
    }
    return {};
}

} // namespace segmenta::ui
