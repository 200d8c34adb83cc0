// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/profile_heatmap.h"

#include <QEvent>
#include <QFontMetrics>
#include <algorithm>
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
    segments_ = segments;
    features_ = features;
    cells_ = cells;
    std::vector<QColor> colors;
    for (int s = 0; s < segments.size(); ++s) colors.push_back(segmentColor(s));
    refit();
    setRowColors(std::move(colors));
    setColumnTooltips(features);
}

void ProfileHeatmap::setSegmentName(int segment, const QString& name) {
    if (segment < 0 || segment >= segments_.size()) return;
    segments_[segment] = name;
    refit();
}

void ProfileHeatmap::updateRowTooltips() {
    QStringList tips;
    for (const QString& name : segments_)
        tips << tr("%1\nClick to show only this segment everywhere (click again to show all).").arg(name);
    setRowTooltips(tips);
}

void ProfileHeatmap::fitToWidth(int width) {
    if (width == fitWidth_) return;
    fitWidth_ = width;
    refit();
}

bool ProfileHeatmap::event(QEvent* e) {
    // Follow the width of whatever holds the profile (the scroll area's viewport).
    if (e->type() == QEvent::ParentChange || (e->type() == QEvent::Show && !watched_)) {
        if (watched_) watched_->removeEventFilter(this);
        watched_ = parentWidget();
        if (watched_) {
            watched_->installEventFilter(this);
            fitToWidth(parentWidget()->width());
        }
    }
    return HeatmapView::event(e);
}

bool ProfileHeatmap::eventFilter(QObject* watched, QEvent* e) {
    if (watched == watched_ && e->type() == QEvent::Resize) fitToWidth(static_cast<QWidget*>(watched)->width());
    return HeatmapView::eventFilter(watched, e);
}

// Chooses the labels and cell texts for the width: segment names at most a
// quarter of it, column names at most 120 px (they are slanted), then whatever
// is left per column decides how much of a category cell is written.
void ProfileHeatmap::refit() {
    const QFontMetrics fm = fontMetrics();
    const int width = fitWidth_ > 0 ? fitWidth_ : 1200, nc = std::max(1, int(features_.size()));
    const int columnCap = 120;
    QStringList rows, columns;
    int rowText = 0, columnText = 0, numberText = 0;
    for (const QString& f : features_) {
        columns << fm.elidedText(f, Qt::ElideRight, columnCap);
        columnText = std::max(columnText, fm.horizontalAdvance(columns.back()));
    }
    for (const auto& row : cells_)
        for (const Cell& c : row)
            if (c.level.isEmpty()) numberText = std::max(numberText, fm.horizontalAdvance(c.text));
    // As HeatmapView lays it out: margins (2 × 8), swatch and paddings (30) before
    // the grid, and room on the right for the last slanted column name.
    const auto slant = [&](double cell) { return std::max(0.0, columnText * 0.7072 + fm.height() - cell / 2); };
    // Numbers are never shortened, so they set the narrowest column; the segment
    // names get what is left (at least 90 px, at most a quarter of the width).
    const int cell = std::max(30, numberText + 10);
    const int rowRoom = width - 16 - 30 - int(slant(cell)) - nc * cell - 4;
    const int rowCap = std::clamp(rowRoom, 90, std::clamp(width / 4, 90, 260));
    for (const QString& s : segments_) {
        rows << fm.elidedText(s, Qt::ElideRight, rowCap);
        rowText = std::max(rowText, fm.horizontalAdvance(rows.back()));
    }
    const double available = width - 16 - 30 - rowText;
    const double cellWidth = (available - slant(available / nc)) / nc;
    const int perColumn = int(cellWidth) - 10;   // HeatmapView: a column is as wide as its widest text + 10
    std::vector<std::vector<HeatmapView::Cell>> view(cells_.size());
    for (std::size_t s = 0; s < cells_.size(); ++s)
        for (const Cell& c : cells_[s]) {
            QString text = c.text;
            if (!c.level.isEmpty() && fm.horizontalAdvance(text) > perColumn) {
                // "Approach 46%" → "Appr… 46%" → "46%" (the tooltip has it all)
                const QString tail = QLatin1Char(' ') + c.share;
                const QString level = fm.elidedText(c.level, Qt::ElideRight, perColumn - fm.horizontalAdvance(tail));
                text = level.size() >= 4 ? level + tail : c.share;
            }
            view[s].push_back({zScoreColor(c.z), text, c.tooltip});
        }
    setData(rows, columns, std::move(view));
    updateRowTooltips();
}

} // namespace segmenta::ui
