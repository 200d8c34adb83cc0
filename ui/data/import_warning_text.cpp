// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/import_warning_text.h"

#include <QLocale>

namespace segmenta::ui {

namespace {

// Per kind: the sentence (%1 = the line) when the GUI speaks another language than English.
constexpr const char* kSentences[][2] = {
    {"ragged_row", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                     "Line %1 has more or fewer values than the table has columns; extra values were "
                                     "ignored and missing ones left empty.")},
    {"invalid_bytes", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                        "Line %1 has characters that could not be read; they were replaced by \xEF\xBF\xBD.")},
    {"type_mismatch", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                        "From line %1: some values do not fit their column's type and were left empty.")},
    {"unclosed_quote", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                         "Line %1 opens a quote that is never closed; the rest of the file was read into one cell.")},
    {"stray_quote", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                      "Line %1 has text right after a closing quote; it was kept as part of the cell.")},
    {"renamed_column", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                         "Line %1: a column had no name, or the same name as another, and was renamed.")},
    {"extra_columns", QT_TRANSLATE_NOOP("segmenta::ui::ImportWarningText",
                                        "Line %1: most rows have more fields than the header names; the extra columns got "
                                        "generated names.")},
};

} // namespace

QString ImportWarningText::sentence(const CsvWarning& w) {
    const QString own = QString::fromStdString(w.message);
    for (const auto& [kind, text] : kSentences) {
        if (w.kind != kind) continue;
        const QString translated = tr(text);
        // No translation installed (English): the reader's sentence says more.
        if (translated == QString::fromUtf8(text)) return own;
        return translated.arg(QLocale().toString(qlonglong(w.line)));
    }
    return own;
}

} // namespace segmenta::ui
