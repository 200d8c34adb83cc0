// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/io/csv_reader.h"

namespace segmenta::ui {

// A reader warning in the user's language, from its machine `kind`. In English the
// reader's own sentence is shown (it has the details: counts, column names); in a
// translated language a sentence per kind with the line says what happened and
// what was done, since core gives the details only inside its English sentence.
class ImportWarningText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::ImportWarningText)
public:
    // The whole sentence, with the line where the kind has one.
    static QString sentence(const CsvWarning& warning);
};

} // namespace segmenta::ui
