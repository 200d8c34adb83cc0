// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/reliability_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"

namespace segmenta::ui {

namespace {

QString percent(double v) { return QLocale().toString(v * 100, 'f', 0) + QStringLiteral(" %"); }

// One line of points (mean score, observed rate) for the bins that have rows.
QLineSeries* curve(const std::vector<CalibrationBin>& bins, const QString& name, const QColor& color) {
    auto* s = new QLineSeries();
    s->setName(name);
    s->setPen(QPen(color, 2));
    s->setPointsVisible(true);
    s->setMarkerSize(8);
    for (const auto& b : bins)
        if (b.n > 0) s->append(b.sumScore / double(b.n), b.sumOutcome / double(b.n));
    return s;
}

} // namespace

ReliabilityChart::ReliabilityChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart()), countChart_(new QChart()), reading_(new QLabel(this)) {
    view_ = new ChartView(chart_, this);
    view_->setToolTip(tr("Right-click or press Ctrl+S to save this chart as PNG or SVG."));
    view_->setExportName(QStringLiteral("slices-reliability"));
    view_->setMinimumHeight(240);
    countView_ = new ChartView(countChart_, this);
    countView_->setExportName(QStringLiteral("slices-score-ranges"));
    countView_->setMinimumHeight(190);
    countView_->setMaximumHeight(220);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    countChart_->legend()->hide();
    reading_->setWordWrap(true);
    reading_->setObjectName(QStringLiteral("calibrationReading"));
    reading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reading_);
    layout->addWidget(view_, 3);
    layout->addWidget(countView_, 1);
}

void ReliabilityChart::setReport(std::shared_ptr<const SliceReport> report) {
    report_ = std::move(report);
    if (!report_ || slice_ >= int(report_->slices.size())) slice_ = -1;
    rebuild();
}

void ReliabilityChart::setSlice(int slice) {
    slice_ = slice;
    rebuild();
}

QString ReliabilityChart::reading() const { return reading_->text(); }

QString ReliabilityChart::readingFor(const SliceStats& stats, const QString& who) const {
    const auto& r = stats.calibration;
    if (!r.available) return tr("Not enough rows in any score range to tell how trustworthy the scores are for %1.").arg(who);
    QString text = tr("When the model says %1, it happens %2 of the time for %3 (%4 rows).")
                       .arg(percent(r.said), percent(r.happened), who).arg(r.n);
    if (r.wellCalibrated) text += QLatin1Char(' ') + tr("Its scores can be read as probabilities here: every score range with enough rows is within 5 points.");
    return text;
}

void ReliabilityChart::rebuild() {
    chart_->removeAllSeries();
    for (auto* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    overallPoints_ = slicePoints_ = 0;
    const bool hasScores = report_ && report_->hasScore && report_->overall.binary;
    view_->setVisible(hasScores);   // two empty white boxes would look broken
    countView_->setVisible(hasScores);
    if (!hasScores) {
        reading_->setText(tr("Choose a score column (a probability between 0 and 1) to see whether the model's "
                             "scores can be trusted as probabilities."));
        countChart_->removeAllSeries();
        return;
    }
    auto* diagonal = new QLineSeries();
    diagonal->setName(tr("Perfect"));
    diagonal->setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
    diagonal->append(0, 0);
    diagonal->append(1, 1);
    chart_->addSeries(diagonal);
    auto* all = curve(report_->overall.binary->calibration, tr("All rows"), QColor(70, 130, 180));
    overallPoints_ = int(all->count());
    chart_->addSeries(all);
    const SliceStats* selected = slice_ >= 0 ? &report_->slices[std::size_t(slice_)] : nullptr;
    QString who = tr("all rows");
    if (selected && selected->binary) {
        who = DisplayText::label(selected->label);
        auto* one = curve(selected->binary->calibration, who, QColor(230, 120, 20));
        slicePoints_ = int(one->count());
        chart_->addSeries(one);
    }
    auto* x = new QValueAxis();
    x->setRange(0, 1);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(tr("What the model said (mean score)"));
    auto* y = new QValueAxis();
    y->setRange(0, 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(tr("What happened (share)"));
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart_->series()) { s->attachAxis(x); s->attachAxis(y); }
    for (auto* s : chart_->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || line == diagonal) continue;
        connect(line, &QLineSeries::hovered, this, [](const QPointF& p, bool on) {
            if (!on) { QToolTip::hideText(); return; }
            QToolTip::showText(QCursor::pos(), tr("Model said %1 on average; it happened %2 of the time.")
                                                   .arg(percent(p.x()), percent(p.y())));
        });
    }
    chart_->setTitle(tr("Can the scores be trusted as probabilities?"));
    reading_->setText(readingFor(selected ? *selected : report_->overall, who));
    rebuildCounts(selected ? *selected : report_->overall, who);
}

void ReliabilityChart::rebuildCounts(const SliceStats& stats, const QString& who) {
    countChart_->removeAllSeries();
    for (auto* axis : countChart_->axes()) { countChart_->removeAxis(axis); delete axis; }
    if (!stats.binary) return;
    auto* set = new QBarSet(tr("Rows"));
    set->setColor(QColor(70, 130, 180, 160));
    QStringList ranges;
    double top = 0;
    for (const auto& b : stats.binary->calibration) {
        set->append(double(b.n));
        top = std::max(top, double(b.n));
        ranges << QStringLiteral("%1").arg(b.upper * 100, 0, 'f', 0);
    }
    auto* series = new QBarSeries();
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    countChart_->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(ranges);
    x->setTitleText(tr("Score range, up to (%)"));
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis();
    y->setRange(0, std::max(1.0, top * 1.25));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(3);
    countChart_->addAxis(x, Qt::AlignBottom);
    countChart_->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    countChart_->setTitle(tr("Rows in each score range — %1").arg(who));
    countChart_->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace segmenta::ui
