// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/month_editor.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>
#include <functional>

#include "core/history/history_edit.h"
#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/drift/history_error_text.h"

namespace segmenta::ui {

MonthEditor::MonthEditor(Workspace* workspace, QWidget* dialogParent)
    : QObject(dialogParent), workspace_(workspace), dialogParent_(dialogParent), task_(new BackgroundTask(this)) {
    connect(task_, &BackgroundTask::failed, this, &MonthEditor::failed);
}

QMenu* MonthEditor::menuFor(const SnapshotView& month, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->addAction(tr("&Rename…"), this, [this, month] { askRename(month); })->setObjectName(QStringLiteral("rename"));
    menu->addAction(tr("Change the &date…"), this, [this, month] { askRedate(month); })->setObjectName(QStringLiteral("redate"));
    menu->addSeparator();
    QAction* del = menu->addAction(tr("De&lete from the history…"), this, [this, month] { askDelete(month); });
    del->setObjectName(QStringLiteral("delete"));
    if (month.isTraining) {
        del->setEnabled(false);
        del->setToolTip(tr("The model shown was built on this month: delete the model first (Models…)."));
        menu->setToolTipsVisible(true);
    }
    for (QAction* a : menu->actions()) a->setEnabled(a->isEnabled() && !task_->isRunning());
    return menu;
}

void MonthEditor::askRename(const SnapshotView& month) {
    bool ok = false;
    const QString label = QInputDialog::getText(dialogParent_, tr("Rename the month"),
                                                tr("New name for %1 (as of %2):").arg(month.label, month.asOf),
                                                QLineEdit::Normal, month.label, &ok).trimmed();
    if (ok && !label.isEmpty() && label != month.label) rename(month, label);
}

void MonthEditor::askRedate(const SnapshotView& month) {
    QDialog dialog(dialogParent_);
    dialog.setWindowTitle(tr("Change the date"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(tr("The day %1 describes, usually the last day of the month it was exported for. The "
                               "months are shown and compared in date order.").arg(month.label), &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* date = new QDateEdit(QDate::fromString(month.asOf, Qt::ISODate), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    layout->addWidget(date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && date->date().toString(Qt::ISODate) != month.asOf) redate(month, date->date());
}

void MonthEditor::askDelete(const SnapshotView& month) {
    const auto answer = QMessageBox::question(
        dialogParent_, tr("Delete the month?"),
        tr("Delete %1 (as of %2, from %3, %L4 rows) from the history? Its summaries and scorings go; the other months "
           "and the saved models stay as they are. This cannot be undone.")
            .arg(month.label, month.asOf, month.sourceName)
            .arg(month.rows),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) remove(month);
}

void MonthEditor::apply(std::function<Result<bool>(History&)> edit, const QString& summary) {
    const QString path = workspace_->historyPath();
    task_->start<Result<bool>>(
        [path, edit](const Progress&) -> Result<bool> {
            auto history = History::open(path.toStdString());
            if (!history) return history.error();
            return edit(*history);
        },
        [this, summary, path](Result<bool>&& r) {
            if (r) emit changed(summary);
            else emit failed(HistoryErrorText::text(r.error(), path));
        });
}

void MonthEditor::rename(const SnapshotView& month, const QString& label) {
    const std::int64_t id = month.id;
    const std::string text = label.toStdString();
    apply([id, text](History& h) { return renameSnapshot(h, id, text); }, tr("Renamed %1 to %2.").arg(month.label, label));
}

void MonthEditor::redate(const SnapshotView& month, const QDate& asOf) {
    const std::int64_t id = month.id;
    const std::string text = asOf.toString(Qt::ISODate).toStdString();
    apply([id, text](History& h) { return redateSnapshot(h, id, text); },
          tr("%1 is now as of %2.").arg(month.label, asOf.toString(Qt::ISODate)));
}

void MonthEditor::remove(const SnapshotView& month) {
    const std::int64_t id = month.id;
    apply([id](History& h) { return deleteSnapshot(h, id); }, tr("Deleted %1 from the history.").arg(month.label));
}

} // namespace segmenta::ui
