// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <memory>

#include "core/metrics/slice_report.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace segmenta::ui {

// The Slices page's choices: what to slice by (the segmentation, a category, a
// number cut into bins, or two of them crossed), the outcome, the model's score
// or prediction, the threshold, the smallest slice to judge and the metric to
// test slices on. Emits changed() whenever a choice changes.
class SliceControls : public QWidget {
    Q_OBJECT
public:
    explicit SliceControls(QWidget* parent = nullptr);

    // Refills the lists for a new table or segmentation, keeping choices that still exist.
    void setData(std::shared_ptr<const Table> table, bool hasSegmentation);
    MetricsOptions options() const;

    // For tests: choose the first (and second) slicing by column name ("segment"
    // for the segmentation); returns false if absent.
    bool chooseSlice(const QString& first, const QString& second = {});
    // For tests: the value that counts as "yes" for the chosen outcome.
    bool choosePositive(const QString& value);
    QString positiveValue() const;

signals:
    void changed();

private:
    void enableModelChoices();
    void fillPositiveValues();
    SliceDimension dimension(const QComboBox* combo) const;

    std::shared_ptr<const Table> table_;
    QComboBox* slice1_;
    QComboBox* slice2_;
    QSpinBox* bins_;
    QComboBox* label_;
    QComboBox* positive_;
    QComboBox* score_;
    QComboBox* prediction_;
    QDoubleSpinBox* threshold_;
    QSpinBox* minRows_;
    QComboBox* flag_;
};

} // namespace segmenta::ui
