// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/segment_share_chart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/drift/month_line_chart.h"
#include "ui/drift/segment_palette.h"

namespace segmenta::ui {

SegmentShareChart::SegmentShareChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), view_(new ChartView(chart_, this)), empty_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addWidget(empty_);
    empty_->setWordWrap(true);
    view_->setExportName(QStringLiteral("segment-shares"));
    view_->setMinimumHeight(200);
    chart_->setTitle(tr("Segment sizes over time"));
    chart_->legend()->setAlignment(Qt::AlignRight);
}

int SegmentShareChart::seriesCount() const { return int(chart_->series().size()); }

QStringList SegmentShareChart::seriesNames() const {
    QStringList names;
    for (QAbstractSeries* s : chart_->series()) names << s->name();
    return names;
}

std::vector<double> SegmentShareChart::shares(int series) const {
    return series >= 0 && series < int(shares_.size()) ? shares_[std::size_t(series)] : std::vector<double>{};
}

bool SegmentShareChart::isEmpty() const { return shares_.empty(); }

void SegmentShareChart::setHistory(const HistoryView& history) {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) { chart_->removeAxis(axis); delete axis; }
    shares_.assign(std::size_t(history.segmentNames.size()), {});

    // Only months scored with this model have shares; they are placed at their
    // position in the timeline so the x axis matches the heatmap.
    std::vector<int> scored;
    for (std::size_t i = 0; i < history.snapshots.size(); ++i)
        if (history.snapshots[i].segmentShares.size() == std::size_t(history.segmentNames.size()) && !shares_.empty())
            scored.push_back(int(i));
    if (scored.empty()) {
        shares_.clear();
        empty_->setText(history.model.isEmpty()
                            ? tr("No segmentation model for this dataset yet: find segments on the Segments page and "
                                 "save the model, then its segment sizes appear here month by month.")
                            : tr("No month has been scored with this model yet. Score a month with "
                                 "“segmenta-cli score FILE --db … --model %1” or record one from the Segments page.")
                                  .arg(history.model));
        empty_->show();
        return;
    }
    const int unscored = int(history.snapshots.size() - scored.size());
    empty_->setText(unscored > 0 ? tr("%n month(s) were not scored with this model and are left out.", nullptr, unscored) : QString());
    empty_->setVisible(unscored > 0);

    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QStringList labels;
    for (const SnapshotView& s : history.snapshots) labels << s.label;
    appendMonthLabels(x, DisplayText::labels(labels), scored);
    if (scored.size() == 1) x->setRange(scored.front() - 0.5, scored.front() + 0.5);
    else x->setRange(scored.front(), scored.back());
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("Share (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);

    std::vector<double> below(scored.size(), 0.0);
    for (qsizetype seg = 0; seg < history.segmentNames.size(); ++seg) {
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        for (std::size_t k = 0; k < scored.size(); ++k) {
            const SnapshotView& s = history.snapshots[std::size_t(scored[k])];
            double share = s.segmentShares[std::size_t(seg)];
            if (!std::isfinite(share)) share = 0.0;
            shares_[std::size_t(seg)].push_back(share);
            // A single scored month would be a zero-width area: widen it to a band.
            const std::vector<double> xs = scored.size() == 1 ? std::vector<double>{scored[k] - 0.4, scored[k] + 0.4}
                                                              : std::vector<double>{double(scored[k])};
            for (double xv : xs) lower->append(xv, below[k] * 100.0);
            below[k] += share;
            for (double xv : xs) upper->append(xv, below[k] * 100.0);
        }
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(DisplayText::label(history.segmentNames[seg]));
        area->setColor(driftSegmentColor(int(seg)));
        area->setBorderColor(driftSegmentColor(int(seg)).darker(130));
        chart_->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
}

} // namespace segmenta::ui
