// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>

#include "core/io/csv_reader.h"

namespace segmenta::ui {

// A column's import note (ColumnImportInfo::note, e.g. "dates could be day/month or
// month/day; read as day/month") in the user's language. The reader gives the note
// only as an English sentence from a small fixed set (core/io/type_inference.cpp,
// csv_reader.cpp), with a column type or type words filled in; this recognises
// those sentences and says them with tr(), the type in the Data page's own words.
// A note this build does not know is shown as the reader wrote it.
class ImportNoteText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::ImportNoteText)
public:
    static QString sentence(const std::string& note);
    // Whether `note` is one of the known sentences (the test checks core's literals).
    static bool known(const std::string& note);

private:
    static QString part(const std::string& note);   // null when unknown
    static QString typeWords(const std::string& words);
};

} // namespace segmenta::ui
