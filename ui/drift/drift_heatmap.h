// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ui/common/heatmap_view.h"
#include "ui/drift/drift_view.h"

namespace segmenta::ui {

// Features × months on the shared HeatmapView, each cell coloured by the size of
// the change against the reference (white = none, red = large). Drifted cells get
// a dark frame; grey cells were not judged; the reference month is hatched. Click
// a cell, or move to it with the arrows, to see the two distributions overlaid.
class DriftHeatmap : public HeatmapView {
    Q_OBJECT
public:
    explicit DriftHeatmap(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    QString rowName(int row) const { return rowLabel(row); }
    QString columnName(int column) const { return columnLabel(column); }
    // The cell's drift numbers (hides HeatmapView::cell, which gives the painted
    // cell); null when out of range or the month has nothing to compare with.
    const ColumnDriftView* cell(int row, int column) const;
    int driftedCellCount() const;

    QPoint currentCell() const { return {currentColumn(), currentRow()}; }
    // Selects the cell and asks for its distributions (cellActivated), even when
    // it was already selected.
    void selectCell(int row, int column);

signals:
    // The user (or selectCell) chose a cell to look at: click, arrows, Enter.
    void driftCellChosen(int row, int column);

private:
    QString cellTip(const SnapshotView& s, const ColumnDriftView* c, const QString& row) const;

    std::vector<std::vector<ColumnDriftView>> cells_;  // [column][row]
    std::vector<bool> hasCells_;                       // per column
    QPoint pending_{-1, -1};                           // chosen by a cursor move, not yet activated
};

} // namespace segmenta::ui
