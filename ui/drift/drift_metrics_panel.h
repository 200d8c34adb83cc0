// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

class QLabel;
class QGridLayout;

namespace segmenta::ui {

// The numbers behind one heatmap cell, each with a plain-word tooltip: the
// verdict beside the effect size, then KS, PSI, JS, normalised Wasserstein,
// chi-square and the missing shares. "—" (with a reason) where a number does not
// apply to the column's kind.
class DriftMetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DriftMetricsPanel(QWidget* parent = nullptr);

    void setMetrics(const ColumnDriftView& metrics);
    void clear();
    // The text shown for a metric row ("KS statistic" → "0.213"), for tests.
    QString valueText(const QString& key) const;

private:
    void addRow(const QString& key, const QString& name, const QString& tip);
    void setValue(const QString& key, const QString& text);

    QGridLayout* grid_;
    QLabel* verdict_;
    struct Row { QString key; QLabel* value; QString tip; };
    std::vector<Row> values_;
};

} // namespace segmenta::ui
