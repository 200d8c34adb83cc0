// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

namespace segmenta::ui {

// Features × months, each cell coloured by the size of the change against the
// reference (white = none, red = large). Drifted cells get a dark frame and a dot;
// grey cells were not judged. Click a cell (or Enter on it) to see the two
// distributions overlaid. Right-click or Ctrl+S saves the picture.
class DriftHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit DriftHeatmap(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    int rowCount() const { return int(rows_.size()); }
    int columnCount() const { return int(columns_.size()); }
    QString rowName(int row) const;
    QString columnName(int column) const;
    // The cell's drift numbers; null when out of range or the month has nothing to compare with.
    const ColumnDriftView* cell(int row, int column) const;
    int driftedCellCount() const;

    QPoint currentCell() const { return current_; }
    void setCurrentCell(int row, int column);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellActivated(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect cellRect(int row, int column) const;
    QPoint cellAt(const QPoint& pos) const;
    QString cellTip(int row, int column) const;
    void paintLegend(QPainter& p) const;
    void paintCell(QPainter& p, int row, int column) const;
    int labelWidth() const;

    QStringList rows_;
    QStringList columns_;
    std::vector<std::vector<ColumnDriftView>> cells_;  // [column][row]
    std::vector<bool> hasCells_;                       // per column
    QPoint current_{-1, -1};                           // x = column, y = row
};

} // namespace segmenta::ui
