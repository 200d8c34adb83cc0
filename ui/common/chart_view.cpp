// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/chart_view.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace segmenta::ui {

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    // Axis numbers in the user's language ("0,5" in German); Qt Charts formats
    // them with printf's C locale otherwise.
    chart->setLocalizeNumbers(true);
    setToolTip(tr("Right-click to save this chart as a picture."));
}

void ChartView::setZoomable(bool zoomable) {
    zoomable_ = zoomable;
    setRubberBand(zoomable ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
    setToolTip(zoomable ? tr("Drag to zoom into an area, scroll to zoom, Shift+drag to move, "
                             "double-click or Home to reset. Right-click to save.")
                        : tr("Right-click to save this chart as a picture."));
}

void ChartView::saveAs() { saveWidgetWithDialog(this, exportName_); }

void ChartView::resetZoom() {
    chart()->zoomReset();
    emit zoomChanged();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG or SVG…"), this, &ChartView::saveAs);
    if (zoomable_) menu.addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    menu.exec(event->globalPos());
}

void ChartView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Save)) { saveAs(); return; }
    if (zoomable_) {
        switch (event->key()) {
        case Qt::Key_Home: resetZoom(); return;
        case Qt::Key_Plus: chart()->zoomIn(); emit zoomChanged(); return;
        case Qt::Key_Minus: chart()->zoomOut(); emit zoomChanged(); return;
        case Qt::Key_Left: chart()->scroll(-20, 0); emit zoomChanged(); return;
        case Qt::Key_Right: chart()->scroll(20, 0); emit zoomChanged(); return;
        case Qt::Key_Up: chart()->scroll(0, 20); emit zoomChanged(); return;
        case Qt::Key_Down: chart()->scroll(0, -20); emit zoomChanged(); return;
        default: break;
        }
    }
    QChartView::keyPressEvent(event);
}

void ChartView::wheelEvent(QWheelEvent* event) {
    if (!zoomable_) { QChartView::wheelEvent(event); return; }
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    emit zoomChanged();
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent* event) {
    if (zoomable_ && (event->button() == Qt::MiddleButton ||
                      (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier))) {
        panning_ = true;
        lastPanPos_ = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint delta = event->pos() - lastPanPos_;
        chart()->scroll(-delta.x(), delta.y());
        lastPanPos_ = event->pos();
        emit zoomChanged();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_) { panning_ = false; unsetCursor(); event->accept(); return; }
    QChartView::mouseReleaseEvent(event);
    if (zoomable_) emit zoomChanged();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (zoomable_) { resetZoom(); event->accept(); return; }
    QChartView::mouseDoubleClickEvent(event);
}

bool saveWidgetImage(QWidget* widget, const QString& path, QString* error) {
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(widget->size());
        generator.setViewBox(widget->rect());
        generator.setTitle(widget->windowTitle());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error) *error = QObject::tr("Could not write %1. Check that the folder exists and you may write to it.").arg(path);
            return false;
        }
        widget->render(&painter);
        painter.end();
        return true;
    }
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error) *error = QObject::tr("Could not write %1. Check that the folder exists and you may write to it.").arg(path);
        return false;
    }
    return true;
}

void saveWidgetWithDialog(QWidget* widget, const QString& suggestedName) {
    QString selected;
    QString path = QFileDialog::getSaveFileName(widget, QObject::tr("Save chart"), suggestedName + QStringLiteral(".png"),
                                                QObject::tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) && !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        path += selected.contains(QStringLiteral("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!saveWidgetImage(widget, path, &error)) QMessageBox::warning(widget, QObject::tr("Could not save"), error);
}

} // namespace segmenta::ui
