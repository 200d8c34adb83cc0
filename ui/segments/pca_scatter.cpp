// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/pca_scatter.h"

#include <QChart>
#include <QLabel>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {
constexpr double kPointSize = 6;
constexpr double kHighlightSize = 8;
constexpr double kCentreSize = 22;
} // namespace

PcaScatter::PcaScatter(QWidget* parent) : QWidget(parent), view_(new ChartView(new QChart(), this)), caption_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    layout->addWidget(caption_);
    layout->addWidget(view_, 1);
    view_->setZoomable(true);
    view_->setExportName(QStringLiteral("segments-map"));
    view_->setAccessibleName(tr("Map of the rows, coloured by segment"));
    view_->chart()->legend()->setAlignment(Qt::AlignBottom);
    view_->chart()->setTitle(tr("Map of the rows"));
}

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
    series_.clear();
    centres_.clear();
    seriesRows_.clear();
    caption_->clear();
    const int k = int(data_.names.size());
    if (k == 0) return;

    // Group the points per segment first: replace() with a whole list is far
    // faster than one append() per point.
    std::vector<QList<QPointF>> points(std::size_t(k), QList<QPointF>{});
    seriesRows_.assign(std::size_t(k), {});
    double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
    bool first = true;
    auto grow = [&](const QPointF& p) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) return;
        if (first) { xMin = xMax = p.x(); yMin = yMax = p.y(); first = false; return; }
        xMin = std::min(xMin, p.x()); xMax = std::max(xMax, p.x());
        yMin = std::min(yMin, p.y()); yMax = std::max(yMax, p.y());
    };
    for (std::size_t i = 0; i < data_.points.size(); ++i) {
        const int s = data_.segment[i];
        if (s < 0 || s >= k) continue;
        points[std::size_t(s)].append(data_.points[i]);
        seriesRows_[std::size_t(s)].push_back(data_.row[i]);
        grow(data_.points[i]);
    }
    for (const auto& c : data_.centroids) grow(c);

    auto* x = new QValueAxis(chart);
    auto* y = new QValueAxis(chart);
    const double padX = std::max(1e-9, (xMax - xMin) * 0.05), padY = std::max(1e-9, (yMax - yMin) * 0.05);
    x->setRange(xMin - padX, xMax + padX);
    y->setRange(yMin - padY, yMax + padY);
    x->setTitleText(tr("Main direction 1 (shows %1 of the spread)").arg(formatShare(data_.explained[0])));
    y->setTitleText(tr("Main direction 2 (%1)").arg(formatShare(data_.explained[1])));
    x->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    for (int s = 0; s < k; ++s) {
        auto* series = new QScatterSeries(chart);
        series->setName(data_.names[s]);
        series->setMarkerSize(kPointSize);
        series->setColor(segmentColor(s));
        series->setBorderColor(Qt::transparent);
        series->replace(points[std::size_t(s)]);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QScatterSeries::hovered, this, [this, s](const QPointF& p, bool state) { showRowTip(s, p, state); });
        connect(series, &QScatterSeries::clicked, this, [this, s] { emit segmentClicked(s); });
        series_.push_back(series);
    }
    // Centres last so they are drawn on top, kept out of the legend.
    for (int s = 0; s < k && s < int(data_.centroids.size()); ++s) {
        auto* centre = new QScatterSeries(chart);
        centre->setMarkerShape(QScatterSeries::MarkerShapeStar);
        centre->setMarkerSize(kCentreSize);
        centre->setColor(segmentColor(s));
        centre->setBorderColor(Qt::black);
        centre->append(data_.centroids[std::size_t(s)]);
        chart->addSeries(centre);
        centre->attachAxis(x);
        centre->attachAxis(y);
        for (auto* marker : chart->legend()->markers(centre)) marker->setVisible(false);
        connect(centre, &QScatterSeries::hovered, this, [this, s](const QPointF&, bool state) {
            if (state) QToolTip::showText(QCursor::pos(), tr("The centre of “%1”: its typical row.").arg(data_.names[s]), view_);
            else QToolTip::hideText();
        });
        centres_.push_back(centre);
    }

    const auto shown = std::int64_t(data_.points.size());
    QString text = shown < std::int64_t(data_.totalRows)
                       ? tr("Showing %1 of %2 rows: a sample that keeps every segment visible.")
                             .arg(formatCount(shown), formatCount(std::int64_t(data_.totalRows)))
                       : tr("Showing all %1 rows.").arg(formatCount(shown));
    text += QLatin1Char(' ') + (data_.featureCount == 1 ? tr("The column is drawn along the first direction.")
                                                        : tr("The %1 columns are flattened onto the two directions in which the "
                                                             "rows differ most; together they show %2 of the differences.")
                                                              .arg(data_.featureCount)
                                                              .arg(formatShare(data_.explained[0] + data_.explained[1])));
    text += QLatin1Char(' ') + tr("Stars mark each segment's centre.");
    caption_->setText(text);
}

void PcaScatter::setSegmentName(int segment, const QString& name) {
    if (segment < 0 || segment >= int(series_.size())) return;
    data_.names[segment] = name;
    series_[std::size_t(segment)]->setName(name);
}

void PcaScatter::setHighlighted(int segment) {
    highlighted_ = segment;
    for (int s = 0; s < int(series_.size()); ++s) {
        const bool dim = segment >= 0 && s != segment;
        series_[std::size_t(s)]->setOpacity(dim ? 0.12 : 1.0);
        series_[std::size_t(s)]->setMarkerSize(s == segment ? kHighlightSize : kPointSize);
        if (s < int(centres_.size())) centres_[std::size_t(s)]->setOpacity(dim ? 0.25 : 1.0);
    }
}

void PcaScatter::showRowTip(int segment, const QPointF& point, bool state) {
    if (!state) { QToolTip::hideText(); return; }
    const auto& pts = series_[std::size_t(segment)]->points();
    // Find the hovered point (the signal gives its exact coordinates).
    qsizetype best = -1;
    double bestDistance = 0;
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const double d = std::abs(pts[i].x() - point.x()) + std::abs(pts[i].y() - point.y());
        if (best < 0 || d < bestDistance) { best = i; bestDistance = d; }
    }
    if (best < 0) return;
    const std::uint32_t row = seriesRows_[std::size_t(segment)][std::size_t(best)];
    QString text = tr("Segment: %1").arg(data_.names[segment]);
    if (rowText_) text += QLatin1Char('\n') + rowText_(row);
    QToolTip::showText(QCursor::pos(), text, view_);
}

int PcaScatter::shownPointCount() const {
    int n = 0;
    for (auto* s : series_) n += int(s->count());
    return n;
}

int PcaScatter::shownPointCount(int segment) const {
    return segment >= 0 && segment < int(series_.size()) ? int(series_[std::size_t(segment)]->count()) : 0;
}

QString PcaScatter::captionText() const { return caption_->text(); }

} // namespace segmenta::ui
