// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/k_scan_chart.h"

#include <QChart>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/common/chart_view.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {

enum Score { Silhouette, Calinski, Davies, ScoreCount };

double rawScore(const KScanChart::Point& p, int score) {
    switch (score) {
    case Silhouette: return p.silhouette;
    case Calinski: return p.calinskiHarabasz;
    default: return p.daviesBouldin;
    }
}

// 0..1 with 1 = best in this scan; NaN stays NaN (the point is left out).
std::vector<double> rescaled(const std::vector<KScanChart::Point>& points, int score) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& p : points) {
        const double v = rawScore(p, score);
        if (std::isfinite(v)) { lo = std::min(lo, v); hi = std::max(hi, v); }
    }
    std::vector<double> out;
    for (const auto& p : points) {
        const double v = rawScore(p, score);
        if (!std::isfinite(v)) { out.push_back(std::numeric_limits<double>::quiet_NaN()); continue; }
        if (hi <= lo) { out.push_back(1.0); continue; }
        const double t = (v - lo) / (hi - lo);
        out.push_back(score == Davies ? 1.0 - t : t);   // Davies–Bouldin: lower is better
    }
    return out;
}

const QColor kScoreColors[ScoreCount] = {QColor(0x1F, 0x77, 0xB4), QColor(0x2C, 0xA0, 0x2C), QColor(0x94, 0x67, 0xBD)};

} // namespace

KScanChart::KScanChart(QWidget* parent)
    : QWidget(parent), view_(new ChartView(new QChart(), this)), caption_(new QLabel(this)), reason_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    reason_->setWordWrap(true);
    reason_->setTextFormat(Qt::PlainText);
    caption_->setWordWrap(true);
    caption_->setText(tr("Each line is a way of measuring how good the grouping is. They use very different scales, "
                         "so each is stretched to 0–1 where 1 is its best value in this scan (higher is better for "
                         "all three). Click a number of segments to use it instead."));
    layout->addWidget(reason_);
    layout->addWidget(view_, 1);
    layout->addWidget(caption_);
    view_->setExportName(QStringLiteral("segments-number-of-segments"));
    view_->setMinimumHeight(220);
    view_->setAccessibleName(tr("Quality of the grouping for each number of segments"));
    view_->viewport()->installEventFilter(this);
    view_->chart()->legend()->setAlignment(Qt::AlignBottom);
    view_->chart()->setTitle(tr("How many segments?"));
}

QString KScanChart::scoreName(int score) const {
    switch (score) {
    case Silhouette: return tr("Separation (silhouette)");
    case Calinski: return tr("Tightness (Calinski–Harabasz)");
    default: return tr("Little overlap (Davies–Bouldin)");
    }
}

void KScanChart::setScan(const std::vector<Point>& points, int chosenK, int recommendedK, const QString& reason) {
    points_ = points;
    std::sort(points_.begin(), points_.end(), [](const Point& a, const Point& b) { return a.k < b.k; });
    chosenK_ = chosenK;
    recommendedK_ = recommendedK;
    reason_->setText(reason);
    reason_->setVisible(!reason.isEmpty());
    rebuild();
}

void KScanChart::setChosenK(int k) {
    if (k == chosenK_) return;
    chosenK_ = k;
    rebuild();
}

void KScanChart::clear() {
    points_.clear();
    chosenK_ = recommendedK_ = 0;
    reason_->clear();
    rebuild();
}

void KScanChart::rebuild() {
    QChart* chart = view_->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) { chart->removeAxis(axis); delete axis; }
    if (points_.empty()) return;

    auto* x = new QValueAxis(chart);
    const int kMin = points_.front().k, kMax = points_.back().k;
    x->setRange(kMin - 0.5, kMax + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(kMin);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Number of segments"));
    auto* y = new QValueAxis(chart);
    y->setRange(-0.05, 1.1);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(0.25);
    y->setLabelFormat(QStringLiteral("%.2f"));
    y->setTitleText(tr("Score (1 = best here)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto addSeries = [&](QXYSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    for (int score = 0; score < ScoreCount; ++score) {
        auto* series = new QLineSeries(chart);
        series->setName(scoreName(score));
        const auto values = rescaled(points_, score);
        for (std::size_t i = 0; i < points_.size(); ++i)
            if (std::isfinite(values[i])) series->append(points_[i].k, values[i]);
        series->setPointsVisible(true);
        series->setMarkerSize(7);
        series->setPen(QPen(kScoreColors[score], 2));
        series->setColor(kScoreColors[score]);
        connect(series, &QLineSeries::hovered, this,
                [this, score](const QPointF& p, bool state) { showPointTip(p, state, score); });
        addSeries(series);
    }
    auto addMarkLine = [&](int k, const QString& name, Qt::PenStyle style, const QColor& color) {
        auto* line = new QLineSeries(chart);
        line->setName(name);
        line->append(k, -0.05);
        line->append(k, 1.1);
        line->setPen(QPen(color, 2, style));
        addSeries(line);
    };
    if (recommendedK_ > 0 && recommendedK_ != chosenK_)
        addMarkLine(recommendedK_, tr("Suggested: %1").arg(recommendedK_), Qt::DotLine, QColor(0x70, 0x70, 0x70));
    if (chosenK_ > 0) addMarkLine(chosenK_, tr("Shown: %1 segments").arg(chosenK_), Qt::DashLine, QColor(0xD6, 0x27, 0x28));
}

void KScanChart::showPointTip(const QPointF& point, bool state, int score) {
    if (!state) { QToolTip::hideText(); return; }
    const auto it = std::min_element(points_.begin(), points_.end(), [&](const Point& a, const Point& b) {
        return std::abs(a.k - point.x()) < std::abs(b.k - point.x());
    });
    if (it == points_.end()) return;
    static const char* const kExplain[ScoreCount] = {
        QT_TR_NOOP("How clearly the groups are separated: from −1 to 1, closer to 1 is better."),
        QT_TR_NOOP("How tight each group is compared with the distance between groups: higher is better."),
        QT_TR_NOOP("How much the groups overlap: 0 is best, lower is better (flipped on this chart)."),
    };
    const double raw = rawScore(*it, score);
    QToolTip::showText(QCursor::pos(), tr("%1 segments — %2: %3\n%4")
                                           .arg(it->k)
                                           .arg(scoreName(score), formatNumber(raw), tr(kExplain[score])),
                       view_);
}

bool KScanChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && !points_.empty()) {
        if (event->type() == QEvent::MouseButtonPress) {
            pressPos_ = static_cast<QMouseEvent*>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            const QPoint pos = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton && (pos - pressPos_).manhattanLength() < 6) {
                QChart* chart = view_->chart();
                const QPointF inChart = chart->mapFromScene(view_->mapToScene(pos));
                if (chart->plotArea().contains(inChart)) {
                    const QPointF value = chart->mapToValue(inChart);
                    const int k = int(std::lround(value.x()));
                    const bool known = std::any_of(points_.begin(), points_.end(), [k](const Point& p) { return p.k == k; });
                    if (known && k != chosenK_) emit kRequested(k);
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace segmenta::ui
