// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/quality_chart.h"

#include <cmath>

#include "ui/drift/drift_format.h"

namespace segmenta::ui {

QualityChart::QualityChart(QWidget* parent)
    : MonthLineChart(QStringLiteral("segment-fit"), Qt::AlignBottom, parent) {}

void QualityChart::setHistory(const HistoryView& history) {
    const QString title = tr("How well the segments fit: mean distance to the centre (lower is better)");
    QStringList months;
    Line line{tr("Mean distance to the segment centre"), QPen(QColor(0x00, 0x72, 0xb2), 2.5), {}, true};
    for (const SnapshotView& s : history.snapshots) {
        months << s.label;
        line.values.push_back(s.meanDistance);
    }
    const double training = history.trainingMeanDistance;
    std::optional<Guide> guide;
    if (std::isfinite(training)) guide = Guide{tr("In the training month"), training};
    const Axis y{QString(), QStringLiteral("%.2f"), std::nullopt, std::nullopt};   // the title names it
    if (setLines(title, months, {line}, y, guide) == 0) {
        clear(title, history.model.isEmpty()
                         ? tr("Save a segmentation model on the Segments page to follow how well it fits each month.")
                         : tr("No month has been scored with this model yet, so there is no fit to show."));
        return;
    }
    double latest = NAN;
    for (double d : line.values)
        if (std::isfinite(d)) latest = d;
    if (!guide) {
        setNote(tr("The training month's fit is not recorded, so there is no line to compare with."));
        return;
    }
    setNote(tr("Latest month: %1 (training: %2, %3 %4).")
                .arg(DriftFormat::number(latest), DriftFormat::number(training),
                     latest >= training ? tr("up") : tr("down"), DriftFormat::percent(std::abs(latest / training - 1.0), 0)));
}

} // namespace segmenta::ui
