// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPoint>
#include <QString>
#include <functional>

#include "ui/common/chart_view.h"

namespace segmenta::ui {

// The chart view of the Segments map. Qt Charts draws each scatter point as its
// own graphics item, which takes hundreds of milliseconds for a few thousand
// points; the map instead paints its rows as one image behind the chart (set by
// setLayerPainter) and reports the mouse so the owner can find the row under it.
// Zoom, pan, reset and saving come from ChartView.
class MapView : public ChartView {
    Q_OBJECT
public:
    // Paints the layer; `plot` is the chart's plot area in scene coordinates.
    using LayerPainter = std::function<void(QPainter& painter, const QRectF& plot)>;

    // The tooltip at a viewport position; empty = the view's general help.
    using TipProvider = std::function<QString(const QPoint& pos)>;

    explicit MapView(QChart* chart, QWidget* parent = nullptr);
    void setLayerPainter(LayerPainter painter) { layer_ = std::move(painter); }
    void setTipProvider(TipProvider tips) { tips_ = std::move(tips); }
    // The chart's plot area in viewport coordinates.
    QRectF plotAreaInView() const;

signals:
    void clicked(const QPoint& pos);    // a left click without a drag, viewport coordinates

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    LayerPainter layer_;
    TipProvider tips_;
    QPoint pressPos_{-1, -1};
};

} // namespace segmenta::ui
