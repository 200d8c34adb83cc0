// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the reader lands: keeps every target linking.
#include "core/io/csv_reader.h"

namespace segmenta {

const char* toString(TextEncoding e) noexcept {
    switch (e) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8Bom: return "UTF-8 (BOM)";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    case TextEncoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

bool parseTextEncoding(std::string_view, TextEncoding&) noexcept { return false; }

Result<ImportResult> readCsvFile(const std::string&, const CsvOptions&, const Progress*) {
    return makeError(ErrorKind::Internal, "CSV import is not built yet.");
}

Result<ImportResult> readCsvBytes(std::string_view, const CsvOptions&, const Progress*) {
    return makeError(ErrorKind::Internal, "CSV import is not built yet.");
}

} // namespace segmenta
