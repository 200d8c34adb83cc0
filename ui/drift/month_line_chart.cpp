// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/month_line_chart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"

namespace segmenta::ui {

namespace {
// At most about 12 month labels on the axis; the rest stay as points (hovering names them).
constexpr int kMaxMonthLabels = 12;
} // namespace

void appendMonthLabels(QCategoryAxis* axis, const QStringList& labels, const std::vector<int>& positions) {
    const std::size_t every = std::size_t(std::max<int>(1, (int(positions.size()) + kMaxMonthLabels - 1) / kMaxMonthLabels));
    for (std::size_t k = 0; k < positions.size(); ++k)
        if (k % every == 0 || k + 1 == positions.size()) axis->append(labels[positions[k]], double(positions[k]));
}

MonthLineChart::MonthLineChart(const QString& exportName, Qt::Alignment legend, QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new ChartView(chart_, this)), note_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
    note_->setWordWrap(true);
    view_->setExportName(exportName);
    view_->setMinimumHeight(200);
    chart_->legend()->setAlignment(legend);
}

void MonthLineChart::clear(const QString& title, const QString& note) {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    chart_->setTitle(title);
    months_ = 0;
    setNote(note);
}

void MonthLineChart::setLegendVisible(bool visible) { chart_->legend()->setVisible(visible); }

void MonthLineChart::setNote(const QString& note) {
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

int MonthLineChart::setLines(const QString& title, const QStringList& months, const std::vector<Line>& lines,
                             const Axis& y, const std::optional<Guide>& guide) {
    clear(title, QString());
    std::vector<int> used;   // months with at least one value
    double lo = guide ? guide->value : NAN, hi = lo;
    for (int m = 0; m < int(months.size()); ++m) {
        bool any = false;
        for (const Line& l : lines)
            if (std::size_t(m) < l.values.size() && std::isfinite(l.values[std::size_t(m)])) {
                const double v = l.values[std::size_t(m)];
                lo = std::isfinite(lo) ? std::min(lo, v) : v;
                hi = std::isfinite(hi) ? std::max(hi, v) : v;
                any = true;
            }
        if (any) used.push_back(m);
    }
    months_ = int(used.size());
    if (used.empty()) return 0;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    appendMonthLabels(x, DisplayText::labels(months), used);
    const double first = used.front() - 0.5, last = used.back() + 0.5;   // room for the end labels
    x->setRange(first, last);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(y.title);
    axisY->setLabelFormat(y.labelFormat);
    const double pad = std::max(0.05 * (hi - lo), 0.02 * std::max(1e-9, std::abs(hi)));
    // Values that are never negative keep a floor of 0 rather than a padded negative.
    axisY->setRange(y.min.value_or(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad), y.max.value_or(hi + pad));
    axisY->applyNiceNumbers();   // ticks at 0, 20, 40 … rather than 0, 22, 44 …
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(axisY, Qt::AlignLeft);
    auto add = [&](QLineSeries* s) {
        chart_->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(axisY);
    };
    for (const Line& l : lines) {
        auto* s = new QLineSeries;
        s->setName(DisplayText::label(l.name));
        s->setPen(l.pen);
        s->setPointsVisible(l.dots);
        for (int m : used)
            if (std::size_t(m) < l.values.size() && std::isfinite(l.values[std::size_t(m)]))
                s->append(double(m), l.values[std::size_t(m)]);
        add(s);
        // Hovering a line names it and its value that month (thinned labels, hidden legends).
        connect(s, &QLineSeries::hovered, this, [name = DisplayText::label(l.name), months](const QPointF& p, bool on) {
            const int m = int(std::lround(p.x()));
            if (!on || m < 0 || m >= int(months.size())) { QToolTip::hideText(); return; }
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(name, DisplayText::label(months[m]), QLocale().toString(p.y(), 'g', 4)));
        });
    }
    if (guide) {
        auto* s = new QLineSeries;
        s->setName(guide->name);
        s->append(first, guide->value);
        s->append(last, guide->value);
        s->setPen(QPen(QColor(0x75, 0x75, 0x75), 1.5, Qt::DashLine));
        add(s);
    }
    return months_;
}

} // namespace segmenta::ui
