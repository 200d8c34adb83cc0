// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/record_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/display_text.h"
#include "ui/common/recording_source.h"
#include "ui/drift/file_name_date.h"

namespace segmenta::ui {

QDate RecordDialog::defaultAsOf(const Table& table, const QString& sourcePath) { return asOfDateFor(table, sourcePath); }

RecordDialog::RecordDialog(const Table& table, const QString& sourcePath, const QStringList& datasets, QWidget* parent)
    : QDialog(parent), datasets_(datasets), dataset_(new QComboBox(this)), datasetHint_(new QLabel(this)),
      asOf_(new QDateEdit(this)), asOfSource_(new QLabel(this)),
      split_(new QCheckBox(tr("&One snapshot per period of a date column"), this)), splitColumn_(new QComboBox(this)),
      period_(new QComboBox(this)), sourceNote_(new QLabel(this)) {
    setWindowTitle(tr("Record this file in history"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Segmenta keeps a short summary of each column (never the rows themselves, never "
                                "names or e-mails) so the Drift page can show what changed from one month to the next."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    dataset_->setEditable(true);
    DisplayText::boundWidth(dataset_);   // names are read back as typed: bound the width, not the text
    DisplayText::boundWidth(splitColumn_);
    dataset_->addItems(datasets);
    dataset_->setCurrentText(suggestedDatasetName(sourcePath, datasets));
    dataset_->setToolTip(tr("Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one "
                            "or type a new name."));
    form->addRow(tr("&Dataset:"), dataset_);
    datasetHint_->setWordWrap(true);
    form->addRow(QString(), datasetHint_);
    asOf_->setCalendarPopup(true);
    asOf_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    asOf_->setDate(defaultAsOf(table, sourcePath));
    asOf_->setToolTip(tr("The day this data describes, usually the last day of the month it was exported for."));
    form->addRow(tr("&As of:"), asOf_);
    asOfSource_->setWordWrap(true);
    const QDate named = dateInFileName(sourcePath);
    if (segmenta::defaultAsOf(table).empty())
        asOfSource_->setText(named.isValid() ? tr("Taken from the file name.") : tr("No date found in the file: today is suggested."));
    else if (named.isValid() && named != asOf_->date())
        // E.g. "customers_2026-07.csv" whose latest date is a sign-up date in 2025.
        asOfSource_->setText(tr("Taken from the latest date in the file. The file name says %1: if the file is for "
                                "that day or month, change the date above.").arg(named.toString(Qt::ISODate)));
    else
        asOfSource_->setText(tr("Taken from the latest date in the file."));
    form->addRow(QString(), asOfSource_);
    layout->addLayout(form);

    split_->setToolTip(tr("For a file that holds several months: each month (or week, or quarter) of the chosen "
                          "date column becomes its own snapshot."));
    layout->addWidget(split_);
    auto* splitForm = new QFormLayout;
    for (const Column& c : table.columns)
        if (isTemporal(c.type)) splitColumn_->addItem(QString::fromStdString(c.name));
    period_->addItem(tr("Month"), int(SplitPeriod::Month));
    period_->addItem(tr("Week"), int(SplitPeriod::Week));
    period_->addItem(tr("Quarter"), int(SplitPeriod::Quarter));
    splitForm->addRow(tr("Date &column:"), splitColumn_);
    splitForm->addRow(tr("&Period:"), period_);
    layout->addLayout(splitForm);
    if (splitColumn_->count() == 0) {
        split_->setEnabled(false);
        split_->setToolTip(tr("This file has no date column to split by."));
    }

    sourceNote_->setWordWrap(true);
    sourceNote_->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; "
                                              "padding: 4px; }"));
    sourceNote_->hide();
    layout->addWidget(sourceNote_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(split_, &QCheckBox::toggled, this, &RecordDialog::updateState);
    connect(dataset_, &QComboBox::currentTextChanged, this, &RecordDialog::updateState);
    updateState();
}

void RecordDialog::updateDatasetHint() {
    const QString name = dataset_->currentText().trimmed();
    if (name.isEmpty()) datasetHint_->setText(tr("Type a name for the dataset, e.g. “customers”."));
    else if (datasets_.contains(name)) datasetHint_->setText(tr("Adds a snapshot to the dataset “%1” already in the history.").arg(name));
    else
        datasetHint_->setText(datasets_.isEmpty()
                                  ? tr("Starts the history with a new dataset “%1”.").arg(name)
                                  : tr("Starts a new dataset “%1”; its months are compared only with each other. To "
                                       "add this file to a dataset already in the history (%2), pick it from the list.")
                                        .arg(name, datasets_.join(QStringLiteral(", "))));
}

void RecordDialog::updateState() {
    updateDatasetHint();
    const bool splitting = split_->isChecked();
    asOf_->setEnabled(!splitting);
    splitColumn_->setEnabled(splitting);
    period_->setEnabled(splitting);
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!dataset_->currentText().trimmed().isEmpty());
}

void RecordDialog::setSourceNote(const QString& note) {
    sourceNote_->setText(note);
    sourceNote_->setVisible(!note.isEmpty());
}

QString RecordDialog::sourceNote() const { return sourceNote_->text(); }

RecordRequest RecordDialog::request() const {
    RecordRequest r;
    r.dataset = dataset_->currentText().trimmed();
    r.asOf = asOf_->date();
    if (split_->isChecked()) {
        r.splitColumn = splitColumn_->currentText();
        r.period = SplitPeriod(period_->currentData().toInt());
    }
    return r;
}

} // namespace segmenta::ui
