// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/segment_model.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/segment/gmm.h"
#include "core/segment/kmeans.h"

namespace segmenta {

namespace {

using nlohmann::json;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

json num(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }
double numOf(const json& j) { return j.is_number() ? j.get<double>() : kNaN; }

json matrixJson(const Eigen::MatrixXd& m) {
    json rows = json::array();
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        json r = json::array();
        for (Eigen::Index j = 0; j < m.cols(); ++j) r.push_back(num(m(i, j)));
        rows.push_back(std::move(r));
    }
    return rows;
}

Eigen::MatrixXd matrixOf(const json& j, Eigen::Index cols) {
    Eigen::MatrixXd m(Eigen::Index(j.size()), cols);
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (Eigen::Index(j[i].size()) != cols) throw std::runtime_error("matrix row of the wrong length");
        for (Eigen::Index c = 0; c < cols; ++c) m(Eigen::Index(i), c) = numOf(j[i][std::size_t(c)]);
    }
    return m;
}

const char* kindName(ColumnTransform::Kind k) {
    return k == ColumnTransform::Kind::Numeric ? "numeric" : k == ColumnTransform::Kind::OneHot ? "onehot" : "days_since";
}

ColumnTransform::Kind kindOf(const std::string& s) {
    if (s == "numeric") return ColumnTransform::Kind::Numeric;
    if (s == "onehot") return ColumnTransform::Kind::OneHot;
    if (s == "days_since") return ColumnTransform::Kind::DaysSince;
    throw std::runtime_error("unknown transform kind '" + s + "'");
}

json scoresJson(const ClusterScores& s) {
    return {{"inertia", num(s.inertia)}, {"silhouette", num(s.silhouette)},
            {"silhouette_sample_size", s.silhouetteSampleSize}, {"calinski_harabasz", num(s.calinskiHarabasz)},
            {"davies_bouldin", num(s.daviesBouldin)}, {"bic", num(s.bic)}, {"log_likelihood", num(s.logLikelihood)}};
}

ClusterScores scoresOf(const json& j) {
    ClusterScores s;
    s.inertia = numOf(j.at("inertia"));
    s.silhouette = numOf(j.at("silhouette"));
    s.silhouetteSampleSize = j.at("silhouette_sample_size").get<std::size_t>();
    s.calinskiHarabasz = numOf(j.at("calinski_harabasz"));
    s.daviesBouldin = numOf(j.at("davies_bouldin"));
    s.bic = numOf(j.at("bic"));
    s.logLikelihood = numOf(j.at("log_likelihood"));
    return s;
}

json nameWordsJson(const std::vector<SegmentNameWords>& all) {
    json out = json::array();
    for (const auto& n : all)
        out.push_back({{"automatic", n.automatic}, {"number", n.number}, {"words", n.words},
                       {"features", n.features}, {"levels", n.levels}});
    return out;
}

// Optional (models saved before it existed have none); damaged when present but inconsistent.
std::vector<SegmentNameWords> nameWordsOf(const json& j, std::size_t segments) {
    std::vector<SegmentNameWords> out;
    if (!j.contains("name_words")) return out;
    for (const auto& e : j.at("name_words")) {
        SegmentNameWords n;
        n.automatic = e.at("automatic").get<bool>();
        n.number = e.at("number").get<int>();
        n.words = e.at("words").get<std::vector<int>>();
        n.features = e.at("features").get<std::vector<std::string>>();
        n.levels = e.at("levels").get<std::vector<std::string>>();
        if (n.features.size() != n.words.size() || n.levels.size() != n.words.size())
            throw std::runtime_error("name word sizes disagree");
        out.push_back(std::move(n));
    }
    if (out.size() != segments) throw std::runtime_error("name words for the wrong number of segments");
    return out;
}

} // namespace

std::string modelToJson(const SegmentModel& m) {
    json j;
    j["format"] = "segmenta-segment-model";
    j["version"] = SegmentModel::kFormatVersion;
    j["algorithm"] = toString(m.algorithm);
    j["scaling"] = toString(m.pipeline.scaling);
    json transforms = json::array();
    for (const auto& t : m.pipeline.transforms) {
        json c = {{"column", t.column}, {"kind", kindName(t.kind)}, {"source_type", toString(t.sourceType)},
                  {"log1p", t.log1p}, {"impute_value", num(t.imputeValue)}, {"impute_level", t.imputeLevel},
                  {"imputed_count", t.imputedCount}, {"levels", t.levels}, {"one_hot_weight", num(t.oneHotWeight)},
                  {"reference_time", t.referenceTime}, {"center", t.center}, {"scale", t.scale},
                  {"first_output", t.firstOutput}, {"output_count", t.outputCount}};
        transforms.push_back(std::move(c));
    }
    j["transforms"] = std::move(transforms);
    j["output_names"] = m.pipeline.outputNames;
    j["output_transform"] = m.pipeline.outputTransform;
    j["centroids"] = matrixJson(m.centroids);
    j["weights"] = std::vector<double>(m.weights.data(), m.weights.data() + m.weights.size());
    j["variances"] = matrixJson(m.variances);
    json covs = json::array();
    for (const auto& c : m.covariances) covs.push_back(matrixJson(c));
    j["covariances"] = std::move(covs);
    j["names"] = m.names;
    j["descriptions"] = m.descriptions;
    if (!m.nameWords.empty()) j["name_words"] = nameWordsJson(m.nameWords);
    j["training_shares"] = m.trainingShares;
    j["training_mean_distance"] = num(m.trainingMeanDistance);
    j["seed"] = m.seed;
    j["scores"] = scoresJson(m.scores);
    j["training_rows"] = m.trainingRows;
    return j.dump();
}

Result<SegmentModel> modelFromJson(std::string_view text) {
    try {
        const json j = json::parse(text);
        if (j.value("format", "") != "segmenta-segment-model")
            return makeError(ErrorKind::BadInput, "this is not a Segmenta segment model");
        if (j.at("version").get<int>() > SegmentModel::kFormatVersion)
            return makeError(ErrorKind::BadInput, "this segment model was saved by a newer Segmenta; update the app");
        SegmentModel m;
        if (!parseAlgorithm(j.at("algorithm").get<std::string>(), m.algorithm))
            return makeError(ErrorKind::BadInput, "the segment model names an unknown algorithm");
        if (!parseScaling(j.at("scaling").get<std::string>(), m.pipeline.scaling))
            return makeError(ErrorKind::BadInput, "the segment model names an unknown scaling");
        for (const auto& c : j.at("transforms")) {
            ColumnTransform t;
            t.column = c.at("column").get<std::string>();
            t.kind = kindOf(c.at("kind").get<std::string>());
            if (!parseColumnType(c.at("source_type").get<std::string>(), t.sourceType))
                throw std::runtime_error("unknown column type");
            t.log1p = c.at("log1p").get<bool>();
            t.imputeValue = numOf(c.at("impute_value"));
            t.imputeLevel = c.at("impute_level").get<std::string>();
            t.imputedCount = c.at("imputed_count").get<std::size_t>();
            t.levels = c.at("levels").get<std::vector<std::string>>();
            t.oneHotWeight = numOf(c.at("one_hot_weight"));
            t.referenceTime = c.at("reference_time").get<std::int64_t>();
            t.center = c.at("center").get<std::vector<double>>();
            t.scale = c.at("scale").get<std::vector<double>>();
            t.firstOutput = c.at("first_output").get<int>();
            t.outputCount = c.at("output_count").get<int>();
            if (int(t.center.size()) != t.outputCount || int(t.scale.size()) != t.outputCount)
                throw std::runtime_error("transform sizes disagree");
            m.pipeline.transforms.push_back(std::move(t));
        }
        m.pipeline.outputNames = j.at("output_names").get<std::vector<std::string>>();
        m.pipeline.outputTransform = j.at("output_transform").get<std::vector<int>>();
        const auto d = Eigen::Index(m.pipeline.outputNames.size());
        m.centroids = matrixOf(j.at("centroids"), d);
        const auto w = j.at("weights").get<std::vector<double>>();
        m.weights = Eigen::Map<const Eigen::VectorXd>(w.data(), Eigen::Index(w.size()));
        m.variances = matrixOf(j.at("variances"), j.at("variances").empty() ? 0 : d);
        for (const auto& c : j.at("covariances")) m.covariances.push_back(matrixOf(c, d));
        m.names = j.at("names").get<std::vector<std::string>>();
        m.descriptions = j.at("descriptions").get<std::vector<std::string>>();
        m.nameWords = nameWordsOf(j, m.names.size());
        m.trainingShares = j.at("training_shares").get<std::vector<double>>();
        m.trainingMeanDistance = numOf(j.at("training_mean_distance"));
        m.seed = j.at("seed").get<std::uint64_t>();
        m.scores = scoresOf(j.at("scores"));
        m.trainingRows = j.at("training_rows").get<std::size_t>();
        const auto k = m.centroids.rows();
        int outputs = 0;
        for (const auto& t : m.pipeline.transforms) outputs += t.outputCount;
        const bool mixtureOk = !isMixture(m.algorithm) ||
                               (m.weights.size() == k && m.variances.rows() == k &&
                                (m.algorithm == Algorithm::GmmDiag || Eigen::Index(m.covariances.size()) == k));
        if (k < 1 || outputs != d || Eigen::Index(m.pipeline.outputTransform.size()) != d ||
            Eigen::Index(m.names.size()) != k || !mixtureOk)
            return makeError(ErrorKind::BadInput, "the segment model is damaged (its sizes do not agree)");
        return m;
    } catch (const std::exception& e) {
        return makeError(ErrorKind::BadInput, std::string("the segment model is damaged (") + e.what() + ")");
    }
}

Result<SegmentAssignment> assignSegments(const SegmentModel& model, const Table& table, const Progress* progress) {
    SegmentAssignment a;
    auto x = applyPipeline(model.pipeline, table, &a.report, progress);
    if (!x) return x.error();
    a.features = std::move(*x);
    const std::size_t n = std::size_t(a.features.rows());
    std::vector<double> sq;
    if (isMixture(model.algorithm)) {
        a.probabilities = gmmPredictProba(a.features, model.weights, model.centroids, model.variances, model.covariances,
                                          model.algorithm == Algorithm::GmmFull);
        if (a.probabilities.rows() != Eigen::Index(n))
            return makeError(ErrorKind::BadInput, "the segment model is damaged (a covariance is not positive definite)");
        a.labels.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            Eigen::Index best;
            a.probabilities.row(Eigen::Index(i)).maxCoeff(&best);
            a.labels[i] = std::int32_t(best);
        }
        sq.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            sq[i] = (a.features.row(Eigen::Index(i)) - model.centroids.row(a.labels[i])).squaredNorm();
    } else {
        assignNearest(a.features, model.centroids, a.labels, &sq);
    }
    if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "cancelled");
    a.distance.resize(n);
    a.shares.assign(std::size_t(model.segmentCount()), 0.0);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        a.distance[i] = std::sqrt(sq[i]);
        total += a.distance[i];
        a.shares[std::size_t(a.labels[i])] += 1;
    }
    for (auto& s : a.shares) s = n ? s / double(n) : 0;
    a.meanDistance = n ? total / double(n) : 0;
    return a;
}

} // namespace segmenta
