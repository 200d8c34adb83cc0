// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/score_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/drift/file_name_date.h"

namespace segmenta::ui {

ScoreDialog::ScoreDialog(const DatasetView& dataset, std::int64_t modelId, const QString& file, QWidget* parent)
    : QDialog(parent), dataset_(dataset), file_(new QLineEdit(this)), fileNote_(new QLabel(this)),
      model_(new QComboBox(this)), asOfFromFile_(new QCheckBox(tr("&Take the date from the file"), this)),
      asOf_(new QDateEdit(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Score a new month with a saved model"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Segmenta puts every row of the file into one of the saved model's segments, records the "
                                "month in “%1” and shows how far it has moved from the month the segments were built on.")
                                 .arg(dataset.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    file_->setPlaceholderText(tr("The new month's export, e.g. customers_2026-07.csv"));
    file_->setToolTip(tr("A CSV file with the same columns the model was built on."));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setToolTip(tr("Pick the CSV file to score."));
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(file_);   // a layout row has no buddy of its own: Alt+F needs one
    form->addRow(fileLabel, fileRow);
    fileNote_->setWordWrap(true);
    form->addRow(QString(), fileNote_);

    for (const ModelView& m : dataset.models) {
        model_->addItem(m.trainedOn.isEmpty() ? m.name : tr("%1 (built on %2)").arg(m.name, m.trainedOn), m.name);
        if (m.id == modelId) model_->setCurrentIndex(model_->count() - 1);
    }
    model_->setToolTip(tr("The saved segmentation to apply. Its segments stay the same, so the months can be compared."));
    form->addRow(tr("&Model:"), model_);

    asOfFromFile_->setChecked(true);
    asOfFromFile_->setToolTip(tr("Use the latest date in the file; without dates in it, a date in its name "
                                 "(“customers_2026-07.csv” → 2026-07-31); else today."));
    form->addRow(tr("As of:"), asOfFromFile_);
    asOf_->setCalendarPopup(true);
    asOf_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    asOf_->setDate(QDate::currentDate());
    asOf_->setToolTip(tr("The day this data describes, usually the last day of the month it was exported for."));
    form->addRow(QString(), asOf_);
    layout->addLayout(form);

    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Score and record"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ScoreDialog::chooseFile);
    connect(file_, &QLineEdit::textChanged, this, &ScoreDialog::updateState);
    connect(asOfFromFile_, &QCheckBox::toggled, this, &ScoreDialog::updateState);
    setFile(file);
}

void ScoreDialog::setFile(const QString& file) {
    file_->setText(file);
    // Suggest the name's date in the date box, in case the user unticks "from the file".
    if (const QDate d = dateInFileName(file); d.isValid()) asOf_->setDate(d);
    updateState();
}

void ScoreDialog::chooseFile() {
    const QString start = file_->text().isEmpty() ? QString() : QFileInfo(file_->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to score"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) setFile(path);
}

void ScoreDialog::updateState() {
    asOf_->setEnabled(!asOfFromFile_->isChecked());
    const QString path = file_->text().trimmed();
    const QFileInfo info(path);
    const bool fileOk = !path.isEmpty() && info.isFile() && info.isReadable();
    if (path.isEmpty()) fileNote_->setText(tr("Choose the CSV file of the new month."));
    else if (!info.exists()) fileNote_->setText(tr("There is no file at this place. Check the name or choose it again."));
    else if (!fileOk) fileNote_->setText(tr("This file cannot be read. Check that it is not a folder and that you may open it."));
    else fileNote_->setText(tr("%1, %2").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    const bool modelOk = model_->count() > 0;
    if (!modelOk) model_->setToolTip(tr("“%1” has no saved model yet: build segments on the Segments page and save them first.")
                                         .arg(dataset_.name));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(fileOk && modelOk);
}

ScoreRequest ScoreDialog::request() const {
    ScoreRequest r;
    r.file = file_->text().trimmed();
    r.datasetId = dataset_.id;
    r.dataset = dataset_.name;
    r.model = model_->currentData().toString();
    r.asOfFromFile = asOfFromFile_->isChecked();
    r.asOf = asOf_->date();
    return r;
}

} // namespace segmenta::ui
