// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/profile_builder.h"

#include <algorithm>

#include <QLocale>
#include <cmath>
#include <functional>

#include "core/quality/profile.h"
#include "core/table/dates.h"

namespace segmenta::ui {

namespace {


QString number(double v) {
    return QLocale().toString(v, 'g', std::abs(v) >= 1e6 ? 10 : 6);
}

QString timeText(ColumnType type, double v) {
    const auto t = std::int64_t(std::floor(v));
    return QString::fromStdString(type == ColumnType::Date ? formatDate(t) : formatDateTime(t));
}

// A statistic, or "—" with a tooltip saying why there is none (never "nan").
ColumnProfileView::Stat stat(const QString& name, double value, const QString& tip, const std::function<QString(double)>& text) {
    if (!std::isfinite(value)) return {name, QStringLiteral("—"), ProfileBuilder::tr("Not defined here: the column has too few values.")};
    return {name, text(value), tip};
}

void addStats(ColumnProfileView& v, const ColumnProfile& p) {
    if (p.rows - p.missing <= 0) return;
    if (isTemporal(p.type)) {
        auto text = [&p](double x) { return timeText(p.type, x); };
        v.stats.push_back(stat(ProfileBuilder::tr("Earliest"), p.min, ProfileBuilder::tr("The first date in the column."), text));
        v.stats.push_back(stat(ProfileBuilder::tr("Latest"), p.max, ProfileBuilder::tr("The last date in the column."), text));
        v.stats.push_back(stat(ProfileBuilder::tr("Middle (median)"), p.median, ProfileBuilder::tr("Half of the dates are earlier, half later."), text));
        return;
    }
    if (!isNumeric(p.type) || p.type == ColumnType::Boolean) return;
    v.stats.push_back(stat(ProfileBuilder::tr("Smallest"), p.min, ProfileBuilder::tr("The lowest value in the column."), number));
    v.stats.push_back(stat(ProfileBuilder::tr("Largest"), p.max, ProfileBuilder::tr("The highest value in the column."), number));
    v.stats.push_back(stat(ProfileBuilder::tr("Average (mean)"), p.mean, ProfileBuilder::tr("The sum of the values divided by their count."), number));
    v.stats.push_back(stat(ProfileBuilder::tr("Middle value (median)"), p.median, ProfileBuilder::tr("Half of the values are below it, half above."), number));
    v.stats.push_back(stat(ProfileBuilder::tr("Spread (std. deviation)"), p.std,
                           ProfileBuilder::tr("How far values typically are from the average (sample standard deviation, as in pandas)."), number));
}

QString piiText(PiiKind kind) {
    switch (kind) {
    case PiiKind::Email: return ProfileBuilder::tr("e-mail addresses");
    case PiiKind::Phone: return ProfileBuilder::tr("phone numbers");
    case PiiKind::Card: return ProfileBuilder::tr("payment card numbers");
    case PiiKind::IpAddress: return ProfileBuilder::tr("IP addresses");
    case PiiKind::PersonName: return ProfileBuilder::tr("person names");
    case PiiKind::StreetAddress: return ProfileBuilder::tr("street addresses");
    case PiiKind::FreeText: return ProfileBuilder::tr("text with personal data in it");
    case PiiKind::PersonalId: return ProfileBuilder::tr("personal identity or account numbers");
    case PiiKind::None: break;
    }
    return {};
}

void addFlags(ColumnProfileView& v, const ColumnProfile& p) {
    for (QualityFlag f : p.flags) {
        switch (f) {
        case QualityFlag::Constant:
            v.flags.push_back({ProfileBuilder::tr("Same value everywhere"), ProfileBuilder::tr("Every row has the same value, so it cannot tell customers apart."), true});
            break;
        case QualityFlag::AlmostConstant:
            v.flags.push_back({ProfileBuilder::tr("Almost always the same"), ProfileBuilder::tr("At least 95 % of the rows have the same value; it says little about differences."), true});
            break;
        case QualityFlag::IdentifierLike:
            v.flags.push_back({ProfileBuilder::tr("Looks like an identifier"), ProfileBuilder::tr("Nearly every row has its own value, like a customer id or an e-mail. It is not used to find segments."), false});
            break;
        case QualityFlag::MostlyMissing:
            v.flags.push_back({ProfileBuilder::tr("Mostly missing"), ProfileBuilder::tr("Half of the rows or more have no value here."), true});
            break;
        case QualityFlag::Empty:
            v.flags.push_back({ProfileBuilder::tr("Empty"), ProfileBuilder::tr("Every value is missing; the column tells nothing."), true});
            break;
        case QualityFlag::DuplicateColumn:
            v.flags.push_back({ProfileBuilder::tr("Copy of another column"), ProfileBuilder::tr("The same values, row by row, as an earlier column."), true});
            break;
        }
    }
    // Found by the header alone, the share is 0: say where the finding comes from.
    if (p.pii != PiiKind::None)
        v.flags.push_back({ProfileBuilder::tr("Personal data: %1").arg(piiText(p.pii)),
                           (p.piiShare > 0
                                ? ProfileBuilder::tr("About %1 % of the checked values look like %2.")
                                      .arg(int(p.piiShare * 100.0 + 0.5)).arg(piiText(p.pii))
                                : ProfileBuilder::tr("The column's name says it holds %1.").arg(piiText(p.pii))) +
                               QLatin1Char(' ') +
                               ProfileBuilder::tr("Segmenta never stores its values in the history or a saved model, "
                                                  "and leaves it out of segment exports."),
                           true});
}

} // namespace

ColumnProfileView ProfileBuilder::build(const Table& table, std::size_t index, const Progress* progress) {
    const Column& c = table.columns[index];
    ProfileOptions options;
    options.topValues = kTopValues;
    options.histogramBins = kBins;
    const ColumnProfile p = profileColumn(c, options);
    ColumnProfileView v;
    v.column = int(index);
    v.name = QString::fromStdString(p.name.empty() ? c.name : p.name);
    v.type = c.type;
    v.rows = p.rows;
    v.missing = p.missing;
    v.distinct = p.distinct;
    addStats(v, p);
    addFlags(v, p);
    // Numbers and dates get a histogram; categories, yes/no and text their most frequent values.
    const bool histogram = (isTemporal(p.type) || (isNumeric(p.type) && p.type != ColumnType::Boolean)) && !p.binCounts.empty();
    if (histogram) {
        v.edges = p.edges;
        v.binCounts = p.binCounts;
    } else if (std::find(p.flags.begin(), p.flags.end(), QualityFlag::IdentifierLike) == p.flags.end() &&
               p.pii == PiiKind::None) {
        for (const auto& t : p.top) v.topValues.emplace_back(QString::fromStdString(t.value), t.count);
        v.otherCount = p.otherCount;
    }
    // An identifier's "most frequent values" are all counted once: no chart says more than the flag.
    // Personal data gets no chart either: the ten most frequent phone numbers tell nothing
    // about customers, and a chart is one Ctrl+S from being shared.
    report(progress, 1.0);
    return v;
}

} // namespace segmenta::ui
