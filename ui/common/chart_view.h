// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QChartView>

namespace segmenta::ui {

// The chart view every page uses: antialiased, a context menu and Ctrl+S to save
// as PNG or SVG, optional rubber-band zoom with wheel zoom, drag-to-pan (middle
// button or Shift+drag) and reset (Home / double click).
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);

    void setZoomable(bool zoomable);
    // The file name offered when saving ("segments-scatter").
    void setExportName(const QString& name) { exportName_ = name; }

public slots:
    void saveAs();          // asks for a file name
    void resetZoom();

signals:
    void zoomChanged();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QString exportName_ = QStringLiteral("chart");
    bool zoomable_ = false;
    bool panning_ = false;
    QPoint lastPanPos_;
};

// Saves any widget (a chart view, a heatmap) as PNG or SVG, chosen by the file
// name's suffix. Returns false with `error` set on failure.
bool saveWidgetImage(QWidget* widget, const QString& path, QString* error = nullptr);

// Asks where to save `widget` and saves it; reports failures in a message box.
void saveWidgetWithDialog(QWidget* widget, const QString& suggestedName);

} // namespace segmenta::ui
