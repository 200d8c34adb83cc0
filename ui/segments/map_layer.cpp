// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/map_layer.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {

constexpr QRgb kFaint = 0xffc8c8c8;   // other segments while one is highlighted

QRgb layerColor(int segment, int highlighted) {
    return highlighted < 0 || segment == highlighted ? segmentColor(segment).rgb() : kFaint;
}

// Every row into counts and colour sums on a grid of 2×2-pixel cells (small
// enough to stay in cache at a million rows), then one premultiplied pixel per
// cell: the average colour of the rows there, opacity growing with log(count).
void paintDensity(MapLayer& layer, const PcaScatter::Data& data, const QRectF& view, int highlighted) {
    constexpr int kCell = 2;
    const int w = (layer.image.width() + kCell - 1) / kCell, h = (layer.image.height() + kCell - 1) / kCell;
    struct Sum { std::uint32_t count = 0, red = 0, green = 0, blue = 0; };
    std::vector<Sum> sums(std::size_t(w) * std::size_t(h));
    layer.densityCell = kCell;
    layer.densityWidth = w;
    layer.densityRow.assign(sums.size(), -1);
    std::vector<QRgb> colors;
    for (int s = 0; s < data.names.size(); ++s) colors.push_back(layerColor(s, highlighted));
    const std::size_t n = std::min({data.allX.size(), data.allY.size(), data.allSegment.size()});
    const float left = float(view.left()), bottom = float(view.bottom());
    const float sx = float(layer.image.width() / view.width() / kCell), sy = float(layer.image.height() / view.height() / kCell);
    for (std::size_t i = 0; i < n; ++i) {
        const int s = data.allSegment[i];
        if (s < 0 || s >= int(colors.size())) continue;
        const float fx = (data.allX[i] - left) * sx, fy = (bottom - data.allY[i]) * sy;
        if (!(fx >= 0 && fx < float(w) && fy >= 0 && fy < float(h))) continue;   // also drops NaN
        const std::size_t p = std::size_t(int(fy)) * std::size_t(w) + std::size_t(int(fx));
        const QRgb c = colors[std::size_t(s)];
        Sum& sum = sums[p];
        ++sum.count;
        sum.red += std::uint32_t(qRed(c));
        sum.green += std::uint32_t(qGreen(c));
        sum.blue += std::uint32_t(qBlue(c));
        if (layer.densityRow[p] < 0 || s == highlighted) layer.densityRow[p] = std::int32_t(i);
    }
    std::uint32_t most = 0;
    for (const Sum& sum : sums) most = std::max(most, sum.count);
    if (most == 0) return;
    // Opacity per count from a table: a log per cell would cost more than the rest.
    std::vector<std::uint8_t> alphaOf(std::min<std::size_t>(most, 1 << 16) + 1);
    const double scale = 1.0 / std::log1p(double(most));
    for (std::size_t c = 1; c < alphaOf.size(); ++c) alphaOf[c] = std::uint8_t(40 + 130 * std::log1p(double(c)) * scale);
    for (int y = 0; y < layer.image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(layer.image.scanLine(y));
        const Sum* row = &sums[std::size_t(y / kCell) * std::size_t(w)];
        for (int x = 0; x < layer.image.width(); ++x) {
            const Sum& sum = row[x / kCell];
            if (sum.count == 0) continue;
            const int alpha = sum.count < alphaOf.size() ? alphaOf[sum.count] : 170;
            auto channel = [&](std::uint32_t total) { return int(total / sum.count) * alpha / 255; };
            line[x] = qRgba(channel(sum.red), channel(sum.green), channel(sum.blue), alpha);
        }
    }
}

QImage dotSprite(QColor color, int diameter) {
    QImage sprite(diameter + 2, diameter + 2, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(140), 1));
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, diameter, diameter));
    return sprite;
}

void paintDots(MapLayer& layer, const PcaScatter::Data& data, const QRectF& view, int highlighted, bool dense) {
    const int k = int(data.names.size());
    const int diameter = dense ? 5 : 6;
    std::vector<QImage> sprites;
    for (int s = 0; s < k; ++s) {
        QColor c = segmentColor(s);
        if (highlighted >= 0 && s != highlighted) c = QColor(kFaint);
        sprites.push_back(dotSprite(c, s == highlighted ? diameter + 2 : diameter));
    }
    const int w = layer.image.width(), h = layer.image.height();
    const double sx = w / std::max(1e-300, view.width()), sy = h / std::max(1e-300, view.height());
    layer.dotPixel.assign(data.points.size(), QPoint(-1, -1));
    QPainter painter(&layer.image);
    // The highlighted segment last, so that it is on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < data.points.size(); ++i) {
            const int s = data.segment[i];
            if (s < 0 || s >= k || (pass == 1) != (s == highlighted)) continue;
            const double fx = (data.points[i].x() - view.left()) * sx, fy = (view.bottom() - data.points[i].y()) * sy;
            if (!(fx >= 0 && fx < w && fy >= 0 && fy < h)) continue;
            const QPoint centre{int(fx), int(fy)};
            layer.dotPixel[i] = centre;
            const QImage& sprite = sprites[std::size_t(s)];
            painter.drawImage(centre - QPoint(sprite.width() / 2, sprite.height() / 2), sprite);
        }
        if (highlighted < 0) break;
    }
}

} // namespace

MapLayer renderMapLayer(const PcaScatter::Data& data, const QRectF& view, const QSize& size, int highlighted) {
    MapLayer layer;
    if (size.isEmpty() || !(view.width() > 0) || !(view.height() > 0)) return layer;
    layer.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    layer.image.fill(Qt::transparent);
    const bool dense = data.allX.size() > data.points.size();
    if (dense) paintDensity(layer, data, view, highlighted);
    paintDots(layer, data, view, highlighted, dense);
    return layer;
}

int nearestDot(const MapLayer& layer, const PcaScatter::Data& data, const QPoint& pixel, int radius, int highlighted) {
    int best = -1;
    int bestDistance = radius * radius + 1;
    for (std::size_t i = 0; i < layer.dotPixel.size(); ++i) {
        const QPoint d = layer.dotPixel[i] - pixel;
        if (layer.dotPixel[i].x() < 0) continue;
        int distance = d.x() * d.x() + d.y() * d.y();
        if (highlighted >= 0 && data.segment[i] != highlighted) distance += 2;   // faint dots lose ties
        if (distance < bestDistance) { bestDistance = distance; best = int(i); }
    }
    return best;
}

std::int32_t nearestDensityRow(const MapLayer& layer, const QPoint& pixel, int radius) {
    if (layer.densityRow.empty() || layer.densityCell <= 0) return -1;
    const int w = layer.densityWidth, h = int(layer.densityRow.size()) / std::max(1, w);
    const QPoint centre(pixel.x() / layer.densityCell, pixel.y() / layer.densityCell);
    radius = std::max(1, radius / layer.densityCell);
    std::int32_t best = -1;
    int bestDistance = radius * radius + 1;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const int x = centre.x() + dx, y = centre.y() + dy;
            if (x < 0 || y < 0 || x >= w || y >= h) continue;
            const std::int32_t row = layer.densityRow[std::size_t(y) * std::size_t(w) + std::size_t(x)];
            if (row >= 0 && dx * dx + dy * dy < bestDistance) { bestDistance = dx * dx + dy * dy; best = row; }
        }
    return best;
}

} // namespace segmenta::ui
