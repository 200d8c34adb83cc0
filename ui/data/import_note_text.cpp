// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/import_note_text.h"

#include <string_view>

#include "ui/data/column_labels.h"

namespace segmenta::ui {

namespace {

constexpr std::string_view kReadAs = "; read as ";
constexpr std::string_view kNotPrefix = "values further down the file are not ";
constexpr std::string_view kDistinctPrefix = "more distinct values than the sample showed; read as ";

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "decimal" → the Data page's word for the type; null when not a type name.
QString typeName(std::string_view text) {
    ColumnType type;
    return parseColumnType(text, type) ? ColumnLabels::type(type) : QString();
}

} // namespace

// Only used after "are not", so a translation may inflect them for that place
// (German: "keine ganzen Zahlen").
QString ImportNoteText::typeWords(const std::string& words) {
    if (words == "whole numbers") return tr("whole numbers");
    if (words == "numbers") return tr("numbers");
    if (words == "yes/no values") return tr("yes/no values");
    if (words == "dates") return tr("dates");
    if (words == "dates with times") return tr("dates with times");
    if (words == "values of this type") return tr("values of this type");
    return {};
}

QString ImportNoteText::part(const std::string& n) {
    if (n == "dates could be day/month or month/day; read as day/month")
        return tr("dates could be day/month or month/day; read as day/month");
    if (n == "dates mix day/month and month/day; read as day/month, the others become missing")
        return tr("dates mix day/month and month/day; read as day/month, the others become missing");
    if (n == "dates mix day/month and month/day; read as month/day, the others become missing")
        return tr("dates mix day/month and month/day; read as month/day, the others become missing");
    if (n == "no values in the sample") return tr("no values in the sample");
    if (n == "digits kept as text: leading zeros or too many digits for a number")
        return tr("digits kept as text: leading zeros or too many digits for a number");
    if (n == "numbers further down the file have decimals; read as decimal")
        return tr("numbers further down the file have decimals; read as decimal");
    if (startsWith(n, kDistinctPrefix)) {
        const QString type = typeName(std::string_view(n).substr(kDistinctPrefix.size()));
        return type.isNull() ? QString() : tr("more distinct values than the sample showed; read as %1").arg(type);
    }
    // "values further down the file are not <words>; read as <type>[; <another note>]"
    if (startsWith(n, kNotPrefix)) {
        const std::size_t readAs = n.find(kReadAs, kNotPrefix.size());
        if (readAs == std::string::npos) return {};
        const QString words = typeWords(n.substr(kNotPrefix.size(), readAs - kNotPrefix.size()));
        const std::size_t typeStart = readAs + kReadAs.size();
        const std::size_t more = n.find("; ", typeStart);
        const QString type = typeName(std::string_view(n).substr(typeStart, more == std::string::npos ? std::string::npos : more - typeStart));
        if (words.isNull() || type.isNull()) return {};
        QString text = tr("values further down the file are not %1; read as %2").arg(words, type);
        if (more == std::string::npos) return text;
        const QString inner = part(n.substr(more + 2));
        return inner.isNull() ? QString() : text + QStringLiteral("; ") + inner;
    }
    return {};
}

QString ImportNoteText::sentence(const std::string& note) {
    const QString text = part(note);
    return text.isNull() ? QString::fromStdString(note) : text;
}

bool ImportNoteText::known(const std::string& note) { return !part(note).isNull(); }

} // namespace segmenta::ui
