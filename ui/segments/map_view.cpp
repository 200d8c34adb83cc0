// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/map_view.h"

#include <QChart>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace segmenta::ui {

MapView::MapView(QChart* chart, QWidget* parent) : ChartView(chart, parent) {
    // The chart must be transparent for the layer painted behind it to show.
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    setMouseTracking(true);
}

QRectF MapView::plotAreaInView() const {
    return mapFromScene(chart()->mapRectToScene(chart()->plotArea())).boundingRect();
}

void MapView::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, palette().base());
    if (layer_) layer_(*painter, chart()->mapRectToScene(chart()->plotArea()));
}

void MapView::mousePressEvent(QMouseEvent* event) {
    pressPos_ = event->button() == Qt::LeftButton ? event->pos() : QPoint(-1, -1);
    ChartView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    ChartView::mouseMoveEvent(event);
    // While a tip is up, keep it in step with the row under the mouse.
    if (tips_ && event->buttons() == Qt::NoButton && QToolTip::isVisible()) {
        const QString tip = tips_(event->pos());
        QToolTip::showText(event->globalPosition().toPoint(), tip.isEmpty() ? toolTip() : tip, this);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    const bool click = event->button() == Qt::LeftButton && pressPos_.x() >= 0 &&
                       (event->pos() - pressPos_).manhattanLength() <= 3;
    pressPos_ = QPoint(-1, -1);
    ChartView::mouseReleaseEvent(event);
    if (click) emit clicked(event->pos());
}

bool MapView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip && tips_) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = tips_(help->pos());
        QToolTip::showText(help->globalPos(), tip.isEmpty() ? toolTip() : tip, this);
        return true;
    }
    return ChartView::viewportEvent(event);
}

} // namespace segmenta::ui
