// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/save_model_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/recording_source.h"

namespace segmenta::ui {

SaveModelDialog::SaveModelDialog(const std::vector<DatasetView>& datasets, const QString& sourcePath, QWidget* parent)
    : QDialog(parent), datasets_(datasets), dataset_(new QComboBox(this)), name_(new QLineEdit(this)),
      hint_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Save the segments as a model"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A saved model keeps these segments, so that each new month can be put into the same "
                                "segments (Drift page ▸ Score new month…) and compared with this one. The month they "
                                "were built on is recorded in the dataset too, unless it is there already."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList names;
    for (const DatasetView& d : datasets_) names << d.name;
    auto* form = new QFormLayout;
    dataset_->setEditable(true);
    dataset_->addItems(names);
    dataset_->setCurrentText(suggestedDatasetName(sourcePath, names));
    dataset_->setToolTip(tr("Months of the same export belong to one dataset, e.g. “customers”. Pick an existing one "
                            "or type a new name."));
    form->addRow(tr("&Dataset:"), dataset_);
    const DatasetView* current = datasetNamed(dataset_->currentText());
    name_->setText(current && !current->models.empty() ? current->models.front().name : tr("Segments"));
    name_->setToolTip(tr("Saving again under a name already used keeps the old one as an earlier version; scoring "
                         "uses the newest."));
    form->addRow(tr("&Name:"), name_);
    hint_->setWordWrap(true);
    form->addRow(QString(), hint_);
    layout->addLayout(form);

    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Save model"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(dataset_, &QComboBox::currentTextChanged, this, &SaveModelDialog::updateState);
    connect(name_, &QLineEdit::textChanged, this, &SaveModelDialog::updateState);
    updateState();
}

const DatasetView* SaveModelDialog::datasetNamed(const QString& name) const {
    for (const DatasetView& d : datasets_)
        if (d.name == name.trimmed()) return &d;
    return nullptr;
}

void SaveModelDialog::updateState() {
    const SaveModelRequest r = request();
    const DatasetView* d = datasetNamed(r.dataset);
    const ModelView* same = nullptr;
    if (d)
        for (const ModelView& m : d->models)
            if (m.name == r.name) same = &m;
    if (r.dataset.isEmpty()) hint_->setText(tr("Type a name for the dataset, e.g. “customers”."));
    else if (r.name.isEmpty()) hint_->setText(tr("Type a name for the model, e.g. “Spring segments”."));
    else if (same)
        hint_->setText(tr("“%1” is already saved in “%2”: this saves version %3 of it, and scoring uses the new version.")
                           .arg(r.name, r.dataset).arg(same->version + 1));
    else if (d) hint_->setText(tr("Saves a new model “%1” in the dataset “%2”.").arg(r.name, r.dataset));
    else hint_->setText(tr("Starts a new dataset “%1” with the month these segments were built on.").arg(r.dataset));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!r.dataset.isEmpty() && !r.name.isEmpty());
}

QString SaveModelDialog::hintText() const { return hint_->text(); }

void SaveModelDialog::setRequest(const SaveModelRequest& request) {
    dataset_->setCurrentText(request.dataset);
    name_->setText(request.name);
}

SaveModelRequest SaveModelDialog::request() const { return {dataset_->currentText().trimmed(), name_->text().trimmed()}; }

} // namespace segmenta::ui
