// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/privacy.h"

#include <ostream>

#include "core/quality/personal_data.h"

namespace segmenta::cli {

std::vector<std::string> keptPersonalColumns(const Args& args) {
    if (auto v = args.value(kKeepPersonalOption)) return Args::splitList(*v);
    return {};
}

std::string unknownKeptColumns(const std::vector<std::string>& keep, const Table& table) {
    std::string missing;
    for (const auto& k : keep)
        if (!table.column(k)) missing += (missing.empty() ? "'" : ", '") + k + "'";
    if (missing.empty()) return "";
    return "--keep-personal names " + missing + ", which the file does not have; name columns of the file";
}

std::vector<std::string> leaveOutOfExport(const Table& table, const std::vector<std::string>& keep,
                                          const std::string& command, const std::string& path, std::ostream& err) {
    std::vector<std::string> names;
    std::string listed;
    for (const auto& w : withheldColumns(table, keep)) {
        if (w.reason != WithholdReason::PersonalData) continue;
        names.push_back(w.column);
        listed += (listed.empty() ? "" : ", ") + w.column + " (" + describePiiKind(w.personal.kind) + ")";
    }
    if (!names.empty())
        err << "segmenta-cli " << command << ": note: " << path << " leaves out personal data: " << listed
            << "; to write a column anyway, name it in --keep-personal\n";
    return names;
}

} // namespace segmenta::cli
