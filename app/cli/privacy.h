// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli/args.h"
#include "core/table/table.h"

namespace segmenta::cli {

// --keep-personal COLUMN,…: personal-data columns the user keeps on purpose.
// Every command that writes takes it; without it no personal value is written.
inline constexpr const char* kKeepPersonalOption = "keep-personal";
std::vector<std::string> keptPersonalColumns(const Args& args);

// One line naming kept columns the table lacks ("" when all exist).
std::string unknownKeptColumns(const std::vector<std::string>& keep, const Table& table);

// The personal-data columns an export leaves out; when there are any, one note
// on `err` names them and says how to keep one.
std::vector<std::string> leaveOutOfExport(const Table& table, const std::vector<std::string>& keep,
                                          const std::string& command, const std::string& path, std::ostream& err);

} // namespace segmenta::cli
