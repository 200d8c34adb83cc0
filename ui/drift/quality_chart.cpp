// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/quality_chart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/drift/drift_format.h"

namespace segmenta::ui {

QualityChart::QualityChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new ChartView(chart_, this)), note_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
    note_->setWordWrap(true);
    view_->setExportName(QStringLiteral("segment-fit"));
    view_->setMinimumHeight(200);
    chart_->setTitle(tr("How well the segments fit (lower is better)"));
    chart_->legend()->setAlignment(Qt::AlignBottom);
}

void QualityChart::setHistory(const HistoryView& history) {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    auto* line = new QLineSeries;
    line->setName(tr("Mean distance to the segment centre"));
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(8);
    dots->setName(QString());
    double lo = history.trainingMeanDistance, hi = history.trainingMeanDistance;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    points_ = 0;
    for (std::size_t i = 0; i < history.snapshots.size(); ++i) {
        const double d = history.snapshots[i].meanDistance;
        if (!std::isfinite(d)) continue;
        line->append(double(i), d);
        dots->append(double(i), d);
        x->append(history.snapshots[i].label, double(i));
        lo = std::isfinite(lo) ? std::min(lo, d) : d;
        hi = std::isfinite(hi) ? std::max(hi, d) : d;
        ++points_;
    }
    if (points_ == 0) {
        delete line;
        delete dots;
        delete x;
        note_->setText(history.model.isEmpty()
                           ? tr("Save a segmentation model on the Segments page to follow how well it fits each month.")
                           : tr("No month has been scored with this model yet, so there is no fit to show."));
        return;
    }
    chart_->addSeries(line);
    chart_->addSeries(dots);
    chart_->legend()->markers(dots).first()->setVisible(false);
    const double first = line->at(0).x(), last = line->at(line->count() - 1).x();
    x->setRange(first - 0.3, last + 0.3);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Mean distance"));
    const double pad = std::max(0.05 * (hi - lo), 0.02 * std::max(1e-9, std::abs(hi)));
    y->setRange(std::max(0.0, lo - pad), hi + pad);
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x); line->attachAxis(y);
    dots->attachAxis(x); dots->attachAxis(y);
    if (std::isfinite(history.trainingMeanDistance)) {
        auto* training = new QLineSeries;
        training->setName(tr("In the training month"));
        training->append(first - 0.3, history.trainingMeanDistance);
        training->append(last + 0.3, history.trainingMeanDistance);
        training->setPen(QPen(QColor(0x75, 0x75, 0x75), 1.5, Qt::DashLine));
        chart_->addSeries(training);
        training->attachAxis(x); training->attachAxis(y);
        const double lastValue = line->at(line->count() - 1).y();
        note_->setText(tr("Latest month: %1 (training: %2, %3 %4).")
                           .arg(DriftFormat::number(lastValue), DriftFormat::number(history.trainingMeanDistance),
                                lastValue >= history.trainingMeanDistance ? tr("up") : tr("down"),
                                DriftFormat::percent(std::abs(lastValue / history.trainingMeanDistance - 1.0), 0)));
    } else {
        note_->setText(tr("The training month's fit is not recorded, so there is no line to compare with."));
    }
}

} // namespace segmenta::ui
