// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/table/table.h"

namespace segmenta {

// How numeric features are put on a common footing before clustering.
//  Standard: (x − mean) / population standard deviation (numpy's std, ddof = 0)
//  Robust:   (x − median) / interquartile range (numpy's linear quantiles)
//  MinMax:   (x − min) / (max − min)
//  None:     unchanged
// A constant column (spread 0) is only centred, never divided by zero.
enum class Scaling { Standard, Robust, MinMax, None };
const char* toString(Scaling s) noexcept;                        // "standard", "robust", "minmax", "none"
bool parseScaling(std::string_view text, Scaling& out) noexcept;

// Why a column is (not) among the default features. Stable codes so the GUI can
// translate; `FeatureChoice::reason` carries the English sentence.
enum class FeatureReason {
    Numeric,              // selected: a number
    FewCategories,        // selected: a category with few levels (one-hot)
    Identifier,           // left out: identifies a row (id, code)
    PersonalData,         // left out: e-mail, phone, name, address…
    Date,                 // left out: a date (can be used as "days since")
    Label,                // left out: the outcome to explain, not to segment on
    Score,                // left out: a model's score
    Ignored,              // left out: the user marked it "ignore"
    TooManyLevels,        // left out: more levels than FeatureOptions::maxLevels
    Constant,             // left out: one value only, says nothing about differences
    AllMissing,           // left out: no values
    Text,                 // left out: free text
};
const char* toString(FeatureReason r) noexcept;   // "numeric", "few_categories", … (JSON)

// One row of the feature checklist: a table column, whether it is used by
// default, why, and whether a log1p transform is suggested.
struct FeatureChoice {
    std::string column;
    ColumnType type = ColumnType::Decimal;
    bool selected = false;
    FeatureReason reasonCode = FeatureReason::Numeric;
    std::string reason;            // English: "identifies each row, so it cannot describe a group"
    std::size_t levels = 0;        // categories: distinct levels
    int maxLevels = 0;             // TooManyLevels: the most levels one-hot takes
    double skewness = 0;           // numbers: sample skewness (biased, as scipy.stats.skew)
    bool suggestLog1p = false;     // positive, skewness > 2 (money, counts)
    std::string log1pReason;       // English: "strongly skewed (skewness 4.2): a few very large values…"
};

// The recommended defaults for every column of the table, in table order.
std::vector<FeatureChoice> suggestFeatures(const Table& table, int maxLevels = 50);

struct FeatureOptions {
    std::vector<std::string> columns;   // features to use; empty = the suggested defaults
    Scaling scaling = Scaling::Standard;
    std::set<std::string> log1p;        // numeric columns to transform with log1p (must be > -1)
    bool applySuggestedLog1p = false;   // also log1p every column suggestFeatures marks
    int maxLevels = 50;                 // one-hot refused above this many levels
    // "Days since" reference for date columns, as days since 1970-01-01; unset =
    // the latest date found in that column (so the most recent row has 0).
    std::optional<std::int64_t> referenceDay;
    // Personal-data columns the user chose on purpose. Any other personal column
    // is refused as a feature: a saved model would keep its values (one-hot levels).
    std::set<std::string> keepPersonal;
};

// How one input column becomes one or more matrix columns. Everything needed to
// re-apply the same preparation to another table (a later month's export).
struct ColumnTransform {
    enum class Kind { Numeric, OneHot, DaysSince };
    std::string column;
    Kind kind = Kind::Numeric;
    ColumnType sourceType = ColumnType::Decimal;
    bool log1p = false;
    // Imputation: the value (after log1p for numbers; days since for dates)
    // filled into missing cells, or the most frequent level for categories.
    double imputeValue = 0;
    std::string imputeLevel;
    std::size_t imputedCount = 0;       // cells filled in the fitted table
    std::vector<std::string> levels;    // OneHot: one matrix column per level, in this order
    double oneHotWeight = 1;            // OneHot: each 0/1 indicator is multiplied by this after scaling
    std::int64_t referenceTime = 0;     // DaysSince: days (Date) or seconds (DateTime) of "now"
    // Per matrix column of this transform: x_scaled = (x − center) / scale (· oneHotWeight).
    std::vector<double> center, scale;
    int firstOutput = 0, outputCount = 1;
};

// What was imputed, for the run panel and the CLI.
struct ImputationNote {
    std::string column;
    std::size_t count = 0;
    std::string filledWith;   // "median 42.5", "most frequent 'DE'"
};

// The parameters of a fitted preparation: apply them to any table with the same columns.
struct FeaturePipeline {
    Scaling scaling = Scaling::Standard;
    std::vector<ColumnTransform> transforms;
    std::vector<std::string> outputNames;   // matrix column names: "revenue", "country=DE"
    std::vector<int> outputTransform;       // index into transforms per matrix column
};

struct PreparedFeatures {
    FeaturePipeline pipeline;
    Eigen::MatrixXd matrix;                 // rows × outputs, scaled, no NaN/inf (column-major)
    std::vector<std::string> columns;       // the input columns used, in order
    std::vector<ImputationNote> imputation; // columns with at least one imputed cell
    std::vector<std::string> notes;         // plain sentences (e.g. "log1p applied to revenue")
};

// Builds the scaled feature matrix (every table row, missing cells imputed).
// Errors (BadInput/NotFound/Usage, one sentence each): unknown column, empty
// selection, a personal-data column not in keepPersonal, a text/identifier column, a category with more than maxLevels levels
// ("'city' has 812 different values; one-hot needs at most 50 — group rare values
// or leave it out"), an all-missing column, infinity in a number, log1p on values ≤ −1,
// a table with no rows. Cancelled when the token is cancelled.
Result<PreparedFeatures> prepareFeatures(const Table& table, const FeatureOptions& options,
                                         const Progress* progress = nullptr);

// What happened when a pipeline was applied to a new table.
struct ApplyReport {
    std::map<std::string, std::map<std::string, std::size_t>> unseenLevels; // column → level → rows
    std::map<std::string, std::size_t> imputed;                             // column → missing cells filled
};

// Applies a fitted pipeline to another table. Missing columns are one NotFound
// error naming all of them; a column of the wrong type is BadInput; categories not
// seen in training get all-zero indicators and are counted in the report.
Result<Eigen::MatrixXd> applyPipeline(const FeaturePipeline& pipeline, const Table& table,
                                      ApplyReport* report = nullptr, const Progress* progress = nullptr);

// Maps a matrix value back to original units for numeric/date columns (undoes
// scaling and log1p). Used for centroids "in original units".
double unscaleValue(const ColumnTransform& t, int outputIndexInTransform, double scaled) noexcept;

} // namespace segmenta
