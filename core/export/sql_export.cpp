// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/sql_export.h"

#include <algorithm>
#include <cctype>

#include "core/export/export_common.h"
#include "core/segment/gmm.h"

namespace segmenta {

namespace {

using Kind = ColumnTransform::Kind;

// Every step of the query carries the key columns forward under their own names
// and adds its own columns under these (so a key column may not take them).
constexpr const char* kSegmentId = "segment_id";
constexpr const char* kSegment = "segment";

std::string featureName(int j) { return "x_" + std::to_string(j + 1); }
std::string scoreName(int c) { return "d_" + std::to_string(c); }

// segment_id, segment, x_1…, d_0…, y_0_1… in any letter case (Spark ignores it).
bool isOwnColumnName(std::string name) {
    for (auto& ch : name) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (name == kSegmentId || name == kSegment) return true;
    const auto digitsFrom = [&](std::size_t i) {
        return i < name.size() && name.find_first_not_of("0123456789_", i) == std::string::npos;
    };
    return (name.starts_with("x_") || name.starts_with("d_") || name.starts_with("y_")) && digitsFrom(2);
}

// User text inside a "--" comment: one line.
std::string commentText(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    return s;
}

class Writer {
public:
    Writer(const SegmentModel& m, const std::vector<std::string>& names, const SqlExportOptions& o)
        : m_(m), names_(names), o_(o), d_(o.dialect) {}

    Result<std::string> write() {
        if (auto ok = checkExportable(m_); !ok) return ok.error();
        if (o_.table.empty()) return makeError(ErrorKind::Usage, "name the table to score (--table)");
        keys_ = o_.keyColumns;
        if (keys_.empty())
            for (const auto& t : m_.pipeline.transforms) keys_.push_back(t.column);
        for (const auto& k : keys_)
            if (isOwnColumnName(k))
                return makeError(ErrorKind::Usage, "the key column '" + k +
                                                       "' has a name the query uses for its own columns; "
                                                       "rename it in a view first");
        header();
        prepared();
        if (isMixture(m_.algorithm)) {
            auto comps = gmmComponents(m_.weights, m_.centroids, m_.variances, m_.covariances,
                                       m_.algorithm == Algorithm::GmmFull);
            if (!comps) return comps.error();
            if (m_.algorithm == Algorithm::GmmFull) whitened(*comps);
            logDensities(*comps);
            assigned(">=");
        } else {
            distances();
            assigned("<=");
        }
        named();
        return out_;
    }

private:
    std::string q(const std::string& name) const { return quoteName(d_, name); }
    std::string num(double v) const { return doubleLiteral(d_, v); }
    std::string keyList(const char* indent) const {
        std::string s;
        for (const auto& k : keys_) s += indent + q(k) + ",\n";
        return s;
    }

    void header() {
        const bool mixture = isMixture(m_.algorithm);
        std::string inputs;
        for (const auto& t : m_.pipeline.transforms) inputs += (inputs.empty() ? "" : ", ") + t.column;
        out_ += "-- Segment model '" + commentText(o_.modelName) + "' from Segmenta (" + toString(m_.algorithm) + ", " +
                std::to_string(m_.segmentCount()) + " segments; inputs " + commentText(inputs) + ").\n";
        out_ += "-- Puts every row of " + commentText(o_.table) + " into its segment as `segmenta-cli score` does:\n"
                "-- missing values (NULL) get the training median or most frequent category, numbers are\n"
                "-- scaled (and log1p'd) as in training, a category not seen in training matches no known one,\n";
        out_ += mixture ? "-- and each row goes to the segment of largest log weight + Gaussian log density (first on ties).\n"
                        : "-- and each row goes to the nearest centre by squared distance (the lowest segment_id on ties).\n";
        out_ += "-- segment_id counts from 0 in the model's order (as `score --json`); segment is its name.\n"
                "-- SQL dialect: " + std::string(toString(d_)) + ".\n";
    }

    // One double per matrix column: the model's preparation of that input.
    void prepared() {
        out_ += "WITH prepared AS (\n  SELECT\n" + keyList("    ");
        std::vector<std::string> cols;
        for (const auto& t : m_.pipeline.transforms)
            for (int j = 0; j < t.outputCount; ++j) {
                std::string line = "    " + featureExpr(t, j) + " AS " + featureName(t.firstOutput + j);
                cols.push_back(line + "   -- " + commentText(m_.pipeline.outputNames[std::size_t(t.firstOutput + j)]));
            }
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const auto cut = cols[i].find("   -- ");
            out_ += cols[i].substr(0, cut) + (i + 1 < cols.size() ? "," : "") + cols[i].substr(cut) + "\n";
        }
        out_ += "  FROM " + q(o_.table) + stepEnd(d_) + "\n)";
    }

    std::string asDouble(const ColumnTransform& t) const {
        const std::string col = q(t.column);
        // Booleans take part as 0/1, as in `score`
        if (t.sourceType == ColumnType::Boolean) return "CAST(CAST(" + col + " AS INTEGER) AS " + doubleType(d_) + ")";
        return "CAST(" + col + " AS " + doubleType(d_) + ")";
    }

    std::string featureExpr(const ColumnTransform& t, int j) const {
        const auto ju = std::size_t(j);
        if (t.kind == Kind::OneHot) {
            // score: (indicator − share) / spread, precomputed for on and off;
            // missing → the most frequent level; unseen → every indicator off
            const double on = (1 - t.center[ju]) / t.scale[ju], off = -t.center[ju] / t.scale[ju];
            const bool modeIsThis = t.levels[ju] == t.imputeLevel;
            return "CASE WHEN " + q(t.column) + " IS NULL THEN " + num(modeIsThis ? on : off) + " WHEN " + q(t.column) +
                   " = " + stringLiteral(d_, t.levels[ju]) + " THEN " + num(on) + " ELSE " + num(off) + " END";
        }
        std::string raw;
        if (t.kind == Kind::DaysSince) {
            raw = "COALESCE(" + daysSince(d_, t, q(t.column)) + ", " + num(t.imputeValue) + ")";
        } else if (t.log1p) {
            // score imputes what log1p cannot take (≤ −1) like a missing value
            const std::string v = asDouble(t);
            raw = "CASE WHEN " + v + " > -1 THEN LN(1 + " + v + ") ELSE " + num(t.imputeValue) + " END";
        } else {
            raw = "COALESCE(" + asDouble(t) + ", " + num(t.imputeValue) + ")";
        }
        return "(" + raw + " - " + num(t.center[0]) + ") / " + num(t.scale[0]);
    }

    // d_c = ‖c‖² − 2·x·c, summed left to right from ‖c‖² as score's kernel does
    // (‖x‖² is the same for every centre, so it cannot change the nearest one).
    void distances() {
        out_ += ",\ndistances AS (\n  SELECT\n" + keyList("    ");
        const auto norms = centreNorms(m_.centroids);
        for (int c = 0; c < m_.segmentCount(); ++c) {
            std::string sum = num(norms[std::size_t(c)]);
            for (Eigen::Index j = 0; j < m_.centroids.cols(); ++j)
                sum = "(" + sum + " + " + featureName(int(j)) + " * " + num(-2 * m_.centroids(c, j)) + ")";
            out_ += "    " + sum + " AS " + scoreName(c) + (c + 1 < m_.segmentCount() ? ",\n" : "\n");
        }
        out_ += "  FROM prepared" + std::string(stepEnd(d_)) + "\n)";
        source_ = "distances";
    }

    // Full covariance: y = (x − mean)·L⁻ᵀ per segment, so the density needs ‖y‖².
    void whitened(const std::vector<GmmComponent>& comps) {
        out_ += ",\nwhitened AS (\n  SELECT\n" + keyList("    ");
        const auto d = m_.centroids.cols();
        std::vector<std::string> cols;
        for (std::size_t c = 0; c < comps.size(); ++c)
            for (Eigen::Index r = 0; r < d; ++r) {
                std::string sum;
                for (Eigen::Index j = 0; j <= r; ++j)
                    sum += (j ? " + " : "") + std::string("(") + featureName(int(j)) + " - " + num(comps[c].mean(j)) +
                           ") * " + num(comps[c].invChol(r, j));
                cols.push_back("    " + sum + " AS y_" + std::to_string(c) + "_" + std::to_string(r + 1));
            }
        for (std::size_t i = 0; i < cols.size(); ++i) out_ += cols[i] + (i + 1 < cols.size() ? ",\n" : "\n");
        out_ += "  FROM prepared" + std::string(stepEnd(d_)) + "\n)";
    }

    // Log weight + log density per segment.
    void logDensities(const std::vector<GmmComponent>& comps) {
        const bool full = m_.algorithm == Algorithm::GmmFull;
        out_ += ",\ndensities AS (\n  SELECT\n" + keyList("    ");
        const auto d = m_.centroids.cols();
        for (std::size_t c = 0; c < comps.size(); ++c) {
            std::string maha;
            for (Eigen::Index j = 0; j < d; ++j) {
                std::string term;
                if (full) {
                    const std::string y = "y_" + std::to_string(c) + "_" + std::to_string(j + 1);
                    term = y + " * " + y;
                } else {
                    const std::string diff = "(" + featureName(int(j)) + " - " + num(comps[c].mean(j)) + ")";
                    term = diff + " * " + diff + " * " + num(comps[c].invVar(j));
                }
                maha += (j ? " + " : "") + term;
            }
            out_ += "    " + num(comps[c].logNorm) + " - " + num(0.5) + " * (" + maha + ") AS " + scoreName(int(c)) +
                    (c + 1 < comps.size() ? ",\n" : "\n");
        }
        out_ += std::string("  FROM ") + (full ? "whitened" : "prepared") + stepEnd(d_) + "\n)";
        source_ = "densities";
    }

    // The first segment whose score is at least as good as every later one's:
    // the best, and the lowest id among equals.
    void assigned(const char* better) {
        out_ += ",\nassigned AS (\n  SELECT\n" + keyList("    ");
        const int k = m_.segmentCount();
        if (k == 1) {
            out_ += std::string("    0 AS ") + kSegmentId + "\n  FROM " + source_ + stepEnd(d_) + "\n)\n";
            return;
        }
        out_ += "    CASE";
        for (int c = 0; c + 1 < k; ++c) {
            out_ += "\n      WHEN ";
            for (int o = c + 1; o < k; ++o)
                out_ += (o > c + 1 ? " AND " : "") + scoreName(c) + " " + better + " " + scoreName(o);
            out_ += " THEN " + std::to_string(c);
        }
        out_ += "\n      ELSE " + std::to_string(k - 1) + " END AS " + kSegmentId + "\n";
        out_ += "  FROM " + source_ + stepEnd(d_) + "\n)\n";
    }

    void named() {
        out_ += "SELECT\n" + keyList("  ") + "  " + kSegmentId + ",\n  CASE " + kSegmentId;
        for (int c = 0; c < m_.segmentCount(); ++c) {
            const std::string name = std::size_t(c) < names_.size() ? names_[std::size_t(c)] : "Segment " + std::to_string(c + 1);
            out_ += "\n    WHEN " + std::to_string(c) + " THEN " + stringLiteral(d_, name);
        }
        out_ += "\n  END AS " + std::string(kSegment) + "\nFROM assigned;\n";
    }

    const SegmentModel& m_;
    const std::vector<std::string>& names_;
    const SqlExportOptions& o_;
    SqlDialect d_;
    std::vector<std::string> keys_;
    std::string source_;
    std::string out_;
};

} // namespace

Result<std::string> exportSql(const SegmentModel& model, const std::vector<std::string>& segmentNames,
                              const SqlExportOptions& options) {
    return Writer(model, segmentNames, options).write();
}

} // namespace segmenta
