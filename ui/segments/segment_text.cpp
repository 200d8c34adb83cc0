// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_text.h"

#include <QLocale>
#include <cmath>

#include "ui/common/display_text.h"
#include "ui/segments/segment_style.h"
#include "ui/segments/segment_wording.h"

namespace segmenta::ui {
namespace {
// Column names and category levels reach the heatmap, the table and tooltips: cut each one.
QString qs(const std::string& s) { return DisplayText::label(s); }

QString ratioText(double ratio) {
    return QLocale().toString(ratio, 'f', ratio >= 10 ? 0 : 1) + QStringLiteral("×");
}
} // namespace

QStringList SegmentText::names(const SegmentationResult& result) {
    QStringList out;
    for (const auto& s : result.segments) out << (s.name.empty() ? tr("Segment %1").arg(s.id + 1) : SegmentWording::name(s));
    return out;
}

std::vector<SegmentCard::Info> SegmentText::cards(const SegmentationResult& result) {
    std::vector<SegmentCard::Info> out;
    const QStringList n = names(result);
    for (std::size_t i = 0; i < result.segments.size(); ++i) {
        const auto& s = result.segments[i];
        out.push_back({s.id, n[int(i)], SegmentWording::description(s), std::int64_t(s.size), s.share});
    }
    return out;
}

bool SegmentText::isDaysSince(const SegmentationResult& result, const std::string& column) {
    for (const auto& t : result.features.pipeline.transforms)
        if (t.column == column) return t.kind == ColumnTransform::Kind::DaysSince;
    return false;
}

QStringList SegmentText::profileFeatures(const SegmentationResult& result) {
    QStringList out;
    for (const auto& c : result.features.columns) out << qs(c);
    return out;
}

ProfileHeatmap::Cell SegmentText::profileCell(const SegmentationResult& result, const SegmentProfile& segment,
                                              const FeatureProfile& f) {
    ProfileHeatmap::Cell cell;
    const QString segmentName = segment.name.empty() ? tr("Segment %1").arg(segment.id + 1) : SegmentWording::name(segment);
    const QString feature = qs(f.feature);
    if (f.categorical) {
        // Colour by how much more common the segment's top level is here than
        // overall, in standard deviations of that level's 0/1 indicator.
        const double p = f.overallTopShare;
        cell.z = p > 0 && p < 1 ? (f.topShare - p) / std::sqrt(p * (1 - p)) : 0.0;
        // Whole percents keep the cell short enough for narrow columns.
        const QString percent = std::isfinite(f.topShare) ? QLocale().toString(std::lround(f.topShare * 100)) + QStringLiteral("%")
                                                          : notAvailableText();
        cell.text = tr("%1 %2").arg(qs(f.topLevel), percent);
        cell.level = qs(f.topLevel);
        cell.share = percent;
        cell.tooltip = tr("%1 — %2\nMost common here: %3, %4 of the segment (%5 of everyone).")
                           .arg(segmentName, feature, qs(f.topLevel), formatShare(f.topShare), formatShare(f.overallTopShare));
        return cell;
    }
    cell.z = std::isfinite(f.z) ? f.z : std::numeric_limits<double>::quiet_NaN();
    const bool days = isDaysSince(result, f.feature);
    cell.text = days ? tr("%1 d").arg(formatNumber(f.mean)) : formatNumber(f.mean);
    const QString unit = days ? tr(" days ago") : QString();
    QString where;
    if (!std::isfinite(f.z)) where = tr("Cannot compare: this column has the same value everywhere.");
    else if (std::abs(f.z) < 0.1) where = tr("About the same as everyone.");
    else where = (f.z > 0 ? tr("%1 standard deviations above everyone's average.") : tr("%1 standard deviations below everyone's average."))
                     .arg(QLocale().toString(std::abs(f.z), 'f', 1));
    cell.tooltip = tr("%1 — %2\nAverage here: %3%4 (everyone: %5%4)\nMedian here: %6%4 (everyone: %7%4)\n%8")
                       .arg(segmentName, feature, formatNumber(f.mean), unit, formatNumber(f.overallMean),
                            formatNumber(f.median), formatNumber(f.overallMedian), where);
    return cell;
}

std::vector<std::vector<ProfileHeatmap::Cell>> SegmentText::profileCells(const SegmentationResult& result) {
    std::vector<std::vector<ProfileHeatmap::Cell>> out;
    for (const auto& s : result.segments) {
        std::vector<ProfileHeatmap::Cell> row;
        for (const auto& f : s.features) row.push_back(profileCell(result, s, f));
        row.resize(result.features.columns.size(), ProfileHeatmap::Cell{std::numeric_limits<double>::quiet_NaN(), notAvailableText(), tr("Not computed."), {}, {}});
        out.push_back(std::move(row));
    }
    return out;
}

DifferenceTable::Row SegmentText::differenceRow(const SegmentationResult& result, const Difference& d) {
    DifferenceTable::Row row;
    row.effect = d.effect;
    row.pAdjusted = d.pAdjusted;
    row.significant = d.significant;
    const QString p = std::isfinite(d.pAdjusted) ? QLocale().toString(d.pAdjusted, 'g', 2) : notAvailableText();
    if (d.kind == Difference::Kind::Category) {
        row.what = tr("%1 = %2").arg(qs(d.feature), qs(d.level));
        row.here = formatShare(d.segmentValue);
        row.everyone = formatShare(d.overallValue);
        const double points = (d.segmentValue - d.overallValue) * 100.0;
        row.difference = std::isfinite(points)
                             ? tr("%1%2 points").arg(points >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(points, 'f', 0))
                             : notAvailableText();
        row.tooltip = tr("%1 of this segment has %2 = %3, against %4 of everyone (%5 as common). "
                         "Chance of a difference this large by luck: p = %6 after correction.")
                          .arg(formatShare(d.segmentValue), qs(d.feature), qs(d.level), formatShare(d.overallValue),
                               std::isfinite(d.ratio) ? ratioText(d.ratio) : notAvailableText(), p);
        return row;
    }
    const bool days = isDaysSince(result, d.feature);
    row.what = days ? tr("%1 (days ago)").arg(qs(d.feature)) : qs(d.feature);
    row.here = formatNumber(d.segmentValue);
    row.everyone = formatNumber(d.overallValue);
    if (std::isfinite(d.ratio) && d.ratio > 0) row.difference = tr("%1 the average").arg(ratioText(d.ratio));
    else {
        const double diff = d.segmentValue - d.overallValue;
        row.difference = std::isfinite(diff) ? (diff >= 0 ? QStringLiteral("+") : QString()) + formatNumber(diff) : notAvailableText();
    }
    row.tooltip = tr("Average here %1, everyone %2; median here %3. The segment is %4 standard deviations %5 the other "
                     "rows. Chance of a difference this large by luck: p = %6 after correction.")
                      .arg(formatNumber(d.segmentValue), formatNumber(d.overallValue), formatNumber(d.segmentMedian),
                           std::isfinite(d.effect) ? QLocale().toString(std::abs(d.effect), 'f', 2) : notAvailableText(),
                           d.direction == Difference::Direction::Higher ? tr("above") : tr("below"), p);
    return row;
}

std::vector<std::vector<DifferenceTable::Row>> SegmentText::differences(const SegmentationResult& result) {
    std::vector<std::vector<DifferenceTable::Row>> out;
    for (const auto& s : result.segments) {
        std::vector<DifferenceTable::Row> rows;
        for (const auto& d : s.differences) rows.push_back(differenceRow(result, d));
        out.push_back(std::move(rows));
    }
    return out;
}

std::vector<KScanChart::Point> SegmentText::kScan(const SegmentationResult& result) {
    std::vector<KScanChart::Point> out;
    for (const auto& r : result.kScan)
        out.push_back({r.k, r.scores.silhouette, r.scores.calinskiHarabasz, r.scores.daviesBouldin});
    return out;
}

QString SegmentText::segmentCountText(int k) {
    return k == 1 ? tr("1 segment") : tr("%1 segments").arg(k);
}

QString SegmentText::algorithmName(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::KMeans: return tr("k-means");
    case Algorithm::MiniBatch: return tr("mini-batch k-means");
    case Algorithm::GmmDiag: return tr("a diagonal Gaussian mixture");
    case Algorithm::GmmFull: return tr("a Gaussian mixture");
    }
    return {};
}

// Kaufman & Rousseeuw's rough bands, as the engine words them (never overclaiming).
QString SegmentText::separationWords(double silhouette) {
    return silhouette >= 0.5    ? tr("rows are clearly closer to their own segment than to the next one")
           : silhouette >= 0.25 ? tr("the segments are reasonably separated")
                                : tr("the segments overlap, so read them as broad groups");
}

// The engine's reason for its k, worded here from KReasonDetail's numbers so it
// is translated (the engine's English sentence is for the CLI and the history).
QString SegmentText::kReason(const SegmentationResult& result) {
    const KReasonDetail& d = result.kReasonDetail;
    const auto twoDecimals = [](double v) { return QLocale().toString(v, 'f', 2); };
    switch (result.kReason) {
    case KReason::Fixed: return tr("You asked for %1.").arg(segmentCountText(result.k));
    case KReason::BestBic:
        return tr("k = %1 describes the data best for its size (lowest BIC, %2).")
            .arg(result.k)
            .arg(QLocale().toString(d.score, 'f', 0));
    case KReason::HandfulOverTwo:
        return tr("k = %1 separates the rows best among 3 to 6 segments (silhouette %2): %3. Two segments separate a "
                  "little better (%4) but one of them would hold %5 of the rows.")
            .arg(result.k)
            .arg(twoDecimals(d.score), separationWords(d.score), twoDecimals(d.alternativeSilhouette),
                 QLocale().toString(std::lround(100 * d.alternativeLargestShare)) + QStringLiteral("%"));
    case KReason::BestSilhouette:
    case KReason::SilhouetteTieSmaller:
        break;
    }
    if (!std::isfinite(d.score)) return tr("k = %1 separates the rows best.").arg(result.k);
    return tr("k = %1 separates the rows best (silhouette %2): %3.")
        .arg(result.k)
        .arg(twoDecimals(d.score), separationWords(d.score));
}

QString SegmentText::summary(const SegmentationResult& result) {
    std::int64_t rows = 0;
    for (const auto& s : result.segments) rows += std::int64_t(s.size);
    const int columns = int(result.features.columns.size());
    QString text = tr("%1 in %2 rows, grouped by %3 with %4.")
                       .arg(segmentCountText(result.k), formatCount(rows),
                            columns == 1 ? tr("1 column") : tr("%1 columns").arg(columns),
                            algorithmName(result.model.algorithm));
    const double s = result.scores.silhouette;
    if (std::isfinite(s)) {
        const QString quality = s >= 0.5 ? tr("clearly separated") : s >= 0.25 ? tr("fairly separated") : tr("overlapping");
        text += QLatin1Char(' ') + tr("The segments are %1 (separation %2 on a scale from −1 to 1).")
                                       .arg(quality, QLocale().toString(s, 'f', 2));
    }
    return text;
}

} // namespace segmenta::ui
