// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The customer table the model-export tests score in real SQL engines and with
// the PMML evaluator: a seeded generator (core/common/random.h), a model saved
// by `segmenta-cli segment`, and what `segmenta-cli score` makes of every row.
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"
#include "core/common/random.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "core/table/dates.h"

namespace exportfixture {

enum class Kind { Text, Real, Integer, Boolean, Date };
struct ColumnSpec {
    const char* name;
    Kind kind;
};
// In file order; an empty cell is a missing value (NULL in the databases).
inline const std::vector<ColumnSpec> kColumns = {
    {"customer_id", Kind::Text}, {"revenue", Kind::Real},    {"orders", Kind::Integer},   {"last_order", Kind::Date},
    {"channel", Kind::Text},     {"region", Kind::Text},     {"newsletter", Kind::Boolean}, {"satisfaction", Kind::Real}};
inline const char* kFeatures = "revenue,orders,last_order,channel,region,newsletter,satisfaction";

using Row = std::vector<std::string>;

struct Cases {   // what the scored rows are made to contain
    std::size_t missing = 0, unseen = 0, belowLog1p = 0;
};

// `rows` customers from four latent groups. With `hard`: refunds (revenue ≤ −1,
// which log1p cannot take, so score imputes them), and channels and regions
// never seen in training.
inline std::vector<Row> makeRows(std::size_t rows, std::uint64_t seed, bool hard, Cases* cases = nullptr) {
    segmenta::Random rng(seed);
    const auto chance = [&](double p) { return rng.uniform() < p; };
    const auto fmt = [](const char* f, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, f, v);
        return std::string(buf);
    };
    const std::int64_t lastDay = segmenta::daysFromCivil(2025, 6, 30);
    const char* channels[] = {"web", "app", "store", "phone"};
    const char* regions[] = {"north", "south", "east", "west"};
    std::vector<Row> out;
    out.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto g = int(rng.below(4));
        Row r(kColumns.size());
        r[0] = fmt("C%07.0f", double(i + 1));
        r[1] = fmt("%.2f", std::exp(2.5 + 0.8 * g + 0.9 * rng.normal()));
        if (hard && chance(0.005)) r[1] = chance(0.3) ? "-1.00" : fmt("%.2f", -1.5 - 20 * rng.uniform());
        r[2] = std::to_string(std::max<long long>(0, std::llround(2 + 4 * g + 3 * rng.normal())));
        r[3] = segmenta::formatDate(lastDay - std::int64_t(rng.below(std::uint64_t(60 + 200 * g))));
        r[4] = channels[(g + (chance(0.35) ? int(rng.below(4)) : 0)) % 4];
        if (hard && chance(0.02)) r[4] = "tiktok";
        r[5] = regions[rng.below(4)];
        if (hard && chance(0.01)) r[5] = "overseas";
        r[6] = chance(0.2 + 0.15 * g) ? "true" : "false";
        r[7] = fmt("%.3f", 1.5 * rng.normal() + 0.5 * g - 0.7);
        for (std::size_t c = 1; c < r.size(); ++c)
            if (chance(0.02)) r[c].clear();
        if (cases) {
            bool anyMissing = false;
            for (const auto& cell : r) anyMissing |= cell.empty();
            cases->missing += anyMissing;
            cases->unseen += r[4] == "tiktok" || r[5] == "overseas";
            cases->belowLog1p += !r[1].empty() && std::strtod(r[1].c_str(), nullptr) <= -1;
        }
        out.push_back(std::move(r));
    }
    return out;
}

inline void writeCsv(const std::string& path, const std::vector<Row>& rows) {
    std::ofstream f(path, std::ios::binary);
    for (std::size_t c = 0; c < kColumns.size(); ++c) f << (c ? "," : "") << kColumns[c].name;
    f << "\n";
    for (const auto& r : rows) {
        for (std::size_t c = 0; c < r.size(); ++c) f << (c ? "," : "") << r[c];
        f << "\n";
    }
}

struct Run {
    int code;
    std::string out, err;
};

inline Run cli(std::vector<std::string> args) {
    args.insert(args.begin(), "segmenta-cli");
    std::ostringstream out, err;
    const int code = segmenta::cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

// The files, the history and one saved model per algorithm, in a temporary folder.
class Fixture {
public:
    static constexpr std::size_t kScoredRows = 100000;

    bool setUp(const QString& folder) {
        dir_ = folder.toStdString();
        writeCsv(trainPath(), makeRows(4000, 11, false));
        scored_ = makeRows(kScoredRows, 12, true, &cases_);
        writeCsv(scorePath(), scored_);
        return true;
    }

    std::string trainPath() const { return dir_ + "/train.csv"; }
    std::string scorePath() const { return dir_ + "/customers.csv"; }
    std::string db() const { return dir_ + "/history.sqlite"; }
    std::string path(const std::string& name) const { return dir_ + "/" + name; }
    const Cases& cases() const { return cases_; }
    const std::vector<Row>& scoredRows() const { return scored_; }

    // Saves model `name` fitted with `algorithm` (k = 5, log1p on revenue).
    Run saveModel(const std::string& name, const std::string& algorithm) const {
        return cli({"segment", trainPath(), "--features", kFeatures, "--k", "5", "--log1p", "revenue", "--seed", "7",
                    "--algorithm", algorithm, "--db", db(), "--dataset", "customers", "--save-model", name});
    }

    // customer_id → segment name, as `segmenta-cli score --out` writes it.
    // Scored once per model (each run records a scoring in the history).
    std::map<std::string, std::string> score(const std::string& model, std::string& error) const {
        if (const auto it = scoredBy_.find(model); it != scoredBy_.end()) return it->second;
        const std::string out = path("scored_" + model + ".csv");
        const auto r = cli({"score", scorePath(), "--db", db(), "--model", model, "--out", out});
        std::map<std::string, std::string> segments;
        if (r.code != 0) { error = r.err; return segments; }
        auto scored = segmenta::readCsvFile(out);
        if (!scored) { error = scored.error().message; return segments; }
        const auto& t = scored->table;
        const auto* id = t.column("customer_id");
        const auto* seg = t.column("segment");
        if (!id || !seg) { error = "the scored file lacks customer_id or segment"; return segments; }
        for (std::size_t i = 0; i < t.rowCount(); ++i) segments[id->displayText(i)] = seg->displayText(i);
        return scoredBy_[model] = segments;
    }

    // The model's segment names in id order.
    std::vector<std::string> segmentNames(const std::string& model) const {
        auto h = segmenta::History::open(db());
        if (!h) return {};
        auto m = h->model(model);
        return m ? m->segmentNames : std::vector<std::string>{};
    }

    Run exportModel(const std::string& model, const std::vector<std::string>& extra, const std::string& out) const {
        std::vector<std::string> args = {"export-model", "--db", db(), "--model", model, "--out", out};
        args.insert(args.end(), extra.begin(), extra.end());
        return cli(args);
    }

private:
    std::string dir_;
    std::vector<Row> scored_;
    Cases cases_;
    mutable std::map<std::string, std::map<std::string, std::string>> scoredBy_;
};

inline std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

// One row of an engine's result.
struct Assigned {
    int id = -1;
    std::string name;
};

// Compares an engine's assignment with score's on every row; "" when they agree
// everywhere, else how many rows differ and the first few.
inline std::string compare(const std::map<std::string, std::string>& scored, const std::map<std::string, Assigned>& got,
                           const std::vector<std::string>& names) {
    std::size_t wrong = 0;
    std::string examples;
    for (const auto& [key, name] : scored) {
        const auto it = got.find(key);
        const bool ok = it != got.end() && it->second.name == name && it->second.id >= 0 &&
                        std::size_t(it->second.id) < names.size() && names[std::size_t(it->second.id)] == name;
        if (ok) continue;
        if (++wrong <= 5)
            examples += " " + key + ": score '" + name + "', engine " +
                        (it == got.end() ? std::string("no row") : std::to_string(it->second.id) + " '" + it->second.name + "'") + ";";
    }
    if (got.size() != scored.size())
        examples += " engine rows " + std::to_string(got.size()) + " vs scored " + std::to_string(scored.size()) + ";";
    if (!wrong && got.size() == scored.size()) return "";
    return std::to_string(wrong) + " of " + std::to_string(scored.size()) + " rows differ:" + examples;
}

} // namespace exportfixture
