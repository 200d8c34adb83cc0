// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/kmeans_screen.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace segmenta::kernel {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// The exact double decision for one row, with the same operations in the same
// order as kmeans_kernel's vector code (‖c‖² then += x_j·(−2c_j), no FMA, the
// first centre wins ties), so it gives the same label bit for bit.
// Deliberately not compiled with the FMA target.
__attribute__((noinline)) std::int32_t exactNearest(const double* x, std::size_t n, std::size_t row,
                                                    const CenterPack& p) {
    double best = std::numeric_limits<double>::infinity();
    std::int32_t label = 0;
    const std::size_t d = std::size_t(p.d);
    for (int g = 0; g < p.groups; ++g)
        for (std::size_t s = 0; s < 8; ++s) {
            double a = p.norms[(std::size_t(g) * 8 + s) * 4];
            for (std::size_t j = 0; j < d; ++j) a += x[j * n + row] * p.coef[((std::size_t(g) * d + j) * 8 + s) * 4];
            if (a < best) { best = a; label = std::int32_t(std::size_t(g) * 8 + s); }
        }
    return label;
}

// Moves a row whose label changed between the running cluster sums (4 copies,
// by row, as assignRange does).
inline void moveRow(const double* x, std::size_t n, std::size_t row, std::size_t copy, int k, int d, std::int32_t was,
                    std::int32_t lab, double* sums, double* counts) {
    const std::size_t kd = std::size_t(k) * std::size_t(d);
    double* s = sums + copy * kd + std::size_t(lab) * std::size_t(d);
    for (int j = 0; j < d; ++j) s[j] += x[std::size_t(j) * n + row];
    counts[copy * std::size_t(k) + std::size_t(lab)] += 1;
    if (was < 0) return;
    double* o = sums + copy * kd + std::size_t(was) * std::size_t(d);
    for (int j = 0; j < d; ++j) o[j] -= x[std::size_t(j) * n + row];
    counts[copy * std::size_t(k) + std::size_t(was)] -= 1;
}

__attribute__((target("avx2,fma"))) std::size_t screenAvx2(const double* x, const float* xf, std::size_t n,
                                                           std::size_t begin, std::size_t end, const CenterPack& exact,
                                                           const FloatPack& p, std::int32_t* labels, double* sums,
                                                           double* counts, std::size_t* rechecked) {
    const int d = p.d;
    std::size_t changed = 0, again = 0;
    alignas(32) float tail[8 * 64];
    alignas(32) float gapOut[8], boundOut[8];
    alignas(32) std::int32_t idOut[8];
    const __m256 kappa = _mm256_set1_ps(p.kappa);
    const __m256 twoMax = _mm256_set1_ps(2 * p.maxNorm2);
    const __m256 floor = _mm256_set1_ps(1e-37f);
    for (std::size_t r = begin; r < end; r += 8) {
        const float* base = xf + r;
        std::size_t stride = n;
        const std::size_t rows = std::min<std::size_t>(8, end - r);
        if (rows < 8 || d > 64) {
            if (d > 64) {   // very wide data: the tail buffer is too small; decide every row exactly
                for (std::size_t q = 0; q < rows; ++q) {
                    const std::int32_t lab = exactNearest(x, n, r + q, exact), was = labels[r + q];
                    ++again;
                    if (lab == was) continue;
                    ++changed;
                    labels[r + q] = lab;
                    if (sums) moveRow(x, n, r + q, q & 3, p.k, d, was, lab, sums, counts);
                }
                continue;
            }
            std::fill_n(tail, std::size_t(d) * 8, 0.0f);
            for (int j = 0; j < d; ++j)
                for (std::size_t q = 0; q < rows; ++q) tail[std::size_t(j) * 8 + q] = xf[std::size_t(j) * n + r + q];
            base = tail;
            stride = 8;
        }
        __m256 xx = _mm256_setzero_ps();
        for (int j = 0; j < d; ++j) {
            const __m256 v = _mm256_loadu_ps(base + std::size_t(j) * stride);
            xx = _mm256_fmadd_ps(v, v, xx);
        }
        __m256 best = _mm256_set1_ps(kInf), second = best;
        __m256i bi = _mm256_setzero_si256();
        for (int g = 0; g < p.groups; ++g) {
            const float* nm = p.norms.data() + std::size_t(g) * 64;
            const float* cf = p.coef.data() + std::size_t(g) * std::size_t(d) * 64;
            __m256 a0 = _mm256_loadu_ps(nm), a1 = _mm256_loadu_ps(nm + 8), a2 = _mm256_loadu_ps(nm + 16),
                   a3 = _mm256_loadu_ps(nm + 24), a4 = _mm256_loadu_ps(nm + 32), a5 = _mm256_loadu_ps(nm + 40),
                   a6 = _mm256_loadu_ps(nm + 48), a7 = _mm256_loadu_ps(nm + 56);
            for (int j = 0; j < d; ++j) {
                const __m256 v = _mm256_loadu_ps(base + std::size_t(j) * stride);
                const float* c = cf + std::size_t(j) * 64;
                a0 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c), a0);
                a1 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 8), a1);
                a2 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 16), a2);
                a3 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 24), a3);
                a4 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 32), a4);
                a5 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 40), a5);
                a6 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 48), a6);
                a7 = _mm256_fmadd_ps(v, _mm256_loadu_ps(c + 56), a7);
            }
            const __m256 acc[8] = {a0, a1, a2, a3, a4, a5, a6, a7};
            for (int s = 0; s < 8; ++s) {
                // second-nearest so far = min(second, max(a, best)); then the nearest
                second = _mm256_min_ps(second, _mm256_max_ps(acc[s], best));
                const __m256 m = _mm256_cmp_ps(acc[s], best, _CMP_LT_OQ);
                best = _mm256_blendv_ps(best, acc[s], m);
                bi = _mm256_blendv_epi8(bi, _mm256_set1_epi32(g * 8 + s), _mm256_castps_si256(m));
            }
        }
        // A row's float label is its exact label when the runner-up is farther
        // than twice the largest possible float error: kappa·(2·max‖c‖² + ‖x‖²).
        const __m256 bound = _mm256_fmadd_ps(kappa, _mm256_add_ps(twoMax, xx), floor);
        const __m256 gap = _mm256_sub_ps(second, best), twice = _mm256_add_ps(bound, bound);
        if (rows == 8) {
            // The usual case once the centres settle: every row is certain and keeps its label.
            const __m256i same = _mm256_cmpeq_epi32(bi, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(labels + r)));
            const __m256 sure = _mm256_cmp_ps(gap, twice, _CMP_GT_OQ);
            if (_mm256_movemask_ps(_mm256_and_ps(sure, _mm256_castsi256_ps(same))) == 0xFF) continue;
        }
        _mm256_store_ps(gapOut, gap);
        _mm256_store_ps(boundOut, twice);
        _mm256_store_si256(reinterpret_cast<__m256i*>(idOut), bi);
        for (std::size_t q = 0; q < rows; ++q) {
            std::int32_t lab = idOut[q];
            if (!(gapOut[q] > boundOut[q])) { lab = exactNearest(x, n, r + q, exact); ++again; }
            const std::int32_t was = labels[r + q];
            if (was == lab) continue;
            ++changed;
            labels[r + q] = lab;
            if (sums) moveRow(x, n, r + q, q & 3, p.k, d, was, lab, sums, counts);
        }
    }
    if (rechecked) *rechecked += again;
    return changed;
}

} // namespace

bool haveScreening() {
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
}

void toFloatRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, float* out) {
    for (int j = 0; j < d; ++j) {
        const double* in = x + std::size_t(j) * n;
        float* o = out + std::size_t(j) * n;
        for (std::size_t i = begin; i < end; ++i) o[i] = float(in[i]);
    }
}

void packCentersFloat(const CenterPack& e, FloatPack& p) {
    p.k = e.k;
    p.d = e.d;
    p.groups = e.groups;
    p.coef.resize(std::size_t(p.groups) * std::size_t(p.d) * 64);
    p.norms.resize(std::size_t(p.groups) * 64);
    double maxNorm = 0;
    for (int g = 0; g < p.groups; ++g)
        for (std::size_t s = 0; s < 8; ++s) {
            const double norm = e.norms[(std::size_t(g) * 8 + s) * 4];
            if (std::size_t(g) * 8 + s < std::size_t(p.k)) maxNorm = std::max(maxNorm, norm);   // +∞ stays +∞
            std::fill_n(p.norms.begin() + std::ptrdiff_t((std::size_t(g) * 8 + s) * 8), 8, float(norm));
            for (std::size_t j = 0; j < std::size_t(p.d); ++j) {
                const double c = e.coef[((std::size_t(g) * std::size_t(p.d) + j) * 8 + s) * 4];
                std::fill_n(p.coef.begin() + std::ptrdiff_t(((std::size_t(g) * std::size_t(p.d) + j) * 8 + s) * 8), 8,
                            float(c));
            }
        }
    // Rounded up; overflows to +∞ for huge centres, which sends every row to the exact path.
    p.maxNorm2 = float(maxNorm * (1 + 1e-6));
    // Float error of ‖c‖² − 2x·c: rounding x, c and ‖c‖² (3u) plus d FMA roundings,
    // each at most u times M = ‖c‖² + 2Σ|x_j c_j| ≤ 2‖c‖² + ‖x‖²; the double
    // value's own error (2d·2⁻⁵³·M) and the float evaluation of the bound are
    // covered by the factor 2.
    p.kappa = float(2.0 * (p.d + 4) * std::ldexp(1.0, -24));
}

std::size_t assignRangeScreened(const double* x, const float* xf, std::size_t n, std::size_t begin, std::size_t end,
                                const CenterPack& exact, const FloatPack& pack, std::int32_t* labels, double* sums,
                                double* counts, std::size_t* rechecked) {
    return screenAvx2(x, xf, n, begin, end, exact, pack, labels, sums, counts, rechecked);
}

} // namespace segmenta::kernel
