// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grid of coloured cells with row and column labels, a colour legend,
// tooltips, keyboard navigation and "save as picture", shared by the Segments
// page's profile and the Drift page's heatmap.
//
// Usage:
//   auto* map = new HeatmapView(parent);
//   map->setExportName(QStringLiteral("drift-heatmap"));      // file name offered by Save
//   map->setEmptyText(tr("Nothing to compare yet."));
//   map->setHelpText(tr("Each row is a column of your data …"));  // tooltip outside the cells
//   HeatmapView::Legend legend;
//   legend.title = tr("Size of change:");
//   legend.stops = {{0.0, Qt::white}, {1.0, Qt::red}};        // the colour bar, left to right
//   legend.ticks = {{0.0, QStringLiteral("0")}, {1.0, QStringLiteral("≥ 0.3")}};
//   legend.swatches = {{QColor(0xe0, 0xe0, 0xe0), Qt::NoBrush, false, tr("too few rows")}};
//   map->setLegend(legend);
//   std::vector<std::vector<HeatmapView::Cell>> cells(rows.size(), std::vector<HeatmapView::Cell>(columns.size()));
//   cells[r][c] = {colour, QStringLiteral("0.12"), tr("<b>price</b> in March …")};   // tooltips may be rich text
//   map->setData(rows, columns, std::move(cells));             // cells[row][column]
//   connect(map, &HeatmapView::cellActivated, this, [](int row, int column) { … });  // column -1 = row label
// Optional: setRowColors (a swatch before each row label), setHighlightedRow (bold
// label + frame), setCurrentCell (keyboard cursor; arrows move it, Enter activates).
// Labels are never clipped: the minimum size makes room for them (put the view in
// a QScrollArea with widgetResizable), column labels turn 45° when they do not fit
// across a cell, and only absurdly long names are elided (full name in the tooltip).
#include <QBrush>
#include <QColor>
#include <QStringList>
#include <QWidget>
#include <utility>
#include <vector>

namespace segmenta::ui {

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        QColor fill = QColor(0xe0, 0xe0, 0xe0);   // grey = no value
        QString text;                             // short text drawn in the cell when it fits
        QString tooltip;                          // plain or rich text
        bool framed = false;                      // a dark frame (e.g. "drifted")
        Qt::BrushStyle hatch = Qt::NoBrush;       // drawn over the fill (e.g. a reference month)
    };
    struct Swatch {
        QColor fill;
        Qt::BrushStyle hatch = Qt::NoBrush;
        bool framed = false;
        QString label;
    };
    struct Legend {
        QString title;                                  // before the bar, e.g. "Size of change:"
        std::vector<std::pair<double, QColor>> stops;   // gradient stops at 0..1; empty = no bar
        std::vector<std::pair<double, QString>> ticks;  // labels under the bar at 0..1
        std::vector<Swatch> swatches;                   // after the bar
    };

    explicit HeatmapView(QWidget* parent = nullptr);

    // cells[row][column]; missing cells are drawn grey.
    void setData(const QStringList& rows, const QStringList& columns, std::vector<std::vector<Cell>> cells);
    void clear() { setData({}, {}, {}); }
    void setRowLabel(int row, const QString& label);
    void setRowColors(std::vector<QColor> colors);
    void setRowTooltips(const QStringList& tooltips);   // default: the full label
    void setColumnTooltips(const QStringList& tooltips);   // default: the label (e.g. a full name for a short label)
    void setLegend(Legend legend);
    void setEmptyText(const QString& text);
    void setHelpText(const QString& text);              // tooltip outside the cells
    void setExportName(const QString& name) { exportName_ = name; }

    void setHighlightedRow(int row);                   // -1 = none
    int highlightedRow() const { return highlighted_; }
    void setCurrentCell(int row, int column);          // keyboard cursor; (-1, -1) = none
    int currentRow() const { return currentRow_; }
    int currentColumn() const { return currentColumn_; }

    int rowCount() const { return int(rows_.size()); }
    int columnCount() const { return int(columns_.size()); }
    QString rowLabel(int row) const { return row >= 0 && row < rowCount() ? rows_[row] : QString(); }
    QString columnLabel(int column) const { return column >= 0 && column < columnCount() ? columns_[column] : QString(); }
    const Cell* cell(int row, int column) const;
    // Where a cell is drawn (tests, tooltips); empty when out of range.
    QRect cellRect(int row, int column) const;
    // The text a tooltip at `pos` would show.
    QString tooltipAt(const QPoint& pos) const;

    bool saveImage(const QString& path, QString* error = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void saveWithDialog();

signals:
    // A click or Enter/Space on a cell; column is -1 for a row's label.
    void cellActivated(int row, int column);
    void currentCellChanged(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Layout {
        QRectF grid;                // the cells
        double cellWidth = 0, cellHeight = 0;
        int labelWidth = 0;         // row labels (with swatch)
        int headerHeight = 0;
        bool slanted = false;       // column labels at 45°
        int legendHeight = 0;
    };
    Layout layoutFor(int width, int height) const;
    Layout currentLayout() const { return layoutFor(width(), height()); }
    int legendHeight(int width) const;
    int rowLabelTextWidth() const;
    int columnLabelTextWidth() const;
    bool hitCell(const QPointF& pos, int* row, int* column) const;
    int hitColumnLabel(const QPointF& pos) const;
    void paintHeaders(QPainter& painter, const Layout& l) const;
    void paintRows(QPainter& painter, const Layout& l) const;
    void paintLegend(QPainter& painter, const Layout& l) const;

    QStringList rows_;
    QStringList columns_;
    QStringList fullRows_;      // for tooltips: rows_ and columns_ are cut to a label's length
    QStringList fullColumns_;
    std::vector<std::vector<Cell>> cells_;
    std::vector<QColor> rowColors_;
    QStringList rowTooltips_;
    QStringList columnTooltips_;
    Legend legend_;
    QString emptyText_;
    QString helpText_;
    QString exportName_ = QStringLiteral("heatmap");
    int highlighted_ = -1;
    int currentRow_ = -1;
    int currentColumn_ = -1;
};

} // namespace segmenta::ui
