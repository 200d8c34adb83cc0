// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace segmenta {

// A drift reason as data, so that a user interface can say it in its own language
// (the GUI formats it with tr() and QLocale; ui/drift/drift_reason_text.h). The
// English sentence that the CLI prints and the history stores is made from the
// same data by englishText() below, so the two never disagree.
enum class DriftReasonKind {
    ValuesMoved,     // numeric: `after` of rows are now in a band of values (was `before`), `direction`
    CategoryMoved,   // category `label` grew or shrank from `before` to `after` of rows
    Changed,         // the values changed, nothing more to say (no shares to compare)
    MissingChanged,  // the column is missing in `after` of rows (was `before`)
    NewCategories,   // values not in the reference: `names` (at most 5) of `count` in all
    TooFewRows,      // `count` values in the current month; at least `needed` to judge
    SegmentShares,   // segment `label` grew or shrank from `before` to `after` of rows
                     // (`label` empty: the shares moved, no segment to name)
    FitWorse,        // customers are `after` (a fraction: 0.31 = 31 %) further from their centre
    UnseenByModel,   // values the model was not trained on: `columns[i]`: `names[i]` (`counts[i]` rows);
                     // an entry that could not be split has an empty column and count −1
    Resegment,       // re-segmenting suggested
};

// Numeric values: which way the band that gained most lies, agreeing with the median.
enum class DriftDirection { Changed, Rose, Fell };
// Where that band lies among the reference's quantile bands.
enum class DriftBand { Only, Lowest, Middle, Highest };

struct DriftReason {
    DriftReasonKind kind = DriftReasonKind::Changed;
    std::string column;                   // the column it is about ("" for segment-level reasons)
    DriftDirection direction = DriftDirection::Changed;
    DriftBand band = DriftBand::Only;
    double bandLow = NAN, bandHigh = NAN; // ValuesMoved: the band is [bandLow, bandHigh); NaN = open end
    std::string label;                    // the band's label as in DriftBars, the category or the segment
    double before = 0, after = 0;         // shares 0..1 (FitWorse: `after` is the decay)
    std::int64_t count = 0, needed = 0;
    std::vector<std::string> names;
    std::vector<std::string> columns;     // UnseenByModel only
    std::vector<std::int64_t> counts;     // UnseenByModel only
};

// The parts of one reason line, in order (one column's reason is one line, e.g.
// values moved; missing more often; new values).
using DriftReasonLine = std::vector<DriftReason>;

// The English sentence of a line, exactly as the CLI and the history have always
// written it: parts joined with "; ".
std::string englishText(const DriftReasonLine& line);

// Splits a scoring's "Channel: TikTok (312 rows)" entry (core/history) into an
// UnseenByModel reason's column, name and count.
void addUnseenEntry(DriftReason& reason, const std::string& entry);

} // namespace segmenta
