// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QImage>
#include <QPoint>
#include <QRectF>
#include <cstdint>
#include <vector>

#include "ui/segments/pca_scatter.h"

namespace segmenta::ui {

// The picture of the map's rows for one view: a density shading of every row
// (darker = more rows, coloured by the segments present) with the sampled rows
// as dots on top. Drawing into one image costs a few milliseconds at a million
// rows, where Qt Charts' scatter series need one graphics item per point.
struct MapLayer {
    QImage image;                          // the plot area's size
    std::vector<std::int32_t> densityRow;  // per density cell: a row that falls there, or -1
    int densityCell = 0;                   // pixels per density cell, each way
    int densityWidth = 0;                  // density cells per line
    std::vector<QPoint> dotPixel;          // per sampled point: its centre (x = -1 when outside)
};

// `view`: the axes' ranges (left = x min, right = x max, top = y min, bottom = y max).
// `highlighted` (-1 = none) keeps its colour; the other segments are drawn faint.
MapLayer renderMapLayer(const PcaScatter::Data& data, const QRectF& view, const QSize& size, int highlighted);

// The sampled point nearest to `pixel` within `radius` pixels (-1 when none),
// preferring the highlighted segment's points.
int nearestDot(const MapLayer& layer, const PcaScatter::Data& data, const QPoint& pixel, int radius, int highlighted);
// A row of the density shading within `radius` pixels of `pixel` (-1 when none).
std::int32_t nearestDensityRow(const MapLayer& layer, const QPoint& pixel, int radius);

} // namespace segmenta::ui
