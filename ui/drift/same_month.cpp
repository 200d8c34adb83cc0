// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/same_month.h"

#include <QMessageBox>
#include <QPushButton>

#include "core/history/history_edit.h"

namespace segmenta::ui {

void SameMonth::ask(QWidget* parent, const QString& dataset, const QString& label,
                    const std::vector<SnapshotInfo>& existing, std::function<void(SameMonthChoice)> answer) {
    QStringList lines;
    for (const SnapshotInfo& s : existing)
        lines << tr("• %1, as of %2, from %3 (%L4 rows)")
                     .arg(QString::fromStdString(s.label), QString::fromStdString(s.asOf), QString::fromStdString(s.fileName))
                     .arg(s.rows);
    auto* box = new QMessageBox(QMessageBox::Question, tr("This month is already in the history"),
                                tr("“%1” already has %2:\n%3\n\nReplace it with the new one, or keep both?")
                                    .arg(dataset, label, lines.join(QLatin1Char('\n'))),
                                QMessageBox::NoButton, parent);
    auto* replaceButton = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replaceButton->setObjectName(QStringLiteral("replace"));
    replaceButton->setToolTip(tr("The month already there is deleted once the new one is recorded."));
    auto* keepButton = box->addButton(tr("&Keep both"), QMessageBox::AcceptRole);
    keepButton->setObjectName(QStringLiteral("keepBoth"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("sameMonthQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, replaceButton, keepButton, answer] {
        if (box->clickedButton() == replaceButton) answer(SameMonthChoice::Replace);
        else if (box->clickedButton() == keepButton) answer(SameMonthChoice::KeepBoth);
    });
    box->open();
}

QStringList SameMonth::replace(History& history, const std::vector<SnapshotInfo>& old, std::int64_t newId) {
    QStringList kept;
    for (const SnapshotInfo& s : old) {
        if (s.id == newId) continue;
        auto done = deleteSnapshot(history, s.id);
        if (done) continue;
        const QString label = QString::fromStdString(s.label), asOf = QString::fromStdString(s.asOf);
        kept << (done.error().kind == ErrorKind::BadInput
                     ? tr("The earlier %1 (as of %2) was kept, because a saved model was built on it.").arg(label, asOf)
                     : tr("The earlier %1 (as of %2) was kept: %3").arg(label, asOf, QString::fromStdString(done.error().message)));
    }
    return kept;
}

} // namespace segmenta::ui
