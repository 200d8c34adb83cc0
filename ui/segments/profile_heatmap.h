// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <vector>

#include "ui/common/heatmap_view.h"

namespace segmenta::ui {

// Segments × features, each cell coloured by how far the segment's average is
// from everyone's (a z-score: blue = lower, red = higher) and labelled with the
// value in the column's own units. Tooltips explain each cell; a click selects
// the segment; right-click or Ctrl+S saves the picture. Drawing, labels, legend
// and saving come from the shared HeatmapView.
class ProfileHeatmap : public HeatmapView {
    Q_OBJECT
public:
    struct Cell {
        double z = 0;      // NaN = no colour (grey)
        QString text;      // short value shown in the cell, e.g. "1,240" or "Approach 46%"
        QString tooltip;   // full explanation in original units
        // Categories: the level and the share ("Approach", "46%"), so a narrow
        // column can show "Appr… 46%" or just "46%"; empty for numbers.
        QString level, share;
    };

    explicit ProfileHeatmap(QWidget* parent = nullptr);

    // cells[segment][feature]. The profile fits the width of the widget it sits in
    // (the scroll area's viewport): long column and segment names are shortened
    // (full names in the tooltips) and category cells shrink to "Appr… 46%" or
    // "46%"; numbers are never shortened, so very many columns still scroll.
    void setProfile(const QStringList& segments, const QStringList& features, const std::vector<std::vector<Cell>>& cells);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment) { setHighlightedRow(segment); }
    void clear() { setProfile({}, {}, {}); }

    int segmentCount() const { return rowCount(); }
    int featureCount() const { return columnCount(); }

    // The width to fit into (by default the parent's width, followed on resize).
    void fitToWidth(int width);
    QString fullFeatureName(int feature) const { return feature >= 0 && feature < features_.size() ? features_[feature] : QString(); }
    QString fullSegmentName(int segment) const { return segment >= 0 && segment < segments_.size() ? segments_[segment] : QString(); }

signals:
    void segmentClicked(int segment);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refit();
    void updateRowTooltips();

    QStringList segments_, features_;
    std::vector<std::vector<Cell>> cells_;
    int fitWidth_ = 0;
    QObject* watched_ = nullptr;
};

} // namespace segmenta::ui
