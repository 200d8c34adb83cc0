// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/quality/pii.h"
#include "core/table/table.h"

namespace segmenta {

// Data-quality findings about one column. Names as in `segmenta-cli inspect --json`.
enum class QualityFlag {
    Constant,         // one distinct value (missing values aside)
    AlmostConstant,   // the most frequent value holds >= 95 % of the non-missing values
    IdentifierLike,   // (nearly) every row has its own value: ids, e-mails, order numbers
    MostlyMissing,    // half of the rows or more are missing
    Empty,            // every value is missing
    DuplicateColumn,  // the same values, row by row, as an earlier column
};
const char* toString(QualityFlag flag) noexcept;   // "constant", "almost_constant", "identifier_like", …

struct ValueCount {
    std::string value;   // as a user reads it (Column::displayText)
    std::int64_t count = 0;
};

// Everything the import summary, the Data page and the history need about a column.
// Undefined statistics are NaN (never shown as such: the UI prints "—").
struct ColumnProfile {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::string name;
    ColumnType type = ColumnType::Text;
    std::int64_t rows = 0;
    std::int64_t missing = 0;
    double missingShare = 0;   // missing / rows; 0 for a table without rows
    std::int64_t distinct = 0; // distinct non-missing values (strings compared by a 64-bit hash)

    // Numbers (integer, decimal, boolean as 0/1) and dates (days since 1970) or
    // date-times (seconds since 1970), over the non-missing values.
    // mean and std are NaN for dates; std is the SAMPLE standard deviation
    // (divisor n - 1, as pandas' Series.std), computed in two passes; NaN below two values.
    // median: the middle value, or the mean of the two middle values (as pandas).
    double min = kNaN, max = kNaN, mean = kNaN, median = kNaN, std = kNaN;

    // The most frequent values, count descending; equal counts by value ascending
    // (numbers, dates, categories) or by first appearance (text, identifiers).
    std::vector<ValueCount> top;
    std::int64_t otherCount = 0;   // non-missing values not among `top`

    // Histogram for numbers and dates: edges.size() == binCounts.size() + 1.
    // Integers with a small range get one bin per value (edges at v ± 0.5).
    std::vector<double> edges;
    std::vector<std::int64_t> binCounts;

    PiiKind pii = PiiKind::None;
    double piiShare = 0;   // share of the checked values that look like `pii`

    std::vector<QualityFlag> flags;
    bool has(QualityFlag flag) const noexcept;
};

struct DuplicateColumn {
    std::size_t column = 0;   // index of the later column
    std::size_t sameAs = 0;   // index of the first column with the same values
};

struct TableProfile {
    std::int64_t rows = 0;
    std::vector<ColumnProfile> columns;
    // Rows equal in every column to an earlier row (missing equals missing), as
    // pandas' DataFrame.duplicated().sum().
    std::int64_t duplicateRows = 0;
    std::vector<DuplicateColumn> duplicateColumns;
};

struct ProfileOptions {
    int topValues = 10;
    int histogramBins = 24;
    double almostConstantShare = 0.95;
    double identifierShare = 0.95;    // distinct / non-missing for IdentifierLike (text-like columns)
    double piiShare = 0.5;            // share of checked values needed to call a column personal data
    std::size_t piiSample = 2000;     // values checked per column, spread evenly over the rows
    bool duplicates = true;           // look for duplicated rows and columns
};

// One column on the calling thread.
ColumnProfile profileColumn(const Column& column, const ProfileOptions& options = {});

// Every column (on all cores) plus duplicated rows and columns. Fails only when
// cancelled (ErrorKind::Cancelled).
Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options = {},
                                  const Progress* progress = nullptr);

} // namespace segmenta
