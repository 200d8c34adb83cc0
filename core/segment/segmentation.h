// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/prep/feature_prep.h"
#include "core/segment/segment_model.h"
#include "core/table/segment_membership.h"
#include "core/table/table.h"

namespace segmenta {

struct SegmentationOptions {
    FeatureOptions features;
    Algorithm algorithm = Algorithm::KMeans;
    int k = 0;                      // 0 = automatic: scan kMin..kMax and recommend one
    int kMin = 2, kMax = 10;
    int nInit = 10;                 // k-means restarts (k-means++), the lowest inertia wins
    int maxIter = 300;
    double tol = 1e-4;              // relative to the mean feature variance, as scikit-learn
    std::uint64_t seed = 0;
    std::size_t silhouetteSampleSize = 10000;   // exact silhouette up to this many rows
    // K-means switches to mini-batch above this many rows (said so in `notes`);
    // 0 = never. Algorithm::MiniBatch forces it.
    std::size_t miniBatchAbove = 5'000'000;
    std::size_t miniBatchSize = 4096;
};

// One k of the automatic scan.
struct KScanRow {
    int k = 0;
    ClusterScores scores;
};

// Why the recommended k was chosen: a stable code for translation plus the
// English sentence.
//  BestSilhouette: the highest silhouette of the scan.
//  HandfulOverTwo: k = 2 had the highest silhouette, but by less than
//    kHandfulTolerance over the best k in 3..6, so that k is recommended (two
//    segments usually just split off one group; the sentence says so).
enum class KReason { Fixed, BestSilhouette, SilhouetteTieSmaller, BestBic, HandfulOverTwo };
constexpr double kHandfulTolerance = 0.1;   // on the silhouette's −1..1 scale

// The numbers behind the recommendation, for a translated sentence.
struct KReasonDetail {
    double score = 0;               // the recommended k's silhouette (its BIC for mixtures)
    int alternativeK = 0;           // HandfulOverTwo: 2
    double alternativeSilhouette = 0;
    double alternativeLargestShare = 0;   // share of the bigger of the two segments
};

// Per feature, per segment, in original units.
struct FeatureProfile {
    std::string feature;            // input column
    bool categorical = false;
    double mean = 0, median = 0;    // numbers/dates ("days since" for dates): segment
    double overallMean = 0, overallMedian = 0;
    double z = 0;                   // (segment mean − overall mean) / overall population sd, scaled-space free
    std::string topLevel;           // categories: most frequent level in the segment
    double topShare = 0, overallTopShare = 0;
};

// One "what makes it different" line.
struct Difference {
    enum class Kind { Numeric, Category };
    enum class Direction { Higher, Lower };
    std::string feature;            // input column
    std::string level;              // categories: the level ("DE")
    Kind kind = Kind::Numeric;
    Direction direction = Direction::Higher;
    double effect = 0;              // numbers: standardised mean difference vs the rest (pooled sd);
                                    // categories: (share in segment − share in the rest) / sqrt(p(1 − p))
                                    // with p the overall share; both rank by |effect|
    double ratio = 0;               // numbers: segment mean / overall mean (NaN if overall mean ≤ 0); categories: lift
    double segmentValue = 0;        // numbers: segment mean; categories: share in the segment
    double overallValue = 0;        // numbers: overall mean; categories: share overall
    double segmentMedian = 0;       // numbers only
    double pValue = 1;              // Welch t-test (numbers) / chi-square 2×2 (categories)
    double pAdjusted = 1;           // Benjamini–Hochberg over every test of every segment
    bool significant = false;       // pAdjusted < 0.05
};

// The word a name part uses ("High spend", "Recent", "Mostly DE"): a stable id
// the GUI maps to a translated string; Feature* ids take the feature's name and
// Level ids the category level.
enum class NameWord {
    HighSpend, LowSpend, BigBaskets, SmallBaskets, Lapsed, Recent, Frequent, Infrequent, Engaged, LessEngaged,
    LongStanding, New, ManyReturns, FewReturns, Older, Younger, DiscountLovers, FewDiscounts,
    HighFeature, LowFeature,        // "High <feature>", "Low <feature>"
    FeatureYes, FeatureNo,          // "<feature>: yes" (yes/no columns)
    MostlyLevel, MoreLevel          // "Mostly <level>" (≥ 50 % of the segment), "More <level>"
};

// The sentence fragment a part uses, with its numbers:
//   SpendTimes        "spends <ratio>× the average customer"
//   SpendMore/Less    "spends <percent> more/less than the average customer"   (percent = |ratio − 1|)
//   FeatureTimes      "<feature> <ratio>× the average"
//   FeatureAbove/Below "<feature> <percent> above/below the average"
//   LastOrderedDaysAgo "last ordered <value> days ago (median)"
//   FeatureDaysAgo    "<feature> <value> days ago (median)"
//   ShareHaveLevel    "<share> have <feature> <level> (vs <overall share> overall)"
//   ShareHaveFeature  "<share> have <feature> (vs <overall share> overall)"        (yes/no columns)
//   FeatureAverages   "<feature> averages <mean> (vs <overall mean> overall)"
enum class Phrase {
    SpendTimes, SpendMore, SpendLess, FeatureTimes, FeatureAbove, FeatureBelow, LastOrderedDaysAgo, FeatureDaysAgo,
    ShareHaveLevel, ShareHaveFeature, FeatureAverages
};

// Structured pieces of the automatic name and sentence so the GUI can translate:
// name = parts' words joined by " · "; sentence = the first two phrases joined by
// "and". Core also renders them in English (`label`, SegmentProfile::name/description).
struct ExplanationPart {
    std::string feature;            // input column
    std::string featureText;        // the column as words: "days since last order"
    std::string level;              // categories
    Difference::Kind kind = Difference::Kind::Numeric;
    Difference::Direction direction = Difference::Direction::Higher;
    NameWord word = NameWord::HighFeature;
    Phrase phrase = Phrase::FeatureAverages;
    double ratio = 0;               // numbers: segment mean / overall mean; categories: lift
    double value = 0;               // segment median (numbers), share (categories, yes/no columns)
    double overallValue = 0;        // overall mean (numbers) or overall share
    double segmentMean = 0;         // numbers: the segment's mean
    bool isDaysSince = false;       // value is "days ago"
    std::string label;              // English name part: "High revenue", "Recent", "Mostly DE"
};

struct SegmentProfile {
    int id = 0;
    std::string name;               // "High revenue · Frequent · Recent"
    std::string description;        // one English sentence
    int nameNumber = 0;             // ≥ 2 when the automatic name repeats another's: "… (2)"
    bool renamed = false;           // `name` was typed by the user: show it as it is
    std::size_t size = 0;
    double share = 0;
    std::vector<double> centroid;   // per input column in original units (NaN for categories)
    std::vector<FeatureProfile> features;     // per input column, in order
    std::vector<Difference> differences;      // ranked by |effect|, most different first
    std::vector<ExplanationPart> parts;       // up to 3
};

// A note on how the segmentation was made, as data so the GUI can say it in the
// user's language (`SegmentationResult::notes` has the English sentence).
enum class RunNoteKind {
    MiniBatch,          // mini-batch k-means was used because the table has `rows` rows
    SilhouetteSample,   // the silhouette was computed on a seeded sample of `rows` rows
};
struct RunNote {
    RunNoteKind kind = RunNoteKind::MiniBatch;
    std::size_t rows = 0;
};

struct SegmentationResult {
    SegmentModel model;
    PreparedFeatures features;               // the scaled matrix the fit used, and its pipeline
    std::vector<std::int32_t> labels;        // per table row
    Eigen::MatrixXd probabilities;           // mixtures: rows × k
    ClusterScores scores;
    std::vector<KScanRow> kScan;             // present when k was automatic
    int k = 0;
    KReason kReason = KReason::Fixed;
    std::string kReasonText;                 // "k = 4 separates the customers best (silhouette 0.41)"
    KReasonDetail kReasonDetail;
    std::vector<SegmentProfile> segments;
    std::vector<std::string> notes;          // e.g. "Mini-batch k-means used: 6,000,000 rows"
    std::vector<RunNote> noteParts;          // the same as data, one per entry of `notes`
};

// Prepares the features, fits (scanning k when options.k == 0), scores,
// profiles and names the segments. Errors: anything prepareFeatures refuses;
// Usage for k < 1, k larger than the number of distinct rows, kMax < kMin;
// Cancelled. Progress is reported in [0, 1] with a stage name.
// The settings the window's Segments page starts from and `segmenta-cli segment`
// uses unless told otherwise, so both give the same segments for the same file:
// the suggested features, log1p on the strongly skewed ones among them, standard
// scaling, k-means, automatic k from 2 to 10, seed 0.
SegmentationOptions recommendedOptions();

Result<SegmentationResult> runSegmentation(const Table& table, const SegmentationOptions& options,
                                           const Progress* progress = nullptr);

// What the rest of the app shares about the segmentation.
SegmentMembership toMembership(const SegmentationResult& result);

// A profile's automatic name as data, as kept with the model (not automatic when renamed).
SegmentNameWords nameWordsOf(const SegmentProfile& profile);

// Renames a segment everywhere in the result (profile and model).
void renameSegment(SegmentationResult& result, int id, const std::string& name);

} // namespace segmenta
