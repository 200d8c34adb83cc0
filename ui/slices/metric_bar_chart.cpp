// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/metric_bar_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/slices/metric_reason_text.h"
#include "ui/slices/slice_metrics.h"

namespace segmenta::ui {

MetricBarChart::MetricBarChart(QWidget* parent)
    : QWidget(parent), combo_(new QComboBox(this)), chart_(new QChart()), note_(new QLabel(this)) {
    view_ = new ChartView(chart_, this);
    view_->setToolTip(tr("Right-click or press Ctrl+S to save this chart as PNG or SVG."));
    view_->setExportName(QStringLiteral("slices-metric"));
    view_->setMinimumHeight(260);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    combo_->setObjectName(QStringLiteral("chartMetric"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo_->setAccessibleName(tr("Metric shown in the chart"));
    note_->setWordWrap(true);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Chart:"), this);
    label->setBuddy(combo_);
    top->addWidget(label);
    top->addWidget(combo_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
    connect(combo_, &QComboBox::activated, this, [this](int i) {
        metric_ = SliceMetric(combo_->itemData(i).toInt());
        rebuild();
    });
}

void MetricBarChart::setReport(std::shared_ptr<const SliceReport> report) {
    report_ = std::move(report);
    fillCombo();
    rebuild();
}

void MetricBarChart::setMetric(SliceMetric metric) {
    metric_ = metric;
    const int i = combo_->findData(int(metric));
    if (i >= 0) combo_->setCurrentIndex(i);
    rebuild();
}

void MetricBarChart::fillCombo() {
    const QSignalBlocker block(combo_);
    combo_->clear();
    if (!report_) return;
    for (auto m : availableMetrics(*report_)) {
        if (m == SliceMetric::Rows) continue;
        combo_->addItem(sliceMetricInfo(m).name, int(m));
        combo_->setItemData(combo_->count() - 1, sliceMetricInfo(m).tip, Qt::ToolTipRole);
    }
    int i = combo_->findData(int(metric_));
    if (i < 0) i = std::max(0, combo_->findData(int(SliceMetric::OutcomeRate)));
    combo_->setCurrentIndex(i);
    if (combo_->count()) metric_ = SliceMetric(combo_->itemData(i).toInt());
}

void MetricBarChart::rebuild() {
    chart_->removeAllSeries();
    for (auto* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    bars_ = whiskers_ = 0;
    if (!report_ || report_->slices.empty() || combo_->count() == 0) return;
    const auto& info = sliceMetricInfo(metric_);
    const double scale = info.percent ? 100.0 : 1.0;
    auto* normal = new QBarSet(tr("Slice"));
    auto* flagged = new QBarSet(report_->flagMetric == FlagMetric::None
                                    ? tr("Worse than the rest")
                                    : tr("Worse than the rest on %1").arg(flagMetricName(report_->flagMetric)));
    auto* small = new QBarSet(tr("Too few rows to judge"));
    normal->setColor(QColor(70, 130, 180));
    flagged->setColor(QColor(214, 69, 65));
    small->setColor(QColor(180, 180, 180));
    QStringList categories;
    double top = 0, bottom = 0;
    const int n = int(report_->slices.size());
    std::vector<QLineSeries*> whiskerSeries;
    for (int i = 0; i < n; ++i) {
        const auto& s = report_->slices[std::size_t(i)];
        categories << QString::fromStdString(s.label);
        const double v = sliceMetricValue(s, metric_).valueOr(0) * scale;
        normal->append(!s.tooSmall && !s.significance.flagged ? v : 0);
        flagged->append(s.significance.flagged ? v : 0);
        small->append(s.tooSmall ? v : 0);
        top = std::max(top, v);
        bottom = std::min(bottom, v);   // silhouettes can be negative
        const auto ci = sliceMetricInterval(s, metric_);
        if (ci.low.defined() && ci.high.defined()) {
            auto* w = new QLineSeries();
            w->append(i, *ci.low.value * scale);
            w->append(i, *ci.high.value * scale);
            w->setPen(QPen(QColor(40, 40, 40), 1.5));
            whiskerSeries.push_back(w);
            top = std::max(top, *ci.high.value * scale);
        }
    }
    auto* series = new QStackedBarSeries();
    series->append(normal);
    if (flagged->sum() > 0) series->append(flagged); else delete flagged;
    if (small->sum() > 0) series->append(small); else delete small;
    chart_->addSeries(series);
    bars_ = n;
    connect(series, &QStackedBarSeries::hovered, this, [this, scale](bool on, int index, QBarSet*) {
        if (!on || !report_ || index < 0 || index >= int(report_->slices.size())) { QToolTip::hideText(); return; }
        const auto& s = report_->slices[std::size_t(index)];
        const Metric v = sliceMetricValue(s, metric_);
        QString text = DisplayText::label(s.label, DisplayText::kTooltipChars) + QStringLiteral(": ") + formatMetric(v, metric_);
        if (!v.defined()) text += QStringLiteral(" (") + MetricReasonText::reason(v) + QStringLiteral(")");
        const auto ci = sliceMetricInterval(s, metric_);
        if (ci.low.defined()) text += tr("\n95 % range: %1 to %2").arg(formatMetric(ci.low, metric_), formatMetric(ci.high, metric_));
        text += tr("\n%1 rows").arg(s.rows);
        QToolTip::showText(QCursor::pos(), text);
        Q_UNUSED(scale);
    });

    auto* x = new QBarCategoryAxis();
    x->append(DisplayText::labels(categories));
    if (n > 8) x->setLabelsAngle(-45);
    auto* y = new QValueAxis();
    y->setTitleText(info.percent ? info.name + QStringLiteral(" (%)") : info.name);
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (auto* w : whiskerSeries) {
        chart_->addSeries(w);
        w->attachAxis(x);
        w->attachAxis(y);
        ++whiskers_;
    }
    const Metric all = sliceMetricValue(report_->overall, metric_);
    overall_ = all.valueOr(0) * scale;
    if (all.defined() && metric_ != SliceMetric::Share) {   // all rows are 100 % of themselves: no yardstick
        auto* line = new QLineSeries();
        line->setName(tr("All rows: %1").arg(formatMetric(all, metric_)));
        line->append(-0.5, overall_);
        line->append(n - 0.5, overall_);
        QPen pen(QColor(230, 140, 20), 2, Qt::DashLine);
        line->setPen(pen);
        chart_->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        top = std::max(top, overall_);
    }
    // Keep the whisker and line series out of the legend: bars and the overall line explain themselves.
    for (auto* marker : chart_->legend()->markers())
        if (std::find(whiskerSeries.begin(), whiskerSeries.end(), marker->series()) != whiskerSeries.end())
            marker->setVisible(false);
    y->setRange(bottom < 0 ? bottom * 1.1 : 0,
                info.percent ? std::min(100.0, std::max(1.0, top * 1.1)) : std::max(top * 1.1, 1e-9));
    y->applyNiceNumbers();
    chart_->setTitle(tr("%1 per slice").arg(info.name));
    note_->setText(info.tip + (sliceMetricInterval(report_->overall, metric_).low.defined()
                                   ? tr(" Whiskers: 95 % range.") : QString()));
}

} // namespace segmenta::ui
