// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDialog>
#include <QStringList>

#include "core/history/history.h"
#include "ui/drift/same_month.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace segmenta::ui {

// What to record: the answers of the "Record this file in history" dialog.
struct RecordRequest {
    QString dataset;
    QDate asOf;                    // ignored when splitting
    QString splitColumn;           // empty = one snapshot
    SplitPeriod period = SplitPeriod::Month;
    SameMonthChoice sameMonth = SameMonthChoice::Ask;   // when the month is already there
};

// Asks which dataset the loaded table belongs to and which date it speaks for,
// or to record it as one snapshot per month/week/quarter of a date column.
class RecordDialog : public QDialog {
    Q_OBJECT
public:
    RecordDialog(const Table& table, const QString& sourcePath, const QStringList& datasets, QWidget* parent = nullptr);

    RecordRequest request() const;
    // A note about the file fingerprint that will be stored (HistoryRecorder::sourceNote);
    // hidden when empty.
    void setSourceNote(const QString& note);
    QString sourceNote() const;
    // The default as-of date: the table's latest date, else a date in the file
    // name ("customers_2026-03.csv" → 2026-03-31), else today.
    static QDate defaultAsOf(const Table& table, const QString& sourcePath);

private:
    void updateState();
    void updateDatasetHint();

    QStringList datasets_;
    QComboBox* dataset_;
    QLabel* datasetHint_;
    QDateEdit* asOf_;
    QLabel* asOfSource_;
    QCheckBox* split_;
    QComboBox* splitColumn_;
    QComboBox* period_;
    QLabel* sourceNote_;
};

} // namespace segmenta::ui
