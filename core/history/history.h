// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/drift/column_summary.h"
#include "core/drift/drift.h"
#include "core/table/table.h"

struct sqlite3;

namespace segmenta {

struct SegmentModel;   // core/segment; stored as its JSON

// The local history (issue 5): one SQLite file with datasets, snapshots (file
// facts + per-column summaries, never raw values of identifier/personal columns),
// segmentation models, scorings, drift results and an audit log.
// Versioned schema (PRAGMA user_version, forward migrations), WAL, one transaction
// per recorded snapshot or run, a busy timeout, an integrity check at open.
// A History is one connection: use it from one thread at a time (the GUI opens its
// own on its worker; a CLI job may write at the same time).

inline constexpr int kHistorySchemaVersion = 3;

enum class SnapshotStatus { Ok, Warning, Drift };
const char* toString(SnapshotStatus status) noexcept;   // "ok", "warning", "drift"

struct DatasetInfo {
    std::int64_t id = 0;
    std::string name;
    std::string createdAt;      // ISO 8601 UTC
    int snapshotCount = 0;
    int modelCount = 0;
};

struct SnapshotInfo {
    std::int64_t id = 0;
    std::int64_t datasetId = 0;
    std::string label;          // "2026-03", "2026-W14", "2026-Q2" or the as-of date
    std::string asOf;           // ISO date "2026-03-31"
    std::string fileName;       // source file name (no folder)
    std::int64_t fileSize = 0;
    std::string sha256;         // of the whole source file, hex
    std::string importedAt;     // ISO 8601 UTC
    std::int64_t rows = 0;
    int columns = 0;
    // Status against the snapshot's reference (the training snapshot of the
    // dataset's latest model when there is one, else the previous snapshot).
    SnapshotStatus status = SnapshotStatus::Ok;
    std::vector<std::string> reasons;   // in words, strongest first; empty when OK
    std::vector<DriftReasonLine> reasonLines;   // the same as data, one per entry of `reasons`
    bool resegmentSuggested = false;
    std::optional<std::int64_t> referenceId;
    double driftShare = 0;
};

struct ModelInfo {
    std::int64_t id = 0;
    std::int64_t datasetId = 0;
    std::string name;
    int version = 1;                      // saving a name again adds a version; the latest is used
    std::string algorithm;                // as in the model JSON ("kmeans", "gmm")
    int segmentCount = 0;
    std::vector<std::string> segmentNames;
    std::vector<std::string> features;
    std::int64_t trainedOnSnapshotId = 0;
    std::string createdAt;
    std::string appVersion;
    std::string json;                     // the SegmentModel as serialised by core/segment
};

// Per-dataset thresholds for the alerts (stored; defaults below).
struct AlertThresholds {
    DriftThresholds drift;
    double segmentSharePsi = 0.2;        // segment shares PSI at or above → re-segmenting suggested
    double segmentShareP = 0.01;         // … or segment shares chi-square p below (with ≤1000 rows)
    double qualityDecay = 0.2;           // mean distance to centroid up by this fraction → suggested
    double warningDriftShare = 0.0;      // any drifted column → Warning; dataset drift → Drift
};

struct ScoringInfo {
    std::int64_t id = 0;
    std::int64_t modelId = 0;
    std::int64_t snapshotId = 0;
    std::string asOf;
    std::string label;
    std::vector<std::int64_t> counts;     // rows per segment (model's segment order)
    std::vector<double> shares;           // counts / assigned rows
    std::int64_t unassigned = 0;          // rows that could not be scored (missing features)
    double meanDistance = 0;              // mean distance to own centroid (scaled space)
    std::optional<double> silhouette;     // sampled silhouette
    std::optional<std::string> labelColumn;
    std::vector<std::optional<double>> outcomeRates;   // per segment, when a label exists
    // Against the model's training scoring:
    std::optional<double> sharePsi, shareChi2P;
    std::optional<double> qualityDecay;   // meanDistance / training meanDistance − 1
    bool resegmentSuggested = false;
    std::vector<std::string> unseenCategories;   // "Channel: TikTok (312 rows)"
};

// Per-column drift of every snapshot against its reference, for the heatmap.
enum class ReferenceMode { Training, Previous, First };
struct DriftMatrix {
    std::vector<std::string> columns;            // rows of the heatmap (compared columns)
    std::vector<SnapshotInfo> snapshots;         // in as-of order
    std::vector<std::optional<std::int64_t>> referenceIds;   // per snapshot (nullopt: is the reference)
    // cells[s][c]: drift of column c in snapshot s against its reference; nullopt
    // when the column is missing in either or the snapshot is its own reference.
    std::vector<std::vector<std::optional<ColumnDrift>>> cells;
    std::vector<std::optional<DatasetDrift>> datasetDrift;  // per snapshot
};

struct SharesOverTime {            // stacked chart of segment shares
    std::vector<std::string> segmentNames;
    std::vector<std::int64_t> snapshotIds;
    std::vector<std::string> labels;
    std::vector<std::vector<double>> shares;     // [snapshot][segment]
};
struct QualityOverTime {
    std::vector<std::int64_t> snapshotIds;
    std::vector<std::string> labels;
    std::vector<double> meanDistance;
    std::vector<std::optional<double>> silhouette;
    std::vector<std::optional<double>> decay;    // against training
};
struct OutcomeOverTime {           // empty segmentNames when no label exists
    std::string labelColumn;
    std::vector<std::string> segmentNames;
    std::vector<std::int64_t> snapshotIds;
    std::vector<std::string> labels;
    std::vector<std::vector<std::optional<double>>> rates;   // [snapshot][segment]
};

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;        // ISO 8601 UTC
    std::string action;    // "record", "save_model", "score", "migrate", "thresholds"
    std::optional<std::int64_t> datasetId;
    std::string detail;    // one sentence
};

// Where a snapshot came from.
struct SnapshotSource {
    std::string fileName;
    std::int64_t fileSize = 0;
    std::string sha256;
};
// Size and SHA-256 of a file (Error NotFound/Io; Cancelled when progress is cancelled).
// Reads the file; when it is being imported anyway, ImportFingerprint
// (core/history/fingerprint.h) hashes the import's own bytes instead.
Result<SnapshotSource> describeFile(const std::string& path, const Progress* progress = nullptr);
// The same for a file's bytes already in memory (`path` gives the name).
SnapshotSource describeBytes(const std::string& path, std::string_view bytes);
// The as-of date a table speaks for when none is given: the latest date of its
// Date-role column, else of any date column; "" without dates.
std::string defaultAsOf(const Table& table, const std::vector<std::uint32_t>* rows = nullptr);

enum class SplitPeriod { Month, Week, Quarter };
bool parseSplitPeriod(const std::string& text, SplitPeriod& out) noexcept;   // "month", "week", "quarter"

struct RecordOptions {
    std::string asOf;                          // ISO date; empty = from a Date column's max, else today
    std::string label;                         // empty = derived from asOf ("2026-03-31")
    std::vector<std::string> withheldColumns;  // never stored, besides what core/quality/personal_data.h withholds
    std::vector<std::string> keepColumns;      // personal columns the user keeps on purpose: stored as any other
};

struct ScoreOptions {
    std::string asOf;
    std::string label;
    std::string labelColumn;     // empty = the column with role Label, if any
    std::int64_t silhouetteSample = 2000;
    std::uint64_t seed = 42;
    std::vector<std::string> keepColumns;   // personal columns the user keeps on purpose (see RecordOptions)
};
struct ScoreResult {
    SnapshotInfo snapshot;
    ScoringInfo scoring;
    std::vector<std::int32_t> segmentOfRow;          // −1 = not scored
    std::vector<std::vector<double>> probabilities;  // mixtures only: [row][segment]
    std::vector<std::string> segmentNames;
    std::optional<DatasetDrift> driftVsTraining;
};

class History {
public:
    struct OpenOptions {
        bool readOnly = false;     // GUI browsing; never creates or migrates
        int busyTimeoutMs = 5000;
        bool create = true;        // create the file when missing (ignored when readOnly)
    };

    // Opens (creating/migrating as needed). Only plain file paths: "", ":memory:"
    // and "file:" URIs give Error(Usage). A new history is set up complete under a
    // name of its own and linked into place, so concurrent first writers share one
    // file and a failed creation leaves nothing; an older format is upgraded under
    // SQLite's exclusive lock. A damaged or non-SQLite file gives Error(Damaged)
    // suggesting freshPathBeside(path); an SQLite file of another program (and,
    // for reading, an empty file) gives Error(BadInput); such files are never
    // modified. A newer schema than this build knows gives Error(BadInput).
    // Reading never creates, migrates or writes. A history whose file or folder
    // cannot be written opens read-only (readOnly(), readOnlyReason()); writing to
    // it gives Error(Io) saying why.
    static Result<History> open(const std::string& path, const OpenOptions& options);
    static Result<History> open(const std::string& path) { return open(path, OpenOptions{}); }
    // Error(Usage) for a path that is not a plain file path ("", ":memory:",
    // "file:…"); what open() refuses first, for checking before long work.
    static std::optional<Error> refusePath(const std::string& path);
    // A path next to `path` that does not exist yet: "history.fresh-2.sqlite".
    static std::string freshPathBeside(const std::string& path);

    History(History&&) noexcept;
    History& operator=(History&&) noexcept;
    ~History();

    int schemaVersion() const;
    bool readOnly() const;                        // opened for reading, asked or because of the place
    const std::string& readOnlyReason() const;    // "its folder is read-only", or "" when writable
    const std::string& path() const;

    // --- reading (what the Drift page shows) ---
    Result<std::vector<DatasetInfo>> datasets();
    Result<DatasetInfo> dataset(const std::string& name);   // Error(NotFound) names it
    Result<std::vector<SnapshotInfo>> snapshots(std::int64_t datasetId);   // as-of order
    Result<SnapshotInfo> snapshot(std::int64_t snapshotId);
    Result<std::vector<ColumnSummary>> summaries(std::int64_t snapshotId);
    // Drift between any two snapshots, from their summaries, with the dataset's thresholds.
    Result<DatasetDrift> drift(std::int64_t referenceSnapshotId, std::int64_t currentSnapshotId,
                               SummaryPValues pValues = SummaryPValues::All);
    // modelId is used for ReferenceMode::Training (0 = the dataset's latest model).
    // pValues = OnlyForVerdict skips KS p-values the verdicts do not use (the GUI's overview).
    // onlySnapshot ≠ 0 judges that snapshot alone (the others come back without
    // drift and status): what recording one month needs, without the whole history.
    Result<DriftMatrix> driftMatrix(std::int64_t datasetId, ReferenceMode mode, std::int64_t modelId = 0,
                                    SummaryPValues pValues = SummaryPValues::All, std::int64_t onlySnapshot = 0);
    Result<std::vector<ModelInfo>> models(std::int64_t datasetId);   // latest version of each name
    Result<ModelInfo> model(const std::string& name, std::int64_t datasetId = 0);   // 0 = any dataset
    Result<std::vector<ScoringInfo>> scorings(std::int64_t modelId);  // as-of order
    Result<SharesOverTime> segmentShares(std::int64_t modelId);
    Result<QualityOverTime> quality(std::int64_t modelId);
    Result<OutcomeOverTime> outcomeRates(std::int64_t modelId);
    Result<std::vector<AuditEntry>> audit(std::int64_t datasetId = 0);   // 0 = all
    Result<AlertThresholds> thresholds(std::int64_t datasetId);
    Result<bool> setThresholds(std::int64_t datasetId, const AlertThresholds& thresholds);

    // --- writing (each one transaction; Error(Busy) after the timeout) ---
    Result<std::int64_t> ensureDataset(const std::string& name);
    Result<SnapshotInfo> recordSnapshot(const std::string& dataset, const Table& table,
                                        const SnapshotSource& source, const RecordOptions& options = {},
                                        const std::vector<std::uint32_t>* rows = nullptr);
    // One snapshot per month/week/quarter of a Date/DateTime column, oldest first,
    // all in one transaction.
    Result<std::vector<SnapshotInfo>> recordSplit(const std::string& dataset, const Table& table,
                                                  const SnapshotSource& source, const std::string& dateColumn,
                                                  SplitPeriod period, const RecordOptions& options = {},
                                                  const Progress* progress = nullptr);
    Result<ModelInfo> saveModel(const std::string& dataset, const std::string& name, const SegmentModel& model,
                                std::int64_t trainedOnSnapshotId);
    // Records the model's own scoring of its training snapshot (the baseline for
    // share drift and quality decay). saveModel does this when given the table.
    Result<ScoringInfo> recordTrainingScoring(std::int64_t modelId, const Table& trainingTable);
    // Applies a saved model to a new table: records a snapshot and a scoring, drift
    // against the training snapshot, alerts. Error(BadInput) names missing columns.
    Result<ScoreResult> score(const std::string& modelName, const Table& table, const SnapshotSource& source,
                              const ScoreOptions& options = {}, std::int64_t datasetId = 0);

    sqlite3* handle() const;   // for tests

private:
    struct Impl;
    explicit History(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

// What `segmenta-cli segment … --db --dataset --save-model` calls:
// saves `model` under `name` for `dataset`, trained on snapshot `trainedOnSnapshot`
// (an id from recordSnapshot; 0 = the dataset's latest snapshot), and records its
// training scoring when `trainingTable` is given.
Result<ModelInfo> saveModel(History& db, const std::string& dataset, const std::string& name,
                            const SegmentModel& model, std::int64_t trainedOnSnapshot,
                            const Table* trainingTable = nullptr);

// `segment --save-model` in one transaction: records `trainingTable` as a
// snapshot of `dataset` (created when new), saves `model` trained on it and its
// training scoring. Names and the model's fit to the table are checked before
// anything is written; a crash at any moment leaves all of it or none.
Result<ModelInfo> recordAndSaveModel(History& db, const std::string& dataset, const std::string& name,
                                     const SegmentModel& model, const Table& trainingTable,
                                     const SnapshotSource& source, const RecordOptions& options = {});

} // namespace segmenta
