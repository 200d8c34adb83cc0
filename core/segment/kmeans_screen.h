// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fast assignment pass of Lloyd's k-means: each tile of 8 rows is read once
// from the double matrix and converted to float in registers; distances are
// computed in float (AVX2 + FMA, 8 rows × 8 centres in registers), about half
// the instructions of the double kernel, so the pass is bound by reading the
// matrix. Whenever the two nearest float distances of a row are closer than a
// proven bound on the float rounding error, the row is decided again in double
// exactly as kmeans_kernel does. The labels are therefore bit-for-bit the
// double kernel's labels, on every machine.
#include <Eigen/Core>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/segment/kmeans_kernel.h"

namespace segmenta::kernel {

// True when the CPU has AVX2 and FMA (otherwise callers use assignRange).
bool haveScreening();

// Row-major float copy (row i at out + i·d) of rows [begin, end), for the bounded pass.
void toFloatRowsRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, float* out);

// The centres in float for the screening pass, plus the error bound's terms.
struct FloatPack {
    int k = 0, groups = 0, d = 0;
    std::vector<float> coef;    // groups × d × 8 × 8: −2·c_j, each repeated 8×
    std::vector<float> norms;   // groups × 8 × 8; padding centres +∞
    std::vector<std::int32_t> ids;   // groups × 8 × 8: each centre's index, repeated 8×
    float maxNorm2 = 0;         // max ‖c‖² (rounded up)
    float kappa = 0;            // relative error factor of one float distance
};
void packCentersFloat(const CenterPack& exact, FloatPack& pack);

// Same contract as assignRange (labels, running sums of changed rows) in one
// read of every row: each tile of 8 rows is converted to float in registers for
// the screen, rows the screen is not sure of are decided again in double, and
// rows that change cluster move the sums from the values just read. When
// `upper`/`lower` are given, every row also gets fresh Hamerly bounds (see
// below; unknown, +∞/0, for rows decided in double). `rechecked` (optional)
// counts rows decided again in double.
std::size_t assignRangeScreened(const double* x, std::size_t n, std::size_t begin, std::size_t end,
                                const CenterPack& exact, const FloatPack& pack, std::int32_t* labels, double* sums,
                                double* counts, float* upper = nullptr, float* lower = nullptr,
                                std::size_t* rechecked = nullptr);

// Hamerly's bounds (exact: the labels stay the double kernel's, bit for bit).
// Per row, `upper` ≥ the true distance to its centre and `lower` ≤ the true
// distance to every other centre, both as of the centres of the previous pass.
// Before a pass the centres moved; `CentreMoves` says by how much (rounded up)
// and how close each centre is to its nearest other one (rounded down). A row
// whose bounds prove that its own centre is nearer than every other by more
// than `margin` (which covers the double kernel's rounding) keeps its label
// without any distance computation; the other rows are decided by the float
// screen (+ the double recheck) in tiles of 8, which also resets their bounds.
struct CentreMoves {
    std::vector<float> drift;     // k: ‖c_now − c_before‖, rounded up (+∞ on the first pass)
    std::vector<float> nearest;   // k: min over other centres of ‖c − c'‖, rounded down (+∞ for k = 1)
    float maxDrift = 0, secondDrift = 0;   // the largest drift, and the largest among the other centres
    std::int32_t maxAt = -1;               // the centre with the largest drift
    float margin = 0;                      // bound gap needed for the double kernel to agree
};

// Fills `moves` for the pass with `centers` when the bounds were set against
// `before` (empty: first pass). `maxRowSq` ≥ max ‖x‖² over the rows.
void prepareCentreMoves(const Eigen::MatrixXd& centers, const Eigen::MatrixXd& before, double maxRowSq,
                        CentreMoves& moves);

// Rows of one chunk whose label changed (row << 32 | old label + 1), for the
// running sums; applied column by column after the chunk, in row order.
struct MoveScratch {
    std::vector<std::uint64_t> moves;
    std::vector<std::uint32_t> failing;   // rows whose bounds did not prove their label
};

// The bounded pass over [begin, end) (begin a multiple of 8): same contract as
// assignRangeScreened, but `xfRows` is a ROW-major float copy (n × d, see
// toFloatRowsRange): rows whose bounds fail are gathered 8 at a time, and a row
// is one or two cache lines instead of d; `computed` (optional) counts rows whose distances were computed.
std::size_t assignRangeBounded(const double* x, const float* xfRows, std::size_t n, std::size_t begin, std::size_t end,
                               const CenterPack& exact, const FloatPack& pack, const CentreMoves& moves, float* upper,
                               float* lower, std::int32_t* labels, double* sums, double* counts, MoveScratch& scratch,
                               std::size_t* computed = nullptr, std::size_t* rechecked = nullptr);

} // namespace segmenta::kernel
