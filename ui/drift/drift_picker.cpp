// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_picker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>

#include "ui/common/display_text.h"

namespace segmenta::ui {

DriftPicker::DriftPicker(QWidget* parent)
    : QWidget(parent), dataset_(new QComboBox(this)), model_(new QComboBox(this)), reference_(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString& text, QComboBox* box, const QString& tip) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        box->setToolTip(tip);
        label->setToolTip(tip);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    addLabelled(tr("&Dataset:"), dataset_, tr("The data whose months you recorded (one line per recorded file or period)."));
    addLabelled(tr("&Model:"), model_, tr("The saved segmentation whose segment sizes and fit are followed month by month."));
    addLabelled(tr("Compare &each month with:"), reference_,
                tr("The training month: how far each month has moved from what the segments were built on.\n"
                   "The month before: what changed since last time."));
    layout->addStretch(1);
    dataset_->setMinimumContentsLength(20);
    dataset_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    model_->setMinimumContentsLength(20);
    model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    reference_->addItem(tr("the training month"), int(DriftReference::Training));
    reference_->addItem(tr("the month before"), int(DriftReference::Previous));

    connect(dataset_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        fillModels();
        emit selectionChanged();
    });
    connect(model_, &QComboBox::currentIndexChanged, this, [this] { if (!filling_) emit selectionChanged(); });
    connect(reference_, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_) return;
        wantsTraining_ = reference() == DriftReference::Training;
        emit selectionChanged();
    });
}

void DriftPicker::setDatasets(const std::vector<DatasetView>& datasets, const QString& preferred, bool preferredWins) {
    const std::int64_t previous = datasetId();
    filling_ = true;
    datasets_ = datasets;
    dataset_->clear();
    int kept = -1, named = -1;
    for (std::size_t i = 0; i < datasets_.size(); ++i) {
        const DatasetView& d = datasets_[i];
        dataset_->addItem(tr("%1 (%n month(s))", nullptr, d.snapshotCount).arg(DisplayText::label(d.name)), QVariant::fromValue<qlonglong>(d.id));
        if (d.id == previous) kept = int(i);
        if (named < 0 && d.name == preferred) named = int(i);
    }
    const int pick = preferredWins ? (named >= 0 ? named : kept) : (kept >= 0 ? kept : named);
    dataset_->setCurrentIndex(pick >= 0 ? pick : (datasets_.empty() ? -1 : 0));
    dataset_->setEnabled(!datasets_.empty());
    fillModels();
    filling_ = false;
    emit selectionChanged();
}

void DriftPicker::fillModels() {
    const bool wasFilling = filling_;
    filling_ = true;
    const std::int64_t previous = modelId();
    model_->clear();
    if (const DatasetView* d = currentDataset()) {
        for (const ModelView& m : d->models) {
            const QString name = DisplayText::label(m.name);
            const QString text = m.trainedOn.isEmpty() ? name : tr("%1 (trained on %2)").arg(name, DisplayText::label(m.trainedOn));
            model_->addItem(text, QVariant::fromValue<qlonglong>(m.id));
            if (m.id == previous) model_->setCurrentIndex(model_->count() - 1);
        }
    }
    if (model_->count() == 0) model_->addItem(tr("no saved model"), QVariant::fromValue<qlonglong>(0));
    model_->setEnabled(model_->count() > 1 || model_->currentData().toLongLong() != 0);
    updateReferenceChoices();
    filling_ = wasFilling;
}

// Without a saved model there is no training month: that choice is greyed with the
// reason, and the months are compared with the month before (as the page does).
void DriftPicker::updateReferenceChoices() {
    const DatasetView* d = currentDataset();
    const bool hasModel = d && !d->models.empty();
    if (auto* items = qobject_cast<QStandardItemModel*>(reference_->model()))
        if (QStandardItem* training = items->item(0)) {
            training->setEnabled(hasModel);
            training->setToolTip(hasModel ? tr("How far each month has moved from the month the segments were built on.")
                                          : tr("Needs a saved model: without one there is no training month, so each month "
                                               "is compared with the month before."));
        }
    const bool wanted = wantsTraining_;
    reference_->setCurrentIndex(hasModel && wanted ? 0 : 1);
    wantsTraining_ = wanted;
}

std::int64_t DriftPicker::datasetId() const { return dataset_->currentIndex() < 0 ? 0 : dataset_->currentData().toLongLong(); }
std::int64_t DriftPicker::modelId() const { return model_->currentIndex() < 0 ? 0 : model_->currentData().toLongLong(); }
DriftReference DriftPicker::reference() const { return DriftReference(reference_->currentData().toInt()); }
void DriftPicker::setReference(DriftReference reference) {
    const bool wish = reference == DriftReference::Training;
    const DatasetView* d = currentDataset();
    reference_->setCurrentIndex(wish && d && !d->models.empty() ? 0 : 1);
    wantsTraining_ = wish;
}
bool DriftPicker::trainingChoiceEnabled() const {
    auto* items = qobject_cast<QStandardItemModel*>(reference_->model());
    return items && items->item(0) && items->item(0)->isEnabled();
}
int DriftPicker::datasetCount() const { return int(datasets_.size()); }

bool DriftPicker::selectModel(const QString& name) {
    if (const DatasetView* d = currentDataset())
        for (const ModelView& m : d->models)
            if (m.name == name) return selectModelId(m.id);
    return false;
}

bool DriftPicker::selectModelId(std::int64_t modelId) {
    const int i = model_->findData(QVariant::fromValue<qlonglong>(modelId));
    if (i < 0) return false;
    model_->setCurrentIndex(i);   // emits selectionChanged when it is another model
    return true;
}

const DatasetView* DriftPicker::currentDataset() const {
    const int i = dataset_->currentIndex();
    return i >= 0 && i < int(datasets_.size()) ? &datasets_[std::size_t(i)] : nullptr;
}

} // namespace segmenta::ui
