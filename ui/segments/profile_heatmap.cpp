// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/profile_heatmap.h"

#include <cmath>

#include "ui/segments/segment_style.h"

namespace segmenta::ui {

ProfileHeatmap::ProfileHeatmap(QWidget* parent) : HeatmapView(parent) {
    setAccessibleName(tr("Profile of each segment"));
    setExportName(QStringLiteral("segments-profile"));
    setEmptyText(tr("Run a segmentation to see how the segments differ."));
    setHelpText(tr("Each row is a segment, each column one of your columns. Red: the segment's average is higher "
                   "than everyone's; blue: lower; white: about the same. Click a row to show only that segment "
                   "everywhere. Right-click to save the picture."));
    Legend legend;
    legend.title = tr("Compared with everyone:");
    for (int i = 0; i <= 8; ++i) legend.stops.emplace_back(i / 8.0, zScoreColor(-2.0 + i * 0.5));
    legend.ticks = {{0.0, tr("much lower")}, {0.5, tr("about the same")}, {1.0, tr("much higher")}};
    legend.swatches = {{zScoreColor(std::nan("")), Qt::NoBrush, false, tr("cannot be compared")}};
    setLegend(legend);
    connect(this, &HeatmapView::cellActivated, this, [this](int row, int) { emit segmentClicked(row); });
}

void ProfileHeatmap::setProfile(const QStringList& segments, const QStringList& features,
                                const std::vector<std::vector<Cell>>& cells) {
    std::vector<std::vector<HeatmapView::Cell>> view(cells.size());
    for (std::size_t s = 0; s < cells.size(); ++s)
        for (const Cell& c : cells[s]) view[s].push_back({zScoreColor(c.z), c.text, c.tooltip});
    setData(segments, features, std::move(view));
    std::vector<QColor> colors;
    QStringList tips;
    for (int s = 0; s < segments.size(); ++s) {
        colors.push_back(segmentColor(s));
        tips << tr("%1\nClick to show only this segment everywhere (click again to show all).").arg(segments[s]);
    }
    setRowColors(std::move(colors));
    setRowTooltips(tips);
}

void ProfileHeatmap::setSegmentName(int segment, const QString& name) { setRowLabel(segment, name); }

} // namespace segmenta::ui
