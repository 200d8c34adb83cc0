// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <vector>

#include "ui/drift/drift_view.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace segmenta::ui {

// The answers of "Save as model…": which dataset the segments belong to and the
// model's name.
struct SaveModelRequest {
    QString dataset;
    QString name;
};

// Asks for the dataset (an existing one or a new name) and the model's name, and
// says what saving will do: a new model, or a new version of one of that name.
class SaveModelDialog : public QDialog {
    Q_OBJECT
public:
    SaveModelDialog(const std::vector<DatasetView>& datasets, const QString& sourcePath, QWidget* parent = nullptr);

    SaveModelRequest request() const;
    void setRequest(const SaveModelRequest& request);   // tests and scripted use
    QString hintText() const;

private:
    void updateState();
    const DatasetView* datasetNamed(const QString& name) const;

    std::vector<DatasetView> datasets_;
    QComboBox* dataset_;
    QLineEdit* name_;
    QLabel* hint_;
    QDialogButtonBox* buttons_;
};

} // namespace segmenta::ui
