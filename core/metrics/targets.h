// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/metrics/binary_metrics.h"
#include "core/table/table.h"

namespace segmenta {

// The distinct values of a column as codes: code per row (−1 missing) and the
// display text of each code. Numbers by value, categories by level, text by string.
struct ValueCodes {
    std::vector<std::int32_t> code;
    std::vector<std::string> names;
};
// Error (BadInput) when the column has more than maxDistinct values.
Result<ValueCodes> codeValues(const Column& column, std::size_t maxDistinct);

// Does this value mean "yes, it happened" (1, true, yes, y, t; ja, wahr; oui, vrai;
// sí, verdadero) or "no" (0, false, no, n, f; nein, falsch; non, faux; falso)?
bool looksPositive(const std::string& value) noexcept;
bool looksNegative(const std::string& value) noexcept;

// A label decoded for the metrics: binary (0/1 per row) or multi-class.
struct LabelTarget {
    bool binary = true;
    std::string positive, negative;       // binary: display values ("" if absent from the data)
    std::vector<std::uint8_t> binaryLabel;   // binary: 1, 0 or kNoLabel
    std::vector<std::string> classes;     // multi-class: names, id = index
    std::vector<std::int32_t> classLabel; // multi-class: id or −1
};

// positive: the user's choice ("" = detect 1/true/yes). allowMulticlass: a label
// with more than two values is accepted (with a prediction and no score).
Result<LabelTarget> decodeLabel(const Table& table, const std::string& column, const std::string& positive,
                                bool allowMulticlass);

// The score column as probabilities (NaN = missing). Errors: not a number
// column, a value outside [0, 1].
Result<std::vector<double>> decodeScore(const Table& table, const std::string& column);

// A prediction column against a binary label: 1/0/kNoLabel per row. Values are
// matched to the label's values, then to 1/true/yes and 0/false/no.
Result<std::vector<std::uint8_t>> decodeBinaryPrediction(const Table& table, const std::string& column,
                                                         const LabelTarget& label);

// A prediction column against a multi-class label: class ids; predicted values
// not among the label's are added to label.classes.
Result<std::vector<std::int32_t>> decodeClassPrediction(const Table& table, const std::string& column,
                                                        LabelTarget& label);

} // namespace segmenta
