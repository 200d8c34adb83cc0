// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

namespace segmenta::ui {

// Segments × features, each cell coloured by how far the segment's average is
// from everyone's (a z-score: blue = lower, red = higher) and labelled with the
// value in the column's own units. Tooltips explain each cell; a click selects
// the segment; right-click or Ctrl+S saves the picture.
class ProfileHeatmap : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        double z = 0;      // NaN = no colour (grey)
        QString text;      // short value shown in the cell, e.g. "1,240" or "62%"
        QString tooltip;   // full explanation in original units
    };

    explicit ProfileHeatmap(QWidget* parent = nullptr);

    // cells[segment][feature]
    void setProfile(const QStringList& segments, const QStringList& features, std::vector<std::vector<Cell>> cells);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment);
    void clear() { setProfile({}, {}, {}); }

    int segmentCount() const { return int(segments_.size()); }
    int featureCount() const { return int(features_.size()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void segmentClicked(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Geometry {
        QRectF grid;
        double cellWidth = 0, cellHeight = 0, headerAngle = 0;
        int nameWidth = 0;
    };
    Geometry geometry() const;
    bool cellAt(const QPointF& pos, int* segment, int* feature) const;
    void paintHeaders(QPainter& painter, const Geometry& g) const;
    void paintLegend(QPainter& painter, const Geometry& g) const;

    QStringList segments_;
    QStringList features_;
    std::vector<std::vector<Cell>> cells_;
    int highlighted_ = -1;
};

} // namespace segmenta::ui
