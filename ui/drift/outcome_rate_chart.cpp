// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/outcome_rate_chart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/drift/segment_palette.h"

namespace segmenta::ui {

OutcomeRateChart::OutcomeRateChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new ChartView(chart_, this)), note_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(note_);
    note_->setWordWrap(true);
    view_->setExportName(QStringLiteral("outcome-rate-per-segment"));
    view_->setMinimumHeight(200);
    chart_->legend()->setAlignment(Qt::AlignRight);
}

void OutcomeRateChart::setHistory(const HistoryView& history) {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    hasData_ = false;
    chart_->setTitle(history.outcomeName.isEmpty() ? tr("Outcome rate per segment")
                                                   : tr("“%1” rate per segment").arg(history.outcomeName));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    std::vector<QLineSeries*> lines;
    double first = -1, last = -1, top = 0;
    for (qsizetype seg = 0; seg < history.segmentNames.size(); ++seg) {
        auto* line = new QLineSeries;
        line->setName(history.segmentNames[seg]);
        line->setPen(QPen(driftSegmentColor(int(seg)), 2.5));
        line->setPointsVisible(true);
        lines.push_back(line);
    }
    for (std::size_t i = 0; i < history.snapshots.size(); ++i) {
        const SnapshotView& s = history.snapshots[i];
        bool any = false;
        for (std::size_t seg = 0; seg < lines.size() && seg < s.outcomeRates.size(); ++seg) {
            if (!std::isfinite(s.outcomeRates[seg])) continue;  // a gap, never a made-up 0
            lines[seg]->append(double(i), s.outcomeRates[seg] * 100.0);
            top = std::max(top, s.outcomeRates[seg] * 100.0);
            any = true;
        }
        if (!any) continue;
        x->append(s.label, double(i));
        if (first < 0) first = double(i);
        last = double(i);
        hasData_ = true;
    }
    if (!hasData_) {
        qDeleteAll(lines);
        delete x;
        note_->setText(history.outcomeName.isEmpty()
                           ? tr("This data has no outcome column (such as “churned” or “bought again”), so there is no "
                                "rate to follow. Mark a yes/no column as the outcome on the Data page before recording.")
                           : tr("No month has both the outcome and segments recorded yet."));
        note_->show();
        return;
    }
    note_->hide();
    x->setRange(first - 0.3, last + 0.3);
    auto* y = new QValueAxis;
    y->setRange(0.0, std::min(100.0, std::max(5.0, top * 1.15)));
    y->setTitleText(tr("Rate (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        chart_->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace segmenta::ui
