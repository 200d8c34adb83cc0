// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <vector>

#include "core/prep/feature_prep.h"
#include "core/segment/segmentation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace segmenta::ui {

// The left-hand panel of the Segments page: which columns to group by (the
// recommended ones ticked, the others greyed with the reason), the method, the
// number of segments (automatic or fixed), scaling, seed, and Run.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget* parent = nullptr);

    // A new table's columns; the method settings go back to the recommended ones.
    void setChoices(const std::vector<FeatureChoice>& choices);
    SegmentationOptions options() const;
    // Puts back the settings of an earlier run on the same file (columns that
    // are not in the table are skipped).
    void applyOptions(const SegmentationOptions& options);
    // Automatic k from 2 to 10, k-means, standard scaling, skewed columns tamed, seed 0.
    void resetMethod();
    int largestK() const;   // the upper limit "find the best, up to" allows
    QStringList checkedFeatures() const;
    void setFeatureChecked(const QString& column, bool checked);
    void setFixedK(int k);         // switches to "exactly k"
    void setAutomaticK(int kMax);  // switches to "find the best"
    void setSeed(std::uint64_t seed);
    void setRunning(bool running);
    QPushButton* runButton() const { return run_; }

signals:
    void runRequested();

private:
    QWidget* buildFeatureBox();
    QWidget* buildMethodBox();
    void restoreRecommended();
    void updateRunEnabled();

    std::vector<FeatureChoice> choices_;
    QListWidget* features_;
    QLabel* featureNote_;
    QComboBox* algorithm_;
    QRadioButton* autoK_;
    QRadioButton* fixedK_;
    QSpinBox* kMax_;
    QSpinBox* k_;
    QComboBox* scaling_;
    QCheckBox* log1p_;
    QSpinBox* seed_;
    QPushButton* run_;
    bool running_ = false;
};

} // namespace segmenta::ui
