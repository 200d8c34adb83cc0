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
        QString text;      // short value shown in the cell, e.g. "1,240" or "62%"
        QString tooltip;   // full explanation in original units
    };

    explicit ProfileHeatmap(QWidget* parent = nullptr);

    // cells[segment][feature]
    void setProfile(const QStringList& segments, const QStringList& features, const std::vector<std::vector<Cell>>& cells);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment) { setHighlightedRow(segment); }
    void clear() { setProfile({}, {}, {}); }

    int segmentCount() const { return rowCount(); }
    int featureCount() const { return columnCount(); }

signals:
    void segmentClicked(int segment);
};

} // namespace segmenta::ui
