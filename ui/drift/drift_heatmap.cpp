// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_heatmap.h"

#include <QTimer>

#include "ui/common/display_text.h"
#include "ui/drift/drift_format.h"

namespace segmenta::ui {

DriftHeatmap::DriftHeatmap(QWidget* parent) : HeatmapView(parent) {
    setAccessibleName(tr("Drift heatmap: columns by month"));
    setExportName(QStringLiteral("drift-heatmap"));
    setEmptyText(tr("Nothing to compare yet: record at least two months of this dataset."));
    setHelpText(tr("Each row is a column of your data, each column a month. Right-click to save this heatmap as a picture."));
    Legend legend;
    legend.title = tr("Size of change:");
    for (int i = 0; i <= 10; ++i) legend.stops.push_back({i / 10.0, DriftFormat::effectColor(0.3 * i / 10.0, true)});
    legend.ticks = {{0.0, DriftFormat::number(0, 0)}, {1.0 / 3.0, DriftFormat::number(0.1, 1)},
                    {1.0, QStringLiteral("≥ ") + DriftFormat::number(0.3, 1)}};
    legend.swatches = {{Qt::white, Qt::NoBrush, true, tr("drifted")},
                       {DriftFormat::effectColor(kNoValue, false), Qt::NoBrush, false, tr("too few rows")},
                       {QColor(0xee, 0xee, 0xee), Qt::BDiagPattern, false, tr("reference month")}};
    setLegend(std::move(legend));
    // Arrows move the cursor: show that cell at once, as a click would. A click
    // moves the cursor and then activates: only one request for it.
    connect(this, &HeatmapView::currentCellChanged, this, [this](int row, int column) {
        if (row < 0 || column < 0) return;
        pending_ = {column, row};
        QTimer::singleShot(0, this, [this] { pending_ = {-1, -1}; });
        emit driftCellChosen(row, column);
    });
    connect(this, &HeatmapView::cellActivated, this, [this](int row, int column) {
        if (column < 0) return;   // a row label
        if (pending_ == QPoint(column, row)) { pending_ = {-1, -1}; return; }
        emit driftCellChosen(row, column);
    });
}

void DriftHeatmap::setHistory(const HistoryView& history) {
    cells_.clear();
    hasCells_.clear();
    QStringList columns;
    std::vector<std::vector<Cell>> painted(std::size_t(history.features.size()),
                                           std::vector<Cell>(history.snapshots.size()));
    for (std::size_t s = 0; s < history.snapshots.size(); ++s) {
        const SnapshotView& snap = history.snapshots[s];
        columns << snap.label;
        cells_.push_back(snap.columns);
        hasCells_.push_back(!snap.isReference && snap.columns.size() == std::size_t(history.features.size()));
        for (int r = 0; r < history.features.size(); ++r) {
            Cell& p = painted[std::size_t(r)][s];
            const ColumnDriftView* c = hasCells_.back() ? &snap.columns[std::size_t(r)] : nullptr;
            p.tooltip = cellTip(snap, c, history.features[r]);
            if (!c) {   // the reference month: nothing to compare with; hatched so it reads as "not a value"
                p.fill = QColor(0xee, 0xee, 0xee);
                p.hatch = Qt::BDiagPattern;
                continue;
            }
            p.fill = DriftFormat::effectColor(c->effect, c->judged);
            // Numbers in the cells only while they fit (about a year); the tooltip always has them.
            if (history.snapshots.size() <= 12) p.text = c->judged ? DriftFormat::number(c->effect, 2) : tr("few");
            p.framed = c->judged && c->drifted;
        }
    }
    setData(history.features, columns, std::move(painted));
}

const ColumnDriftView* DriftHeatmap::cell(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return nullptr;
    if (!hasCells_[std::size_t(column)]) return nullptr;
    return &cells_[std::size_t(column)][std::size_t(row)];
}

int DriftHeatmap::driftedCellCount() const {
    int n = 0;
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r)
            if (const auto* x = cell(r, c); x && x->judged && x->drifted) ++n;
    return n;
}

void DriftHeatmap::selectCell(int row, int column) {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return;
    if (currentRow() == row && currentColumn() == column) emit driftCellChosen(row, column);
    else setCurrentCell(row, column);   // emits through currentCellChanged
}

QString DriftHeatmap::cellTip(const SnapshotView& s, const ColumnDriftView* c, const QString& row) const {
    //: Heatmap tooltip's first line: a column in a month ("<b>revenue</b> in 2026-03").
    QString tip = tr("<b>%1</b> in %2").arg(DisplayText::tooltip(row).toHtmlEscaped(), DisplayText::tooltip(s.label).toHtmlEscaped()) + QStringLiteral("<br>");
    if (!c) return tip + tr("This is the reference month: the others are compared with it.");
    tip += tr("%1: %2 — <b>%3</b>").arg(c->effectName.isEmpty() ? tr("Size of change") : c->effectName,
                                       DriftFormat::number(c->effect), DriftFormat::verdictText(*c));
    if (!c->reason.isEmpty()) tip += QStringLiteral("<br>") + DisplayText::tooltip(c->reason).toHtmlEscaped();
    return tip + QStringLiteral("<br><i>") + tr("Click to see both distributions.") + QStringLiteral("</i>");
}

} // namespace segmenta::ui
