// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli inspect FILE [--delimiter C] [--encoding NAME] [--no-header] [--preview N] [--json]
// Reads a CSV with the real importer, profiles every column and prints the
// dialect, counts, per-column profile and warnings (text, or one JSON object).
#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/import_check.h"
#include "app/cli/messages.h"
#include "core/io/csv_reader.h"
#include "core/quality/profile.h"

namespace segmenta::cli {

namespace {

using Json = nlohmann::ordered_json;

Json numberOrNull(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }

// "," ";" "|" or a name: tab, comma, semicolon, pipe, space (and "\t" typed literally).
bool parseDelimiter(const std::string& text, char& out) {
    if (text.size() == 1) { out = text[0]; return out != '"' && out != '\n' && out != '\r'; }
    if (text == "\\t" || text == "tab" || text == "TAB") { out = '\t'; return true; }
    if (text == "comma") { out = ','; return true; }
    if (text == "semicolon") { out = ';'; return true; }
    if (text == "pipe") { out = '|'; return true; }
    if (text == "space") { out = ' '; return true; }
    return false;
}

std::string charText(char c) {
    if (c == '\t') return "\t";
    if (c == 0) return "";
    return std::string(1, c);
}

std::string charLabel(char c) {
    if (c == '\t') return "TAB";
    if (c == ' ') return "space";
    if (c == 0) return "none";
    return std::string("'") + c + "'";
}

Json columnJson(const ColumnProfile& p, const ColumnImportInfo* info) {
    Json flags = Json::array();
    for (auto f : p.flags) flags.push_back(toString(f));
    Json top = Json::array();
    for (const auto& v : p.top) top.push_back({{"value", v.value}, {"count", v.count}});
    Json c = {{"name", p.name},
              {"type", toString(p.type)},
              {"missing", p.missing},
              {"distinct", p.distinct},
              {"pii", p.pii == PiiKind::None ? Json(nullptr) : Json(toString(p.pii))},
              {"flags", flags},
              {"missing_share", p.missingShare}};
    if (info) {
        c["type_confidence"] = info->confidence;
        c["invalid"] = info->invalidCount;
        c["invalid_examples"] = info->invalidExamples;
        if (!info->note.empty()) c["note"] = info->note;
    }
    if (isNumeric(p.type) || isTemporal(p.type)) {
        c["min"] = numberOrNull(p.min);
        c["max"] = numberOrNull(p.max);
        c["mean"] = numberOrNull(p.mean);
        c["median"] = numberOrNull(p.median);
        c["std"] = numberOrNull(p.std);   // sample standard deviation (n − 1), as pandas
    }
    c["top"] = top;
    return c;
}

Json reportJson(const ImportResult& imported, const TableProfile& profile) {
    const ImportReport& r = imported.report;
    Json columns = Json::array();
    for (std::size_t j = 0; j < profile.columns.size(); ++j)
        columns.push_back(columnJson(profile.columns[j], j < r.columns.size() ? &r.columns[j] : nullptr));
    Json warnings = Json::array();
    for (const auto& w : r.warnings) warnings.push_back({{"line", w.line}, {"kind", w.kind}, {"message", w.message}});
    Json duplicates = Json::array();
    for (const auto& d : profile.duplicateColumns)
        duplicates.push_back({{"column", profile.columns[d.column].name}, {"same_as", profile.columns[d.sameAs].name}});
    const CsvDialect& d = r.dialect;
    return Json{{"rows", r.rowsLoaded},
                {"rows_with_problems", r.rowsWithProblems},
                {"rows_lost", r.rowsLost},
                {"dialect", {{"delimiter", charText(d.delimiter)}, {"encoding", toString(d.encoding)},
                             {"header", d.header}, {"decimal", charText(d.decimal)},
                             {"thousands", d.thousands ? Json(charText(d.thousands)) : Json(nullptr)}}},
                {"columns", columns},
                {"warnings", warnings},
                {"preview", r.preview},
                {"rows_read", r.rowsRead},
                {"warning_count", r.warningCount},
                {"duplicate_rows", profile.duplicateRows},
                {"duplicate_columns", duplicates}};
}

std::string formatNumber(double v) {
    if (!std::isfinite(v)) return "—";
    std::ostringstream s;
    s << std::setprecision(6) << v;
    return s.str();
}

std::string summaryText(const ColumnProfile& p) {
    std::ostringstream s;
    if (isNumeric(p.type) && p.type != ColumnType::Boolean && std::isfinite(p.min)) {
        s << "min " << formatNumber(p.min) << ", median " << formatNumber(p.median) << ", mean " << formatNumber(p.mean)
          << ", max " << formatNumber(p.max) << ", std " << formatNumber(p.std);
    } else {
        for (std::size_t k = 0; k < p.top.size() && k < 3; ++k)
            s << (k ? ", " : "") << p.top[k].value << " (" << p.top[k].count << ")";
        if (p.top.size() > 3 || p.otherCount > 0) s << ", …";
    }
    if (p.pii != PiiKind::None) s << "  [personal data: " << toString(p.pii) << "]";
    for (auto f : p.flags) s << "  [" << toString(f) << "]";
    return s.str();
}

void printText(const std::string& file, const ImportResult& imported, const TableProfile& profile, std::ostream& out) {
    const ImportReport& r = imported.report;
    const CsvDialect& d = r.dialect;
    out << "File: " << file << "\n"
        << "Dialect: delimiter " << charLabel(d.delimiter) << ", encoding " << toString(d.encoding) << ", header "
        << (d.header ? "yes" : "no") << ", decimal " << charLabel(d.decimal) << ", thousands " << charLabel(d.thousands)
        << "\n"
        << "Rows: " << r.rowsLoaded << " loaded (" << r.rowsRead << " read, " << r.rowsWithProblems
        << " with problems" << (r.rowsLost > 0 ? ", about " + std::to_string(r.rowsLost) + " lost to broken quotes" : "")
        << "); columns: " << profile.columns.size() << "; duplicated rows: " << profile.duplicateRows
        << "\n\n";
    std::size_t width = 6;
    for (const auto& p : profile.columns) width = std::max(width, p.name.size());
    width = std::min<std::size_t>(width, 32);
    out << std::left << std::setw(int(width)) << "Column" << "  " << std::setw(10) << "Type" << "  " << std::setw(16)
        << "Missing" << "  " << std::setw(9) << "Distinct" << "  Summary\n";
    for (const auto& p : profile.columns) {
        std::ostringstream missing;
        missing << p.missing << " (" << std::fixed << std::setprecision(1) << 100.0 * p.missingShare << "%)";
        out << std::left << std::setw(int(width)) << p.name << "  " << std::setw(10) << toString(p.type) << "  "
            << std::setw(16) << missing.str() << "  " << std::setw(9) << p.distinct << "  " << summaryText(p) << "\n";
    }
    for (const auto& dup : profile.duplicateColumns)
        out << "Column " << profile.columns[dup.column].name << " repeats column " << profile.columns[dup.sameAs].name
            << ".\n";
    if (r.warningCount > 0) {
        out << "\nWarnings (" << r.warningCount << (r.warningCount > std::int64_t(r.warnings.size()) ? ", first listed" : "")
            << "):\n";
        for (const auto& w : r.warnings) out << "  line " << w.line << ": " << w.kind << ": " << w.message << "\n";
    }
    if (!r.preview.empty()) {
        out << "\nPreview (first " << r.preview.size() << " rows as parsed):\n";
        for (const auto& row : r.preview) {
            out << " ";
            for (std::size_t k = 0; k < row.size(); ++k) out << (k ? " | " : " ") << row[k];
            out << "\n";
        }
    }
}

} // namespace

int runInspect(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"delimiter", "encoding", "preview", "max-loss"}, {"no-header", "json", "accept-loss"}))
        return refuse(err, "inspect", args.error());
    if (args.positionals().size() != 1)
        return refuse(err, "inspect", "give exactly one CSV file (inspect FILE [--delimiter C] [--encoding NAME] "
                                      "[--no-header] [--preview N] [--json])");
    CsvOptions options;
    if (const auto d = args.value("delimiter")) {
        char c = 0;
        if (!parseDelimiter(*d, c))
            return refuse(err, "inspect", "--delimiter must be one character such as , ; | or the word tab (got '" + *d + "')");
        options.delimiter = c;
    }
    if (const auto e = args.value("encoding")) {
        TextEncoding enc;
        if (!parseTextEncoding(*e, enc))
            return refuse(err, "inspect", "unknown encoding '" + *e + "' (use UTF-8, UTF-16LE, UTF-16BE or Windows-1252)");
        options.encoding = enc;
    }
    if (args.flag("no-header")) options.header = false;
    long long preview = 0;
    ImportLimits limits;
    std::string error;
    if (!args.intValue("preview", preview, 0, 1000000)) return refuse(err, "inspect", args.error());
    if (!readImportLimits(args, limits, error)) return refuse(err, "inspect", error);
    options.previewRows = std::size_t(preview);

    const std::string& file = args.positionals().front();
    auto imported = readCsvFile(file, options);
    if (!imported) return refuse(err, "inspect", imported.error().message);
    if (!checkImport(imported->report, file, limits, "inspect", err)) return kExitBadInput;
    auto profile = profileTable(imported->table);
    if (!profile) return refuse(err, "inspect", profile.error().message);
    if (args.flag("json")) {
        // Replace invalid UTF-8 rather than throw: the reader reports such bytes as warnings.
        out << reportJson(*imported, *profile).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        printText(file, *imported, *profile, out);
    }
    return kExitOk;
}

} // namespace segmenta::cli
