// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/pca_scatter.h"

#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/common/display_text.h"
#include "ui/segments/map_layer.h"
#include "ui/segments/map_view.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {
constexpr double kLegendMarkerSize = 9;
constexpr double kCentreSize = 22;
constexpr int kPickRadius = 6;   // pixels
} // namespace

PcaScatter::PcaScatter(QWidget* parent) : QWidget(parent), view_(new MapView(new QChart(), this)), caption_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    layout->addWidget(caption_);
    layout->addWidget(view_, 1);
    view_->setZoomable(true);
    view_->setExportName(QStringLiteral("segments-map"));
    view_->setAccessibleName(tr("Map of the rows, coloured by segment"));
    view_->setToolTip(tr("Point at a dot to see that row. Drag to zoom into an area, scroll to zoom, Shift+drag to "
                         "move, double-click or Home to reset. Click a dot to show only its segment. Right-click to save."));
    view_->chart()->legend()->setAlignment(Qt::AlignBottom);
    view_->chart()->setTitle(tr("Map of the rows"));
    view_->setLayerPainter([this](QPainter& painter, const QRectF& plot) { paintLayer(painter, plot); });
    view_->setTipProvider([this](const QPoint& pos) { return tipAt(pos); });
    connect(view_, &MapView::clicked, this, [this](const QPoint& pos) {
        if (const int s = pick(pos).first; s >= 0) emit segmentClicked(s);
    });
}

PcaScatter::~PcaScatter() = default;

ChartView* PcaScatter::view() const { return view_; }

void PcaScatter::setData(Data data, RowText rowText) {
    data_ = std::move(data);
    rowText_ = std::move(rowText);
    highlighted_ = -1;
    rebuild();
}

void PcaScatter::clear() {
    data_ = Data{};
    rowText_ = nullptr;
    rebuild();
}

void PcaScatter::rebuild() {
    QChart* chart = view_->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) { chart->removeAxis(axis); delete axis; }
    x_ = y_ = nullptr;
    series_.clear();
    centres_.clear();
    layer_.reset();
    caption_->clear();
    const int k = int(data_.names.size());
    dotsPerSegment_.assign(std::size_t(std::max(0, k)), 0);
    view_->viewport()->update();
    if (k == 0) return;

    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    bool first = true;
    auto grow = [&](double px, double py) {
        if (!std::isfinite(px) || !std::isfinite(py)) return;
        if (first) { xMin = xMax = px; yMin = yMax = py; first = false; return; }
        xMin = std::min(xMin, px); xMax = std::max(xMax, px);
        yMin = std::min(yMin, py); yMax = std::max(yMax, py);
    };
    for (std::size_t i = 0; i < data_.points.size(); ++i) {
        const int s = data_.segment[i];
        if (s < 0 || s >= k) continue;
        ++dotsPerSegment_[std::size_t(s)];
        grow(data_.points[i].x(), data_.points[i].y());
    }
    for (std::size_t i = 0; i < data_.allX.size() && i < data_.allY.size(); ++i) grow(data_.allX[i], data_.allY[i]);
    for (const auto& c : data_.centroids) grow(c.x(), c.y());

    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    const double padX = std::max(1e-9, (xMax - xMin) * 0.05), padY = std::max(1e-9, (yMax - yMin) * 0.05);
    x_->setRange(xMin - padX, xMax + padX);
    y_->setRange(yMin - padY, yMax + padY);
    x_->setTitleText(tr("Main direction 1 (shows %1 of the spread)").arg(formatShare(data_.explained[0])));
    y_->setTitleText(tr("Main direction 2 (%1)").arg(formatShare(data_.explained[1])));
    x_->setLabelFormat(QStringLiteral("%.1f"));
    y_->setLabelFormat(QStringLiteral("%.1f"));
    x_->applyNiceNumbers();
    y_->applyNiceNumbers();
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    for (QValueAxis* axis : {x_, y_})
        connect(axis, &QValueAxis::rangeChanged, view_->viewport(), qOverload<>(&QWidget::update));

    // The rows themselves are painted behind the chart; these empty series give
    // the legend (click a name to choose that segment).
    for (int s = 0; s < k; ++s) {
        auto* series = new QScatterSeries(chart);
        series->setName(DisplayText::label(data_.names[s]));
        series->setMarkerSize(kLegendMarkerSize);
        series->setColor(segmentColor(s));
        series->setBorderColor(segmentColor(s).darker(140));
        chart->addSeries(series);
        series->attachAxis(x_);
        series->attachAxis(y_);
        for (auto* marker : chart->legend()->markers(series))
            connect(marker, &QLegendMarker::clicked, this, [this, s] { emit segmentClicked(s); });
        series_.push_back(series);
    }
    for (int s = 0; s < k && s < int(data_.centroids.size()); ++s) {
        auto* centre = new QScatterSeries(chart);
        centre->setMarkerShape(QScatterSeries::MarkerShapeStar);
        centre->setMarkerSize(kCentreSize);
        centre->setColor(segmentColor(s));
        centre->setBorderColor(Qt::black);
        centre->append(data_.centroids[std::size_t(s)]);
        chart->addSeries(centre);
        centre->attachAxis(x_);
        centre->attachAxis(y_);
        for (auto* marker : chart->legend()->markers(centre)) marker->setVisible(false);
        connect(centre, &QScatterSeries::hovered, this, [this, s](const QPointF&, bool state) {
            if (state) QToolTip::showText(QCursor::pos(), tr("The centre of “%1”: its typical row.").arg(DisplayText::label(data_.names[s])), view_);
            else QToolTip::hideText();
        });
        connect(centre, &QScatterSeries::clicked, this, [this, s] { emit segmentClicked(s); });
        centres_.push_back(centre);
    }

    const auto shown = std::int64_t(data_.points.size());
    const auto total = std::int64_t(data_.totalRows);
    QString text = shown < total ? tr("Showing %1 of %2 rows as dots: a sample that keeps every segment visible. The "
                                      "shading underneath shows where all %2 rows lie (darker: more rows).")
                                       .arg(formatCount(shown), formatCount(total))
                                 : tr("Showing all %1 rows.").arg(formatCount(shown));
    text += QLatin1Char(' ') + (data_.featureCount == 1 ? tr("The column is drawn along the first direction.")
                                                        : tr("The %1 columns are flattened onto the two directions in which the "
                                                             "rows differ most; together they show %2 of the differences.")
                                                              .arg(data_.featureCount)
                                                              .arg(formatShare(data_.explained[0] + data_.explained[1])));
    text += QLatin1Char(' ') + tr("Stars mark each segment's centre.");
    caption_->setText(text);
}

QRectF PcaScatter::axesRange() const {
    if (!x_ || !y_) return {};
    return QRectF(QPointF(x_->min(), y_->min()), QPointF(x_->max(), y_->max()));
}

const MapLayer& PcaScatter::layerFor(const QSize& size) {
    const QRectF range = axesRange();
    if (!layer_ || size != layerSize_ || range != layerRange_ || highlighted_ != layerHighlight_) {
        layer_ = std::make_unique<MapLayer>(renderMapLayer(data_, range, size, highlighted_));
        layerSize_ = size;
        layerRange_ = range;
        layerHighlight_ = highlighted_;
    }
    return *layer_;
}

void PcaScatter::paintLayer(QPainter& painter, const QRectF& plot) {
    if (data_.names.isEmpty() || !x_) return;
    const MapLayer& layer = layerFor(plot.size().toSize());
    if (!layer.image.isNull()) painter.drawImage(plot.topLeft(), layer.image);
}

std::pair<int, std::int64_t> PcaScatter::pick(const QPoint& pos) {
    if (data_.names.isEmpty() || !x_) return {-1, -1};
    const QRectF plot = view_->plotAreaInView();
    const MapLayer& layer = layerFor(plot.size().toSize());
    const QPoint pixel = pos - plot.topLeft().toPoint();
    if (const int dot = nearestDot(layer, data_, pixel, kPickRadius, highlighted_); dot >= 0)
        return {data_.segment[std::size_t(dot)], std::int64_t(data_.row[std::size_t(dot)])};
    if (const std::int32_t row = nearestDensityRow(layer, pixel, kPickRadius / 2); row >= 0)
        return {data_.allSegment[std::size_t(row)], row};
    return {-1, -1};
}

QString PcaScatter::tipAt(const QPoint& pos) {
    const auto [segment, row] = pick(pos);
    if (segment < 0 || segment >= data_.names.size()) return {};
    QString text = tr("Segment: %1").arg(DisplayText::label(data_.names[segment]));
    if (rowText_) text += QLatin1Char('\n') + rowText_(std::uint32_t(row));
    return text;
}

QPoint PcaScatter::pointPosition(int index) {
    if (index < 0 || std::size_t(index) >= data_.points.size() || !x_) return {-1, -1};
    const QRectF plot = view_->plotAreaInView();
    const MapLayer& layer = layerFor(plot.size().toSize());
    const QPoint p = layer.dotPixel[std::size_t(index)];
    return p.x() < 0 ? QPoint(-1, -1) : p + plot.topLeft().toPoint();
}

void PcaScatter::setSegmentName(int segment, const QString& name) {
    if (segment < 0 || segment >= int(series_.size())) return;
    data_.names[segment] = name;
    series_[std::size_t(segment)]->setName(DisplayText::label(name));
}

void PcaScatter::setHighlighted(int segment) {
    highlighted_ = segment;
    for (int s = 0; s < int(centres_.size()); ++s)
        centres_[std::size_t(s)]->setOpacity(segment >= 0 && s != segment ? 0.25 : 1.0);
    view_->viewport()->update();
}

int PcaScatter::shownPointCount() const {
    int n = 0;
    for (int c : dotsPerSegment_) n += c;
    return n;
}

int PcaScatter::shownPointCount(int segment) const {
    return segment >= 0 && segment < int(dotsPerSegment_.size()) ? dotsPerSegment_[std::size_t(segment)] : 0;
}

QString PcaScatter::captionText() const { return caption_->text(); }

} // namespace segmenta::ui
