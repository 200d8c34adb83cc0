// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/distribution_overlay.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/drift/drift_format.h"
#include "ui/drift/drift_metrics_panel.h"

namespace segmenta::ui {

namespace {
const QColor kReference(0x1e, 0x63, 0xb4);
const QColor kCurrent(0xe6, 0x6a, 0x00);

double finiteOr0(double v) { return std::isfinite(v) ? v : 0.0; }
} // namespace

DistributionOverlay::DistributionOverlay(QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new ChartView(chart_, this)), metrics_(new DriftMetricsPanel(this)),
      message_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(message_);
    layout->addWidget(metrics_);
    message_->setWordWrap(true);
    message_->hide();
    view_->setExportName(QStringLiteral("drift-distribution"));
    view_->setMinimumHeight(220);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    showMessage(tr("Click a cell of the heatmap to compare that column's values in the two months."));
}

void DistributionOverlay::resetChart(const QString& title) {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) {
        chart_->removeAxis(axis);
        delete axis;
    }
    chart_->setTitle(title);
}

void DistributionOverlay::showMessage(const QString& message) {
    resetChart(QString());
    metrics_->clear();
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
}

void DistributionOverlay::setDistribution(const DistributionView& v) {
    resetChart(tr("%1: %2 against %3")
                   .arg(DisplayText::label(v.column), DisplayText::label(v.currentLabel), DisplayText::label(v.referenceLabel)));
    metrics_->setMetrics(v.metrics);
    const bool empty = (v.referenceShares.empty() && v.currentShares.empty()) || (!v.categorical && v.edges.size() < 2);
    message_->setText(empty ? (v.note.isEmpty() ? tr("No values to draw for this column.") : v.note) : v.note);
    message_->setVisible(!message_->text().isEmpty());
    if (empty) return;
    if (v.categorical) drawCategorical(v);
    else drawNumeric(v);
}

void DistributionOverlay::drawNumeric(const DistributionView& v) {
    // Overlaid step-shaped histograms on a real value axis; the shares are per bin of
    // equal width, so heights compare directly. Half-transparent so both stay visible.
    auto addStep = [&](const std::vector<double>& shares, const QString& name, const QColor& colour) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (std::size_t i = 0; i < shares.size() && i + 1 < v.edges.size(); ++i) {
            upper->append(v.edges[i], finiteOr0(shares[i]) * 100.0);
            upper->append(v.edges[i + 1], finiteOr0(shares[i]) * 100.0);
            lower->append(v.edges[i], 0.0);
            lower->append(v.edges[i + 1], 0.0);
        }
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(name);
        QColor fill = colour;
        fill.setAlphaF(0.35);
        area->setBrush(fill);
        area->setPen(QPen(colour, 2));
        chart_->addSeries(area);
        return area;
    };
    auto* ref = addStep(v.referenceShares, tr("Reference: %1").arg(DisplayText::label(v.referenceLabel)), kReference);
    auto* cur = addStep(v.currentShares, tr("This month: %1").arg(DisplayText::label(v.currentLabel)), kCurrent);
    double top = 0.0;
    for (double s : v.referenceShares) top = std::max(top, finiteOr0(s));
    for (double s : v.currentShares) top = std::max(top, finiteOr0(s));
    auto* x = new QValueAxis;
    x->setTitleText(DisplayText::label(v.column));
    x->setRange(v.edges.front(), v.edges.back());
    x->setLabelFormat(QStringLiteral("%.4g"));
    auto* y = shareAxis(top);
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    for (auto* s : {ref, cur}) { s->attachAxis(x); s->attachAxis(y); }
}

// The vertical axis of both charts: the share of rows in per cent, from 0 to a
// little above the highest bar, on round ticks (0, 10, 20 … rather than 0, 11, 21 …).
QValueAxis* DistributionOverlay::shareAxis(double topShare) {
    auto* y = new QValueAxis;
    y->setTitleText(tr("Share of rows (%)"));
    y->setRange(0.0, std::max(1.0, topShare * 110.0));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    return y;
}

void DistributionOverlay::drawCategorical(const DistributionView& v) {
    auto* series = new QBarSeries;
    auto* ref = new QBarSet(tr("Reference: %1").arg(DisplayText::label(v.referenceLabel)));
    auto* cur = new QBarSet(tr("This month: %1").arg(DisplayText::label(v.currentLabel)));
    ref->setColor(kReference);
    cur->setColor(kCurrent);
    double top = 0.0;
    for (qsizetype i = 0; i < v.categories.size(); ++i) {
        const double r = i < qsizetype(v.referenceShares.size()) ? finiteOr0(v.referenceShares[std::size_t(i)]) : 0.0;
        const double c = i < qsizetype(v.currentShares.size()) ? finiteOr0(v.currentShares[std::size_t(i)]) : 0.0;
        *ref << r * 100.0;
        *cur << c * 100.0;
        top = std::max({top, r, c});
    }
    series->append(ref);
    series->append(cur);
    chart_->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(DisplayText::labels(v.categories));
    auto* y = shareAxis(top);
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace segmenta::ui
