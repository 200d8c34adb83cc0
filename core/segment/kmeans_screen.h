// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fast assignment pass of Lloyd's k-means: distances are first computed in
// float (AVX2 + FMA, 8 rows × 8 centres in registers) from a float copy of the
// data, which halves the bytes read per pass. Whenever the two nearest float
// distances of a row are closer than a proven bound on the float rounding error,
// the row is decided again in double exactly as kmeans_kernel does. The labels
// are therefore bit-for-bit the double kernel's labels, on every machine.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/segment/kmeans_kernel.h"

namespace segmenta::kernel {

// True when the CPU has AVX2 and FMA (otherwise callers use assignRange).
bool haveScreening();

// Column-major float copy of rows [begin, end) of the column-major n × d matrix x.
void toFloatRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, float* out);

// The centres in float for the screening pass, plus the error bound's terms.
struct FloatPack {
    int k = 0, groups = 0, d = 0;
    std::vector<float> coef;    // groups × d × 8 × 8: −2·c_j, each repeated 8×
    std::vector<float> norms;   // groups × 8 × 8; padding centres +∞
    float maxNorm2 = 0;         // max ‖c‖² (rounded up)
    float kappa = 0;            // relative error factor of one float distance
};
void packCentersFloat(const CenterPack& exact, FloatPack& pack);

// Same contract as assignRange (labels, running sums of changed rows), reading
// the float copy xf for the screen and x for exact decisions and sums.
// `rechecked` (optional) counts rows decided again in double.
std::size_t assignRangeScreened(const double* x, const float* xf, std::size_t n, std::size_t begin, std::size_t end,
                                const CenterPack& exact, const FloatPack& pack, std::int32_t* labels, double* sums,
                                double* counts, std::size_t* rechecked = nullptr);

} // namespace segmenta::kernel
