// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/segmentation.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_set>

#include "core/segment/cluster_scores.h"
#include "core/segment/gmm.h"
#include "core/segment/kmeans.h"
#include "core/segment/profiles.h"
#include "core/segment/sub_progress.h"

namespace segmenta {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One fitted clustering of the scan (or the fixed k).
struct Fit {
    int k = 0;
    Eigen::MatrixXd centers;
    std::vector<std::int32_t> labels;
    Eigen::MatrixXd probabilities;
    GmmFit gmm;
    ClusterScores scores;
};

// Distinct rows of the matrix, counting stops at `enough`.
std::size_t distinctRows(const Eigen::MatrixXd& x, std::size_t enough) {
    std::unordered_set<std::string> seen;
    std::string key(std::size_t(x.cols()) * sizeof(double), '\0');
    for (Eigen::Index i = 0; i < x.rows() && seen.size() < enough; ++i) {
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            double v = x(i, j);
            if (v == 0) v = 0;   // −0 == +0
            std::memcpy(key.data() + std::size_t(j) * sizeof(double), &v, sizeof v);
        }
        seen.insert(key);
    }
    return seen.size();
}

std::string fmt(const char* f, double v) {
    char buf[96];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string withThousands(std::size_t n) {
    const std::string digits = std::to_string(n);
    std::string s;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) s.push_back(',');
        s.push_back(digits[i]);
    }
    return s;
}

Result<Fit> fitOne(const Eigen::MatrixXd& x, int k, Algorithm algo, const SegmentationOptions& o, const Progress* progress) {
    Fit f;
    f.k = k;
    const std::uint64_t seed = o.seed + std::uint64_t(k) * 0x9E3779B97F4A7C15ULL;
    if (isMixture(algo)) {
        GmmOptions g;
        g.k = k;
        g.fullCovariance = algo == Algorithm::GmmFull;
        g.seed = seed;
        g.kmeansNInit = std::max(1, o.nInit);
        auto r = fitGmm(x, g, progress);
        if (!r) return r.error();
        f.gmm = std::move(*r);
        f.centers = f.gmm.means;
        f.labels = f.gmm.labels;
        f.probabilities = f.gmm.responsibilities;
        f.scores.bic = f.gmm.bic;
        f.scores.logLikelihood = f.gmm.meanLogLikelihood;
        f.scores.inertia = inertiaOf(x, f.centers, f.labels);
    } else {
        KMeansOptions ko;
        ko.k = k;
        ko.nInit = o.nInit;
        ko.maxIter = o.maxIter;
        ko.tol = o.tol;
        ko.seed = seed;
        auto r = algo == Algorithm::MiniBatch ? miniBatchKMeans(x, ko, o.miniBatchSize, progress) : kmeans(x, ko, progress);
        if (!r) return r.error();
        f.centers = std::move(r->centers);
        f.labels = std::move(r->labels);
        f.scores.inertia = r->inertia;
        f.scores.bic = kNaN;
        f.scores.logLikelihood = kNaN;
    }
    f.scores.calinskiHarabasz = k > 1 ? calinskiHarabaszScore(x, f.labels) : kNaN;
    f.scores.daviesBouldin = k > 1 ? daviesBouldinScore(x, f.labels) : kNaN;
    return f;
}

// Silhouettes of several fits at once on the same (seeded) rows.
void addSilhouettes(const Eigen::MatrixXd& x, std::vector<Fit>& fits, const SegmentationOptions& o, const Progress* p) {
    const auto rows = silhouetteSample(std::size_t(x.rows()), o.silhouetteSampleSize, o.seed);
    std::vector<const std::vector<std::int32_t>*> labelings;
    for (const auto& f : fits) labelings.push_back(&f.labels);
    const auto sil = silhouetteScores(x, labelings, rows, p);
    for (std::size_t i = 0; i < fits.size(); ++i) {
        fits[i].scores.silhouette = fits[i].k > 1 ? sil[i] : kNaN;
        fits[i].scores.silhouetteSampleSize = rows.size();
    }
}

// Kaufman & Rousseeuw's rough bands, said honestly.
const char* separationWords(double sil) {
    return sil >= 0.5    ? "rows are clearly closer to their own segment than to the next one"
           : sil >= 0.25 ? "the segments are reasonably separated"
                         : "the segments overlap, so read them as broad groups";
}

double largestShare(const std::vector<std::int32_t>& labels, int k) {
    std::vector<std::size_t> count(std::size_t(std::max(k, 1)), 0);
    for (auto l : labels) if (l >= 0 && l < k) ++count[std::size_t(l)];
    const std::size_t most = *std::max_element(count.begin(), count.end());
    return labels.empty() ? 0.0 : double(most) / double(labels.size());
}

// Highest silhouette; but when that is k = 2 and some k in 3..6 comes within
// kHandfulTolerance of it, that k: a shop gets little from one group split off
// the rest, and the sentence names the better-separated alternative.
std::size_t recommend(const std::vector<Fit>& fits, Algorithm algo, KReason& reason, std::string& text,
                      KReasonDetail& detail) {
    std::size_t best = 0;
    if (isMixture(algo)) {
        for (std::size_t i = 1; i < fits.size(); ++i)
            if (fits[i].scores.bic < fits[best].scores.bic) best = i;
        reason = KReason::BestBic;
        detail.score = fits[best].scores.bic;
        text = "k = " + std::to_string(fits[best].k) +
               " describes the data best for its size (lowest BIC, " + fmt("%.0f", fits[best].scores.bic) + ")";
        return best;
    }
    for (std::size_t i = 1; i < fits.size(); ++i)
        if (fits[i].scores.silhouette > fits[best].scores.silhouette) best = i;
    reason = KReason::BestSilhouette;
    std::size_t handful = fits.size();
    for (std::size_t i = 0; i < fits.size(); ++i)
        if (fits[i].k >= 3 && fits[i].k <= 6 &&
            (handful == fits.size() || fits[i].scores.silhouette > fits[handful].scores.silhouette))
            handful = i;
    if (fits[best].k == 2 && handful < fits.size() &&
        fits[handful].scores.silhouette >= fits[best].scores.silhouette - kHandfulTolerance) {
        const std::size_t two = best;
        best = handful;
        reason = KReason::HandfulOverTwo;
        detail.alternativeK = 2;
        detail.alternativeSilhouette = fits[two].scores.silhouette;
        detail.alternativeLargestShare = largestShare(fits[two].labels, 2);
    }
    const double sil = fits[best].scores.silhouette;
    detail.score = sil;
    if (reason == KReason::HandfulOverTwo)
        text = "k = " + std::to_string(fits[best].k) + " separates the rows best among 3 to 6 segments (silhouette " +
               fmt("%.2f", sil) + "): " + separationWords(sil) + ". Two segments separate a little better (" +
               fmt("%.2f", detail.alternativeSilhouette) + ") but one of them would hold " +
               fmt("%.0f", 100 * detail.alternativeLargestShare) + "% of the rows";
    else
        text = "k = " + std::to_string(fits[best].k) + " separates the rows best (silhouette " + fmt("%.2f", sil) +
               "): " + separationWords(sil);
    return best;
}

Error cancelledError() { return makeError(ErrorKind::Cancelled, "the segmentation was cancelled"); }

} // namespace

const char* toString(Algorithm a) noexcept {
    switch (a) {
    case Algorithm::KMeans: return "kmeans";
    case Algorithm::MiniBatch: return "minibatch";
    case Algorithm::GmmDiag: return "gmm_diag";
    case Algorithm::GmmFull: return "gmm_full";
    }
    return "kmeans";
}

bool parseAlgorithm(std::string_view t, Algorithm& out) noexcept {
    if (t == "kmeans" || t == "k-means") { out = Algorithm::KMeans; return true; }
    if (t == "minibatch" || t == "mini-batch") { out = Algorithm::MiniBatch; return true; }
    if (t == "gmm" || t == "gmm_full" || t == "gmm-full") { out = Algorithm::GmmFull; return true; }
    if (t == "gmm_diag" || t == "gmm-diag") { out = Algorithm::GmmDiag; return true; }
    return false;
}

SegmentationOptions recommendedOptions() {
    SegmentationOptions o;
    o.features.applySuggestedLog1p = true;
    return o;
}

Result<SegmentationResult> runSegmentation(const Table& table, const SegmentationOptions& o, const Progress* progress) {
    if (o.k < 0) return makeError(ErrorKind::Usage, "the number of segments must be at least 1 (or automatic)");
    if (o.k == 0 && (o.kMin < 2 || o.kMax < o.kMin))
        return makeError(ErrorKind::Usage, "the automatic scan needs 2 <= smallest k <= largest k");
    SegmentationResult res;
    auto prep = prepareFeatures(table, o.features, progress);
    if (!prep) return prep.error();
    res.features = std::move(*prep);
    const Eigen::MatrixXd& x = res.features.matrix;
    const std::size_t n = std::size_t(x.rows());
    const int wanted = o.k > 0 ? o.k : o.kMax;
    const std::size_t distinct = distinctRows(x, std::size_t(wanted));
    if (o.k > 0 && std::size_t(o.k) > distinct)
        return makeError(ErrorKind::Usage, "cannot make " + std::to_string(o.k) + " segments: the chosen features have only " +
                                               std::to_string(distinct) + " different rows; choose a smaller k");
    if (o.k == 0 && distinct < std::size_t(o.kMin))
        return makeError(ErrorKind::BadInput, "the chosen features have only " + std::to_string(distinct) +
                                                  " different row(s), so there is nothing to split; choose other features");
    Algorithm algo = o.algorithm;
    if (algo == Algorithm::KMeans && o.miniBatchAbove > 0 && n > o.miniBatchAbove) {
        algo = Algorithm::MiniBatch;
        res.notes.push_back("Mini-batch k-means used because the table has " + withThousands(n) +
                            " rows (faster, very slightly less exact)");
        res.noteParts.push_back({RunNoteKind::MiniBatch, n});
    }
    std::vector<Fit> fits;
    const int kLo = o.k > 0 ? o.k : o.kMin;
    const int kHi = o.k > 0 ? o.k : std::min<int>(o.kMax, int(distinct));
    for (int k = kLo; k <= kHi; ++k) {
        SubProgress sub(progress, 0.05 + 0.75 * double(k - kLo) / double(kHi - kLo + 1),
                        0.05 + 0.75 * double(k - kLo + 1) / double(kHi - kLo + 1));
        auto f = fitOne(x, k, algo, o, sub.get());
        if (!f) return f.error();
        fits.push_back(std::move(*f));
        report(progress, 0.05 + 0.75 * double(k - kLo + 1) / double(kHi - kLo + 1), "Trying k = " + std::to_string(k));
    }
    SubProgress silProgress(progress, 0.8, 0.92);
    addSilhouettes(x, fits, o, silProgress.get());
    if (cancelled(progress)) return cancelledError();
    std::size_t chosen = 0;
    if (o.k == 0) {
        for (const auto& f : fits) res.kScan.push_back({f.k, f.scores});
        chosen = recommend(fits, algo, res.kReason, res.kReasonText, res.kReasonDetail);
    } else {
        res.kReason = KReason::Fixed;
        res.kReasonText = "k = " + std::to_string(o.k) + " was chosen by you";
    }
    Fit& f = fits[chosen];
    res.k = f.k;
    res.labels = std::move(f.labels);
    res.probabilities = std::move(f.probabilities);
    res.scores = f.scores;
    if (res.scores.silhouetteSampleSize) {
        res.notes.push_back("Silhouette computed on a seeded sample of " + withThousands(res.scores.silhouetteSampleSize) + " rows");
        res.noteParts.push_back({RunNoteKind::SilhouetteSample, res.scores.silhouetteSampleSize});
    }
    report(progress, 0.93, "Describing the segments");
    res.segments = buildProfiles(table, res.features.pipeline, res.labels, res.k);

    SegmentModel& m = res.model;
    m.algorithm = algo;
    m.pipeline = res.features.pipeline;
    m.centroids = f.centers;
    if (isMixture(algo)) { m.weights = f.gmm.weights; m.variances = f.gmm.variances; m.covariances = f.gmm.covariances; }
    m.seed = o.seed;
    m.scores = res.scores;
    m.trainingRows = n;
    double dist = 0;
    for (std::size_t i = 0; i < n; ++i) dist += (x.row(Eigen::Index(i)) - m.centroids.row(res.labels[i])).norm();
    m.trainingMeanDistance = n ? dist / double(n) : 0;
    for (const auto& s : res.segments) {
        m.names.push_back(s.name);
        m.descriptions.push_back(s.description);
        m.nameWords.push_back(nameWordsOf(s));
        m.trainingShares.push_back(s.share);
    }
    report(progress, 1.0, "Done");
    return res;
}

SegmentMembership toMembership(const SegmentationResult& r) {
    SegmentMembership m;
    m.segmentOfRow = r.labels;
    for (const auto& s : r.segments) m.names.push_back(s.name);
    m.featureNames = r.features.pipeline.outputNames;
    m.features = r.features.matrix;
    m.featureRows.resize(r.labels.size());
    std::iota(m.featureRows.begin(), m.featureRows.end(), 0u);
    m.centroids = r.model.centroids;
    return m;
}

SegmentNameWords nameWordsOf(const SegmentProfile& s) {
    SegmentNameWords n;
    n.automatic = !s.renamed;
    n.number = s.nameNumber;
    for (const auto& p : s.parts) {
        n.words.push_back(int(p.word));
        n.features.push_back(p.featureText);
        n.levels.push_back(p.level);
    }
    return n;
}

void renameSegment(SegmentationResult& r, int id, const std::string& name) {
    if (id < 0 || id >= int(r.segments.size())) return;
    r.segments[std::size_t(id)].name = name;
    r.segments[std::size_t(id)].renamed = true;
    if (id < int(r.model.names.size())) r.model.names[std::size_t(id)] = name;
    if (id < int(r.model.nameWords.size())) r.model.nameWords[std::size_t(id)] = SegmentNameWords{};
}

} // namespace segmenta
