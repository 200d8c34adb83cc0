// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <cstdint>

#include "ui/drift/drift_view.h"

class QComboBox;
class QLabel;

namespace segmenta::ui {

// The Drift page's top bar: which dataset, which segmentation model, and what each
// month is compared with (the month the model was trained on, or the month before).
class DriftPicker : public QWidget {
    Q_OBJECT
public:
    explicit DriftPicker(QWidget* parent = nullptr);

    // Keeps the current choice when it is still there; else picks `preferred` or the
    // first. With `preferredWins` (a dataset the user just recorded into or scored)
    // `preferred` is picked even over the current choice.
    void setDatasets(const std::vector<DatasetView>& datasets, const QString& preferred = {},
                     bool preferredWins = false);
    std::int64_t datasetId() const;
    std::int64_t modelId() const;
    DriftReference reference() const;
    // The user's wish: "the training month" applies only while the dataset has a
    // saved model; without one the month before is used and the choice is greyed.
    void setReference(DriftReference reference);
    bool trainingChoiceEnabled() const;
    int datasetCount() const;
    const DatasetView* currentDataset() const;
    // Chooses the current dataset's model called `name` (its newest version); false
    // when there is none.
    bool selectModel(const QString& name);
    bool selectModelId(std::int64_t modelId);

signals:
    void selectionChanged();

private:
    void fillModels();
    void updateReferenceChoices();

    QComboBox* dataset_;
    QComboBox* model_;
    QComboBox* reference_;
    std::vector<DatasetView> datasets_;
    bool filling_ = false;
    bool wantsTraining_ = true;
};

} // namespace segmenta::ui
