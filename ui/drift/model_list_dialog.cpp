// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/model_list_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/history/history_edit.h"
#include "ui/common/background_task.h"
#include "ui/drift/history_error_text.h"

namespace segmenta::ui {

ModelListDialog::ModelListDialog(const DatasetView& dataset, const QString& historyPath, QWidget* parent)
    : QDialog(parent), dataset_(dataset), historyPath_(historyPath), list_(new QListWidget(this)),
      segments_(new QTableWidget(this)), about_(new QLabel(this)), rename_(new QPushButton(tr("&Rename…"), this)),
      delete_(new QPushButton(tr("&Delete…"), this)), show_(new QPushButton(tr("&Show on the Drift page"), this)),
      task_(new BackgroundTask(this)) {
    setWindowTitle(tr("Saved models of “%1”").arg(dataset.name));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    auto* body = new QHBoxLayout;
    list_->setAccessibleName(tr("Saved models"));
    body->addWidget(list_, 2);
    auto* right = new QVBoxLayout;
    about_->setWordWrap(true);
    right->addWidget(about_);
    segments_->setColumnCount(2);
    segments_->setHorizontalHeaderLabels({tr("Segment"), tr("Share of rows")});
    segments_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    segments_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    segments_->verticalHeader()->hide();
    segments_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    segments_->setAccessibleName(tr("Segments of the chosen model"));
    right->addWidget(segments_, 1);
    body->addLayout(right, 3);
    layout->addLayout(body, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    rename_->setToolTip(tr("Give the model another name; its earlier versions and the months it scored keep going with it."));
    delete_->setToolTip(tr("Remove the model and its scorings from the history; the recorded months stay."));
    show_->setToolTip(tr("Follow this model's segments month by month on the Drift page."));
    buttons->addButton(rename_, QDialogButtonBox::ActionRole);
    buttons->addButton(delete_, QDialogButtonBox::ActionRole);
    buttons->addButton(show_, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::currentRowChanged, this, &ModelListDialog::showSegments);
    connect(rename_, &QPushButton::clicked, this, &ModelListDialog::askRename);
    connect(delete_, &QPushButton::clicked, this, &ModelListDialog::askDelete);
    connect(show_, &QPushButton::clicked, this, [this] {
        if (const ModelView* m = current()) emit showModelRequested(m->id);
        accept();
    });
    connect(task_, &BackgroundTask::failed, this, &ModelListDialog::editFailed);
    fillList();
}

const ModelView* ModelListDialog::current() const {
    const int row = list_->currentRow();
    return row >= 0 && row < int(dataset_.models.size()) ? &dataset_.models[std::size_t(row)] : nullptr;
}

void ModelListDialog::fillList() {
    const int row = std::max(0, list_->currentRow());
    list_->clear();
    for (const ModelView& m : dataset_.models)
        list_->addItem(m.version > 1 ? tr("%1 (version %2)").arg(m.name).arg(m.version) : m.name);
    list_->setCurrentRow(std::min(row, list_->count() - 1));
    showSegments();
}

void ModelListDialog::showSegments() {
    const ModelView* m = current();
    rename_->setEnabled(m && !task_->isRunning());
    delete_->setEnabled(m && !task_->isRunning());
    show_->setEnabled(m != nullptr);
    segments_->setRowCount(0);
    if (!m) {
        about_->setText(tr("“%1” has no saved model. Build segments on the Segments page and choose Save as model….")
                            .arg(dataset_.name));
        return;
    }
    const QString built = m->trainedOn.isEmpty() ? QString() : tr("Built on %1. ").arg(m->trainedOn);
    about_->setText(built + tr("%n segment(s); saved %1.", nullptr, int(m->segmentNames.size()))
                                .arg(QLocale().toString(QDateTime::fromString(m->createdAt, Qt::ISODate).toLocalTime(),
                                                        QLocale::ShortFormat)));
    segments_->setRowCount(int(m->segmentNames.size()));
    for (int i = 0; i < int(m->segmentNames.size()); ++i) {
        segments_->setItem(i, 0, new QTableWidgetItem(m->segmentNames[i]));
        const bool known = std::size_t(i) < m->segmentShares.size() && std::isfinite(m->segmentShares[std::size_t(i)]);
        auto* share = new QTableWidgetItem(known ? QLocale().toString(100 * m->segmentShares[std::size_t(i)], 'f', 1) +
                                                       QStringLiteral(" %")
                                                 : QStringLiteral("—"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        segments_->setItem(i, 1, share);
    }
}

void ModelListDialog::askRename() {
    const ModelView* m = current();
    if (!m) return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the model"), tr("New name for “%1”:").arg(m->name),
                                               QLineEdit::Normal, m->name, &ok).trimmed();
    if (ok && !name.isEmpty() && name != m->name) renameCurrent(name);
}

void ModelListDialog::askDelete() {
    const ModelView* m = current();
    if (!m) return;
    const auto answer = QMessageBox::question(
        this, tr("Delete the model?"),
        tr("Delete the model “%1” (all its versions) and its scorings from the history? The recorded months stay; "
           "this cannot be undone.").arg(m->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) deleteCurrent();
}

void ModelListDialog::renameCurrent(const QString& newName) {
    const ModelView* m = current();
    if (!m) return;
    const std::int64_t datasetId = dataset_.id, modelId = m->id;
    const QString path = historyPath_, old = m->name;
    task_->start<Result<bool>>(
        [path, datasetId, old, newName](const Progress&) -> Result<bool> {
            auto history = History::open(path.toStdString());
            if (!history) return history.error();
            return renameModel(*history, datasetId, old.toStdString(), newName.toStdString());
        },
        [this, modelId, newName](Result<bool>&& r) {
            if (!r) { emit editFailed(HistoryErrorText::text(r.error(), historyPath_)); return; }
            for (ModelView& m : dataset_.models)
                if (m.id == modelId) m.name = newName;
            fillList();
            emit historyChanged();
        });
}

void ModelListDialog::deleteCurrent() {
    const ModelView* m = current();
    if (!m) return;
    const std::int64_t datasetId = dataset_.id, modelId = m->id;
    const QString path = historyPath_, name = m->name;
    task_->start<Result<bool>>(
        [path, datasetId, name](const Progress&) -> Result<bool> {
            auto history = History::open(path.toStdString());
            if (!history) return history.error();
            return deleteModel(*history, datasetId, name.toStdString());
        },
        [this, modelId](Result<bool>&& r) {
            if (!r) { emit editFailed(HistoryErrorText::text(r.error(), historyPath_)); return; }
            std::erase_if(dataset_.models, [modelId](const ModelView& m) { return m.id == modelId; });
            fillList();
            emit historyChanged();
        });
}

} // namespace segmenta::ui
