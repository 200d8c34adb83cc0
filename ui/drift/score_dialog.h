// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDialog>
#include <cstdint>

#include "ui/drift/drift_view.h"
#include "ui/drift/same_month.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace segmenta::ui {

// What to score: the answers of the "Score with a saved model" dialog.
struct ScoreRequest {
    QString file;                  // the CSV to score
    std::int64_t datasetId = 0;
    QString dataset;
    QString model;                 // a saved model of that dataset
    bool asOfFromFile = true;      // the file's latest date, else its name's, else today
    QDate asOf;                    // used when asOfFromFile is false
    SameMonthChoice sameMonth = SameMonthChoice::Ask;   // when the month is already there
};

// Asks for a new month's CSV, the saved model to apply (default: the one the
// Drift page shows) and the date the file speaks for.
class ScoreDialog : public QDialog {
    Q_OBJECT
public:
    ScoreDialog(const DatasetView& dataset, std::int64_t modelId, const QString& file, QWidget* parent = nullptr);

    ScoreRequest request() const;
    void setFile(const QString& file);

private:
    void chooseFile();
    void updateState();

    DatasetView dataset_;
    QLineEdit* file_;
    QLabel* fileNote_;
    QComboBox* model_;
    QCheckBox* asOfFromFile_;
    QDateEdit* asOf_;
    QDialogButtonBox* buttons_;
};

} // namespace segmenta::ui
