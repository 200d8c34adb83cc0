// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/outcome_rate_chart.h"

#include <algorithm>
#include <cmath>

#include "ui/common/display_text.h"
#include "ui/drift/segment_palette.h"

namespace segmenta::ui {

OutcomeRateChart::OutcomeRateChart(QWidget* parent)
    : MonthLineChart(QStringLiteral("outcome-rate-per-segment"), Qt::AlignBottom, parent) {
    // Five long segment names do not fit under a half-width chart: the colours are
    // those of the segment-size chart just above.
    setLegendVisible(false);
}

void OutcomeRateChart::setHistory(const HistoryView& history) {
    const QString title = history.outcomeName.isEmpty() ? tr("Outcome rate per segment")
                                                        : tr("“%1” rate per segment").arg(DisplayText::label(history.outcomeName));
    QStringList months;
    std::vector<Line> lines;
    for (qsizetype seg = 0; seg < history.segmentNames.size(); ++seg)
        lines.push_back({history.segmentNames[seg], QPen(driftSegmentColor(int(seg)), 2.5), {}, true});
    double top = 0;
    for (const SnapshotView& s : history.snapshots) {
        months << s.label;
        for (std::size_t seg = 0; seg < lines.size(); ++seg) {
            const double r = seg < s.outcomeRates.size() ? s.outcomeRates[seg] * 100.0 : NAN;
            lines[seg].values.push_back(r);
            if (std::isfinite(r)) top = std::max(top, r);
        }
    }
    const Axis y{tr("%"), QStringLiteral("%.0f"), 0.0, std::min(100.0, std::max(5.0, top * 1.15))};
    if (setLines(title, months, lines, y) > 0) {
        setNote(tr("One line per segment, in the colours of the segment sizes above; point at a line to see which."));
        return;
    }
    clear(title, history.outcomeName.isEmpty()
                     ? tr("This data has no outcome column (such as “churned” or “bought again”), so there is no "
                          "rate to follow. Mark a yes/no column as the outcome on the Data page before recording.")
                     : tr("No month has both the outcome and segments recorded yet."));
}

} // namespace segmenta::ui
