// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/history_error_text.h"

#include <QDir>

#include "core/history/history.h"

namespace segmenta::ui {

QString HistoryErrorText::text(const Error& error, const QString& historyPath) {
    switch (error.kind) {
    case ErrorKind::Busy:
        return tr("The history is busy: another Segmenta window or a scheduled job is writing to it. "
                  "Nothing was lost; try again in a moment.");
    case ErrorKind::Damaged: {
        if (historyPath.isEmpty()) break;
        const QString fresh = QString::fromStdString(History::freshPathBeside(historyPath.toStdString()));
        return tr("The history file “%1” is damaged and cannot be read. It was left untouched; "
                  "you can start a fresh history beside it (“%2”).")
            .arg(QDir::toNativeSeparators(historyPath), QDir::toNativeSeparators(fresh));
    }
    default: break;
    }
    return QString::fromStdString(error.message);
}

} // namespace segmenta::ui
