// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"

namespace segmenta::ui {

// A history error for the user in their language. The kinds a user meets most on
// the Drift page (a damaged file, a history another program is writing to) are
// said by the GUI with tr() from the error's kind; other errors keep core's
// sentence (English: core has no codes for them).
class HistoryErrorText {
    Q_DECLARE_TR_FUNCTIONS(HistoryErrorText)
public:
    // `historyPath` names the file in the "damaged" sentence.
    static QString text(const Error& error, const QString& historyPath);
};

} // namespace segmenta::ui
