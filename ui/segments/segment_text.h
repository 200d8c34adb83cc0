// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "core/segment/segmentation.h"
#include "ui/segments/difference_table.h"
#include "ui/segments/k_scan_chart.h"
#include "ui/segments/profile_heatmap.h"
#include "ui/segments/segment_card.h"

namespace segmenta::ui {

// Turns the engine's result into what each widget shows, in plain, translated
// words and never a NaN.
class SegmentText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::SegmentText)
public:
    static QStringList names(const SegmentationResult& result);
    static std::vector<SegmentCard::Info> cards(const SegmentationResult& result);
    static QStringList profileFeatures(const SegmentationResult& result);
    static std::vector<std::vector<ProfileHeatmap::Cell>> profileCells(const SegmentationResult& result);
    static std::vector<std::vector<DifferenceTable::Row>> differences(const SegmentationResult& result);
    static std::vector<KScanChart::Point> kScan(const SegmentationResult& result);
    // "5 segments in 5,000 rows, grouped by 8 columns with k-means…"
    static QString summary(const SegmentationResult& result);
    // Why this k, translated (from the result's KReason and KReasonDetail).
    static QString kReason(const SegmentationResult& result);
    // The silhouette's band in words ("the segments overlap, so read them as broad groups").
    static QString separationWords(double silhouette);
    static QString algorithmName(Algorithm algorithm);
    static QString segmentCountText(int k);   // "1 segment", "5 segments"

private:
    static bool isDaysSince(const SegmentationResult& result, const std::string& column);
    static ProfileHeatmap::Cell profileCell(const SegmentationResult& result, const SegmentProfile& segment,
                                            const FeatureProfile& f);
    static DifferenceTable::Row differenceRow(const SegmentationResult& result, const Difference& d);
};

} // namespace segmenta::ui
