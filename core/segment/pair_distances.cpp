// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/pair_distances.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace segmenta::kernel {

namespace {

typedef double v4d __attribute__((vector_size(32)));

// Columns of s per cache tile: the tile (d × tile doubles) stays in the L2
// cache while every group of 4 rows passes over it.
std::size_t tileColumns(int d) {
    const std::size_t fit = (std::size_t(256) << 10) / (sizeof(double) * std::size_t(std::max(d, 1)));
    return std::max<std::size_t>(16, fit & ~std::size_t(3));
}

// Four rows against four columns at a time: the 4 × 4 sums stay in registers
// while the features stream past, so each distance is written once. xi holds
// the 4 rows' values and `packed` the tile's columns, 4 columns × d features
// after another, so both are read in order (reading the column-major sample
// directly jumped a page per feature and was bound by address translation).
__attribute__((always_inline)) inline void fourRows(const double* packed, int d, const double* xi, std::size_t rows,
                                                    std::size_t j0, std::size_t j1, std::size_t m, double* out) {
    for (std::size_t j = j0; j < j1; j += 4, packed += std::size_t(d) * 4) {
        v4d a0{}, a1{}, a2{}, a3{};
        for (int f = 0; f < d; ++f) {
            v4d v;
            std::memcpy(&v, packed + std::size_t(f) * 4, sizeof v);
            const double* x = xi + std::size_t(f) * 4;
            const v4d t0 = v - x[0], t1 = v - x[1], t2 = v - x[2], t3 = v - x[3];
            a0 += t0 * t0; a1 += t1 * t1; a2 += t2 * t2; a3 += t3 * t3;
        }
        const v4d acc[4] = {a0, a1, a2, a3};
        for (std::size_t q = 0; q < rows; ++q)
            for (std::size_t c = 0; c < 4; ++c) out[q * m + j + c] = std::sqrt(acc[q][c]);
    }
}

__attribute__((always_inline)) inline void body(const double* s, std::size_t m, int d, std::size_t i0, std::size_t rows,
                                                double* out, DistanceScratch& scratch) {
    // Each group's 4 rows broadcast feature by feature (a short group repeats
    // its first row; those outputs are not written).
    const std::size_t groups = (rows + 3) / 4;
    std::vector<double>& xi = scratch.rows;
    xi.resize(groups * std::size_t(d) * 4);
    for (std::size_t g = 0; g < groups; ++g)
        for (int f = 0; f < d; ++f)
            for (std::size_t q = 0; q < 4; ++q) {
                const std::size_t r = g * 4 + q < rows ? g * 4 + q : g * 4;
                xi[(g * std::size_t(d) + std::size_t(f)) * 4 + q] = s[std::size_t(f) * m + i0 + r];
            }
    const std::size_t full = m & ~std::size_t(3), tile = tileColumns(d);
    std::vector<double>& packed = scratch.tile;
    packed.resize(std::min(tile, full) * std::size_t(d));
    for (std::size_t j0 = 0; j0 < full; j0 += tile) {
        const std::size_t j1 = std::min(full, j0 + tile);
        for (std::size_t j = j0; j < j1; j += 4)
            for (int f = 0; f < d; ++f)
                std::memcpy(packed.data() + ((j - j0) * std::size_t(d) + std::size_t(f) * 4),
                            s + std::size_t(f) * m + j, 4 * sizeof(double));
        for (std::size_t g = 0; g < groups; ++g)
            fourRows(packed.data(), d, xi.data() + g * std::size_t(d) * 4, std::min<std::size_t>(4, rows - g * 4), j0,
                     j1, m, out + g * 4 * m);
    }
    for (std::size_t j = full; j < m; ++j)
        for (std::size_t q = 0; q < rows; ++q) {
            double a = 0;
            for (int f = 0; f < d; ++f) {
                const double t = s[std::size_t(f) * m + j] - s[std::size_t(f) * m + i0 + q];
                a += t * t;
            }
            out[q * m + j] = std::sqrt(a);
        }
}

__attribute__((target("avx2"))) void rowDistancesAvx2(const double* s, std::size_t m, int d, std::size_t i0,
                                                      std::size_t rows, double* out, DistanceScratch& scratch) {
    body(s, m, d, i0, rows, out, scratch);
}

void rowDistancesBase(const double* s, std::size_t m, int d, std::size_t i0, std::size_t rows, double* out,
                      DistanceScratch& scratch) {
    body(s, m, d, i0, rows, out, scratch);
}

} // namespace

void rowDistances(const double* s, std::size_t m, int d, std::size_t i0, std::size_t rows, double* out,
                  DistanceScratch& scratch) {
    static const bool avx2 = __builtin_cpu_supports("avx2");
    rows = std::min(rows, kDistanceRowBlock);
    if (avx2) rowDistancesAvx2(s, m, d, i0, rows, out, scratch);
    else rowDistancesBase(s, m, d, i0, rows, out, scratch);
}

} // namespace segmenta::kernel
