// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/prep/feature_prep.h"
#include "core/table/table.h"

namespace segmenta {

// The clustering method.
//  KMeans:    Lloyd with greedy k-means++ (scikit-learn's KMeans, algorithm="lloyd")
//  MiniBatch: mini-batch k-means for very large inputs
//  GmmDiag / GmmFull: Gaussian mixture, diagonal / full covariance, EM from k-means
enum class Algorithm { KMeans, MiniBatch, GmmDiag, GmmFull };
const char* toString(Algorithm a) noexcept;                        // "kmeans", "minibatch", "gmm_diag", "gmm_full"
bool parseAlgorithm(std::string_view text, Algorithm& out) noexcept; // also "gmm" = gmm_full, "mini-batch"
inline bool isMixture(Algorithm a) noexcept { return a == Algorithm::GmmDiag || a == Algorithm::GmmFull; }

// Quality scores of one clustering, all computed on the scaled matrix the fit
// used, with scikit-learn's definitions. NaN when not defined (k = 1, or BIC for
// k-means).
struct ClusterScores {
    double inertia = 0;                // sum of squared distances to the assigned centre
    double silhouette = 0;             // mean silhouette; singletons score 0
    std::size_t silhouetteSampleSize = 0; // 0 = exact on every row, else the seeded sample's size
    double calinskiHarabasz = 0;
    double daviesBouldin = 0;
    double bic = 0;                    // mixtures only (scikit-learn's GaussianMixture.bic)
    double logLikelihood = 0;          // mixtures only: mean log-likelihood per row
};

// A segment's automatic name as data, so a GUI can say it in its language after
// the model was stored (the history keeps only the model and its English names).
// `words` holds NameWord values (core/segment/segmentation.h; that enum only grows
// at its end), `features`/`levels` what Feature*/…Level words name; `number` ≥ 2
// for a repeated name "… (2)". Not automatic: renamed by the user, or a model
// saved before names were kept as data — show `SegmentModel::names` as it is.
struct SegmentNameWords {
    bool automatic = false;
    int number = 0;
    std::vector<int> words;
    std::vector<std::string> features, levels;
};

// Everything needed to put new rows into the segments found: stored by the
// history as JSON and applied to each month's export (batch scoring).
struct SegmentModel {
    static constexpr int kFormatVersion = 1;
    Algorithm algorithm = Algorithm::KMeans;
    FeaturePipeline pipeline;
    Eigen::MatrixXd centroids;                 // k × features, scaled space
    // Mixtures: weights (k), covariances in scaled space: Diag = k × features
    // variances in `variances`; Full = one features × features matrix per segment.
    Eigen::VectorXd weights;
    Eigen::MatrixXd variances;
    std::vector<Eigen::MatrixXd> covariances;
    std::vector<std::string> names;            // one per segment (the user may rename)
    std::vector<std::string> descriptions;     // English sentence per segment
    std::vector<SegmentNameWords> nameWords;   // per segment, or empty (older models)
    std::vector<double> trainingShares;        // share of training rows per segment
    double trainingMeanDistance = 0;           // mean Euclidean distance to the assigned centroid
    std::uint64_t seed = 0;
    ClusterScores scores;
    std::size_t trainingRows = 0;

    int segmentCount() const noexcept { return int(centroids.rows()); }
};

// JSON text (nlohmann) holding the whole model; modelFromJson checks the format
// version and every size and gives BadInput with a sentence when damaged.
std::string modelToJson(const SegmentModel& model);
Result<SegmentModel> modelFromJson(std::string_view json);

// A model applied to a table.
struct SegmentAssignment {
    std::vector<std::int32_t> labels;          // one per table row
    Eigen::MatrixXd probabilities;             // rows × k, mixtures only (else empty)
    std::vector<double> distance;              // Euclidean distance to the assigned centroid, scaled space
    std::vector<double> shares;                // per segment
    double meanDistance = 0;
    ApplyReport report;                        // unseen category levels, imputed cells
    Eigen::MatrixXd features;                  // the scaled matrix (for silhouette etc.)
};

// Errors: NotFound naming every model column the table lacks; BadInput for a
// column of the wrong type; Cancelled.
Result<SegmentAssignment> assignSegments(const SegmentModel& model, const Table& table,
                                         const Progress* progress = nullptr);

} // namespace segmenta
