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

// Multiplying by these after a float operation keeps a bound on its side of the
// true value (each operation rounds by at most 2⁻²⁴ relative).
constexpr float kUp = 1.0f + 0x1p-20f, kDown = 1.0f - 0x1p-20f;

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

// Float distances ‖c‖² − 2x·c of 8 rows to every centre: the nearest, the
// runner-up, the nearest's id, and ‖x‖² (all in float).
struct Tile {
    __m256 best, second, xx;
    __m256i bi;
};

// (`xx`: ‖x‖² of the 8 rows, summed feature by feature with FMA.)
__attribute__((target("avx2,fma"), always_inline)) inline Tile screenTile(const float* base, std::size_t stride,
                                                                         const FloatPack& p, __m256 xx) {
    const int d = p.d;
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
                const __m256i id = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p.ids.data()) + g * 8 + s);
                bi = _mm256_blendv_epi8(bi, id, _mm256_castps_si256(m));
            }
        }
    return Tile{best, second, xx, bi};
}

__attribute__((target("avx2,fma"), always_inline)) inline Tile screenTile(const float* base, std::size_t stride,
                                                                         const FloatPack& p) {
    __m256 xx = _mm256_setzero_ps();
    for (int j = 0; j < p.d; ++j) {
        const __m256 v = _mm256_loadu_ps(base + std::size_t(j) * stride);
        xx = _mm256_fmadd_ps(v, v, xx);
    }
    return screenTile(base, stride, p, xx);
}

// 8 consecutive doubles as 8 floats, rounded to nearest as float(x) is.
__attribute__((target("avx2,fma"), always_inline)) inline __m256 load8AsFloat(const double* p) {
    const __m128 lo = _mm256_cvtpd_ps(_mm256_loadu_pd(p));
    const __m128 hi = _mm256_cvtpd_ps(_mm256_loadu_pd(p + 4));
    return _mm256_set_m128(hi, lo);
}

// The fused pass: each tile of 8 rows is read once from the double matrix,
// converted to float in registers for the screen, decided again in double when
// the screen is not sure, and a row that changed cluster moves the running sums
// from the values just read (still in L1). Optionally writes Hamerly's bounds.
__attribute__((target("avx2,fma"))) std::size_t screenAvx2(const double* x, std::size_t n, std::size_t begin,
                                                           std::size_t end, const CenterPack& exact, const FloatPack& p,
                                                           std::int32_t* labels, double* sums, double* counts,
                                                           float* upper, float* lower, std::size_t* rechecked) {
    const int d = p.d;
    std::size_t changed = 0, again = 0;
    alignas(32) float block[8 * 64];   // column-major, stride 8 (d <= 64)
    alignas(32) float gapOut[8], boundOut[8];
    alignas(32) std::int32_t idOut[8];
    const __m256 kappa = _mm256_set1_ps(p.kappa);
    const __m256 twoMax = _mm256_set1_ps(2 * p.maxNorm2);
    const __m256 floor = _mm256_set1_ps(1e-37f);
    const __m256 inf = _mm256_set1_ps(kInf), zero = _mm256_setzero_ps();
    for (std::size_t r = begin; r < end; r += 8) {
        const std::size_t rows = std::min<std::size_t>(8, end - r);
        __m256 xx = zero;   // ‖x‖² while converting (the same operations as screenTile's)
        if (rows == 8) {
            for (int j = 0; j < d; ++j) {
                const __m256 v = load8AsFloat(x + std::size_t(j) * n + r);
                _mm256_store_ps(block + std::size_t(j) * 8, v);
                xx = _mm256_fmadd_ps(v, v, xx);
            }
        } else {   // the last rows: padded with zeros, ignored
            std::fill_n(block, std::size_t(d) * 8, 0.0f);
            for (int j = 0; j < d; ++j) {
                for (std::size_t q = 0; q < rows; ++q) block[std::size_t(j) * 8 + q] = float(x[std::size_t(j) * n + r + q]);
                const __m256 v = _mm256_load_ps(block + std::size_t(j) * 8);
                xx = _mm256_fmadd_ps(v, v, xx);
            }
        }
        const Tile t = screenTile(block, 8, p, xx);
        // A row's float label is its exact label when the runner-up is farther
        // than twice the largest possible float error: kappa·(2·max‖c‖² + ‖x‖²).
        const __m256 bound = _mm256_fmadd_ps(kappa, _mm256_add_ps(twoMax, t.xx), floor);
        const __m256 gap = _mm256_sub_ps(t.second, t.best), twice = _mm256_add_ps(bound, bound);
        const __m256 sure = _mm256_cmp_ps(gap, twice, _CMP_GT_OQ);
        if (upper) {
            // true squared distances lie within 3·bound of the float value + ‖x‖² (float);
            // rows decided again in double get unknown bounds (+∞, 0), NaN (overflow) too
            const __m256 slack = _mm256_add_ps(twice, bound);
            const __m256 uSq = _mm256_add_ps(_mm256_add_ps(t.best, t.xx), slack);
            const __m256 lSq = _mm256_max_ps(_mm256_sub_ps(_mm256_add_ps(t.second, t.xx), slack), zero);
            const __m256 u = _mm256_mul_ps(_mm256_sqrt_ps(uSq), _mm256_set1_ps(kUp));
            const __m256 l = _mm256_mul_ps(_mm256_sqrt_ps(lSq), _mm256_set1_ps(kDown));
            const __m256 uOk = _mm256_and_ps(sure, _mm256_cmp_ps(u, inf, _CMP_LT_OQ));
            const __m256 lOk = _mm256_and_ps(sure, _mm256_cmp_ps(l, zero, _CMP_GE_OQ));
            const __m256 uNew = _mm256_blendv_ps(inf, u, uOk), lNew = _mm256_blendv_ps(zero, l, lOk);
            if (rows == 8) {
                _mm256_storeu_ps(upper + r, uNew);
                _mm256_storeu_ps(lower + r, lNew);
            } else {
                alignas(32) float uOut[8], lOut[8];
                _mm256_store_ps(uOut, uNew);
                _mm256_store_ps(lOut, lNew);
                std::copy_n(uOut, rows, upper + r);
                std::copy_n(lOut, rows, lower + r);
            }
        }
        if (rows == 8) {
            // The usual case once the centres settle: every row is certain and keeps its label.
            const __m256i same = _mm256_cmpeq_epi32(t.bi, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(labels + r)));
            if (_mm256_movemask_ps(_mm256_and_ps(sure, _mm256_castsi256_ps(same))) == 0xFF) continue;
        }
        _mm256_store_ps(gapOut, gap);
        _mm256_store_ps(boundOut, twice);
        _mm256_store_si256(reinterpret_cast<__m256i*>(idOut), t.bi);
        for (std::size_t q = 0; q < rows; ++q) {
            std::int32_t lab = idOut[q];
            if (!(gapOut[q] > boundOut[q])) { lab = exactNearest(x, n, r + q, exact); ++again; }
            const std::int32_t was = labels[r + q];
            if (was == lab) continue;
            ++changed;
            labels[r + q] = lab;
            if (sums) moveRow(x, n, r + q, (r + q - begin) & 3, p.k, d, was, lab, sums, counts);
        }
    }
    if (rechecked) *rechecked += again;
    return changed;
}

// Applies a chunk's label changes to the running sums column by column (a row's
// double values are n apart; row by row each move would miss the cache d times).
// The moves are sorted by row, so every sum still receives its rows in row
// order: the sums are bit for bit those of moving each row as it changes.
void applyMoves(const double* x, std::size_t n, std::size_t begin, int k, int d, const std::int32_t* labels,
                MoveScratch& m, double* sums, double* counts) {
    std::sort(m.moves.begin(), m.moves.end());
    const std::size_t kd = std::size_t(k) * std::size_t(d);
    const std::size_t count = m.moves.size(), ahead = 16;
    for (int j = 0; j < d; ++j) {
        const double* col = x + std::size_t(j) * n;
        for (std::size_t i = 0; i < count; ++i) {
            if (i + ahead < count) __builtin_prefetch(col + (m.moves[i + ahead] >> 32));   // scattered rows: fetch ahead
            const std::uint64_t mv = m.moves[i];
            const std::size_t row = std::size_t(mv >> 32), copy = (row - begin) & 3;
            const auto was = std::int32_t(std::uint32_t(mv)) - 1;
            const double v = col[row];
            sums[copy * kd + std::size_t(labels[row]) * std::size_t(d) + std::size_t(j)] += v;
            if (was >= 0) sums[copy * kd + std::size_t(was) * std::size_t(d) + std::size_t(j)] -= v;
        }
    }
    for (const std::uint64_t mv : m.moves) {
        const std::size_t row = std::size_t(mv >> 32), copy = (row - begin) & 3;
        const auto was = std::int32_t(std::uint32_t(mv)) - 1;
        counts[copy * std::size_t(k) + std::size_t(labels[row])] += 1;
        if (was >= 0) counts[copy * std::size_t(k) + std::size_t(was)] -= 1;
    }
}

// One chunk of the bounded pass (see assignRangeBounded).
class BoundedPass {
public:
    BoundedPass(const double* x, const float* xf, std::size_t n, const CenterPack& exact, const FloatPack& p,
                float* upper, float* lower, std::int32_t* labels, MoveScratch& scratch)
        : x_(x), xf_(xf), n_(n), exact_(exact), p_(p), upper_(upper), lower_(lower), labels_(labels), scratch_(scratch) {}

    std::size_t changed = 0, computed = 0, again = 0;

    // Returns false, computing nothing, when so many rows fail that the chunk is
    // better decided whole by the fused pass (reading it in order).
    __attribute__((target("avx2,fma"))) bool run(std::size_t begin, std::size_t end, const CentreMoves& mv);

private:
    void record(std::size_t row, std::int32_t lab) {
        const std::int32_t was = labels_[row];
        if (was == lab) return;
        ++changed;
        labels_[row] = lab;
        scratch_.moves.push_back(std::uint64_t(row) << 32 | std::uint32_t(was + 1));
    }

    // Distances of up to 8 rows (column-major block, stride `stride`) to every
    // centre: labels (double recheck of near-ties) and fresh bounds.
    __attribute__((target("avx2,fma"))) void decide(const float* base, std::size_t stride, const std::uint32_t* rowIds,
                                                    std::size_t rows);

    const double* x_;
    const float* xf_;
    std::size_t n_;
    const CenterPack& exact_;
    const FloatPack& p_;
    float *upper_, *lower_;
    std::int32_t* labels_;
    MoveScratch& scratch_;
    std::vector<std::uint32_t>& failing_ = scratch_.failing;
};

__attribute__((target("avx2,fma"))) void BoundedPass::decide(const float* base, std::size_t stride,
                                                             const std::uint32_t* rowIds, std::size_t rows) {
    alignas(32) float gapOut[8], twiceOut[8], upOut[8], lowOut[8];
    alignas(32) std::int32_t idOut[8];
    computed += rows;
    const Tile t = screenTile(base, stride, p_);
    const __m256 bound = _mm256_fmadd_ps(_mm256_set1_ps(p_.kappa), _mm256_add_ps(_mm256_set1_ps(2 * p_.maxNorm2), t.xx),
                                         _mm256_set1_ps(1e-37f));
    const __m256 twice = _mm256_add_ps(bound, bound), slack = _mm256_add_ps(twice, bound);
    // true squared distances lie within 3·bound of the float value + ‖x‖² (float)
    const __m256 zero = _mm256_setzero_ps();
    const __m256 uSq = _mm256_add_ps(_mm256_add_ps(t.best, t.xx), slack);
    const __m256 lSq = _mm256_max_ps(_mm256_sub_ps(_mm256_add_ps(t.second, t.xx), slack), zero);
    _mm256_store_ps(upOut, _mm256_mul_ps(_mm256_sqrt_ps(uSq), _mm256_set1_ps(kUp)));
    _mm256_store_ps(lowOut, _mm256_mul_ps(_mm256_sqrt_ps(lSq), _mm256_set1_ps(kDown)));
    _mm256_store_ps(gapOut, _mm256_sub_ps(t.second, t.best));
    _mm256_store_ps(twiceOut, twice);
    _mm256_store_si256(reinterpret_cast<__m256i*>(idOut), t.bi);
    for (std::size_t q = 0; q < rows; ++q) {
        const std::size_t row = rowIds[q];
        std::int32_t lab = idOut[q];
        float uq = upOut[q], lq = lowOut[q];
        if (!(gapOut[q] > twiceOut[q])) {   // near-tie: decided in double, bounds unknown until next time
            lab = exactNearest(x_, n_, row, exact_);
            ++again;
            uq = kInf;
            lq = 0;
        }
        upper_[row] = uq < kInf ? uq : kInf;   // NaN (overflow) → +∞
        lower_[row] = lq >= 0 ? lq : 0;
        record(row, lab);
    }
}

__attribute__((target("avx2,fma"))) bool BoundedPass::run(std::size_t begin, std::size_t end, const CentreMoves& mv) {
    // Phase 1: Hamerly's test for every row of the chunk (u, l and labels are read
    // in order); the rows that fail are listed. Once more than a quarter fail,
    // the chunk goes to the fused pass, which rewrites every bound.
    failing_.resize(end - begin);
    std::uint32_t* list = failing_.data();
    std::size_t count = 0;
    const std::size_t most = (end - begin) / 4;
    const __m256 zero = _mm256_setzero_ps(), up = _mm256_set1_ps(kUp), down = _mm256_set1_ps(kDown);
    const __m256 margin = _mm256_set1_ps(mv.margin);
    const __m256 maxDrift = _mm256_set1_ps(mv.maxDrift), secondDrift = _mm256_set1_ps(mv.secondDrift);
    const __m256i maxAt = _mm256_set1_epi32(mv.maxAt), none = _mm256_setzero_si256();
    // k ≤ 8: the per-centre tables fit in one register, looked up by a permute
    // (one instruction) instead of a gather (about twenty on AMD Zen)
    const bool small = mv.drift.size() <= 8;
    alignas(32) float drift8[8] = {}, nearest8[8] = {};
    if (small) {
        std::copy(mv.drift.begin(), mv.drift.end(), drift8);
        std::copy(mv.nearest.begin(), mv.nearest.end(), nearest8);
    }
    const __m256 driftTable = _mm256_load_ps(drift8), nearestTable = _mm256_load_ps(nearest8);
    std::size_t r = begin;
    for (; r + 8 <= end; r += 8) {
        // move the bounds by the centres' drift, then keep the label when every
        // other centre is provably farther (by the margin)
        const __m256i lab = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(labels_ + r));
        const __m256i idx = _mm256_max_epi32(lab, none);   // −1 (no label yet) has +∞ / 0 bounds anyway
        __m256 u = _mm256_loadu_ps(upper_ + r), l = _mm256_loadu_ps(lower_ + r);
        const __m256 drift = small ? _mm256_permutevar8x32_ps(driftTable, idx) : _mm256_i32gather_ps(mv.drift.data(), idx, 4);
        u = _mm256_mul_ps(_mm256_add_ps(u, drift), up);
        const __m256 dl = _mm256_blendv_ps(maxDrift, secondDrift, _mm256_castsi256_ps(_mm256_cmpeq_epi32(lab, maxAt)));
        l = _mm256_max_ps(_mm256_mul_ps(_mm256_sub_ps(l, dl), down), zero);   // NaN (∞ − ∞) → 0
        _mm256_storeu_ps(upper_ + r, u);
        _mm256_storeu_ps(lower_ + r, l);
        // every other centre c: ‖x − c‖ ≥ ‖a − c‖ − ‖x − a‖ ≥ nearest(a) − u
        const __m256 near = small ? _mm256_permutevar8x32_ps(nearestTable, idx) : _mm256_i32gather_ps(mv.nearest.data(), idx, 4);
        const __m256 tri = _mm256_mul_ps(_mm256_sub_ps(near, u), down);
        const __m256 others = _mm256_max_ps(tri, l);   // NaN (∞ − ∞) → l
        const __m256 need = _mm256_mul_ps(_mm256_add_ps(u, margin), up);
        unsigned fail = ~unsigned(_mm256_movemask_ps(_mm256_cmp_ps(others, need, _CMP_GE_OQ))) & 0xFFu;
        for (; fail; fail &= fail - 1) list[count++] = std::uint32_t(r + unsigned(__builtin_ctz(fail)));
        // many failing rows: reading the chunk in order is cheaper than fetching a scattered part of it
        if (count > most) return false;
    }
    for (; r < end; ++r) list[count++] = std::uint32_t(r);   // the last few rows: no test
    if (count > most) return false;
    failing_.resize(count);
    // Phase 2: the listed rows, 8 at a time, their float values fetched ahead.
    const int d = p_.d;
    const std::size_t rowBytes = std::size_t(d) * sizeof(float), ahead = 16;
    alignas(32) float block[8 * 64];   // column-major, stride 8
    for (std::size_t i = 0; i < count; i += 8) {
        const std::size_t rows = std::min<std::size_t>(8, count - i);
        for (std::size_t q = 0; q < rows; ++q) {
            if (i + q + ahead < count) {   // scattered rows: fetch ahead
                const char* next = reinterpret_cast<const char*>(xf_ + std::size_t(failing_[i + q + ahead]) * std::size_t(d));
                __builtin_prefetch(next);
                __builtin_prefetch(next + rowBytes - 1);
            }
            const float* in = xf_ + std::size_t(failing_[i + q]) * std::size_t(d);   // row-major
            for (int j = 0; j < d; ++j) block[std::size_t(j) * 8 + q] = in[j];
        }
        for (std::size_t q = rows; q < 8; ++q)
            for (int j = 0; j < d; ++j) block[std::size_t(j) * 8 + q] = 0;
        decide(block, 8, failing_.data() + i, rows);
    }
    return true;
}

float roundUp(double v) {
    if (!(v < double(kInf))) return kInf;
    float f = float(v * (1 + 1e-12));
    if (double(f) < v) f = std::nextafter(f, kInf);
    return f;
}

float roundDown(double v) {
    if (!(v >= 0)) return 0;
    float f = float(v * (1 - 1e-12));
    if (double(f) > v) f = std::nextafter(f, 0.0f);
    return f;
}

} // namespace

void prepareCentreMoves(const Eigen::MatrixXd& c, const Eigen::MatrixXd& before, double maxRowSq, CentreMoves& m) {
    const auto k = std::size_t(c.rows());
    m.drift.assign(k, kInf);
    m.nearest.assign(k, kInf);
    m.maxDrift = before.size() ? 0 : kInf;
    m.secondDrift = k > 1 ? m.maxDrift : 0;
    m.maxAt = before.size() ? -1 : 0;
    if (before.size()) {
        for (std::size_t a = 0; a < k; ++a) {
            m.drift[a] = roundUp((c.row(Eigen::Index(a)) - before.row(Eigen::Index(a))).norm());
            if (m.maxAt < 0 || m.drift[a] > m.maxDrift) { m.maxDrift = m.drift[a]; m.maxAt = std::int32_t(a); }
        }
        m.secondDrift = 0;
        for (std::size_t a = 0; a < k; ++a)
            if (std::int32_t(a) != m.maxAt) m.secondDrift = std::max(m.secondDrift, m.drift[a]);
    }
    double maxNorm2 = 0;
    for (std::size_t a = 0; a < k; ++a) {
        maxNorm2 = std::max(maxNorm2, c.row(Eigen::Index(a)).squaredNorm());
        for (std::size_t b = a + 1; b < k; ++b) {
            const float dist = roundDown((c.row(Eigen::Index(a)) - c.row(Eigen::Index(b))).norm());
            m.nearest[a] = std::min(m.nearest[a], dist);
            m.nearest[b] = std::min(m.nearest[b], dist);
        }
    }
    // The double kernel's value ‖c‖² − 2x·c is within E = γ·(2‖c‖² + ‖x‖²) of the
    // exact one (d + 1 roundings, γ with a factor 2 to spare); if the true squared
    // distances differ by more than 2E it picks the nearer centre. Bounds with
    // l − u > √(2E) guarantee that, since l² − u² ≥ (l − u)².
    const double gamma = 2.0 * (double(c.cols()) + 4) * std::ldexp(1.0, -53);
    m.margin = roundUp(std::sqrt(2 * gamma * (2 * maxNorm2 + maxRowSq)) * (1 + 1e-6));
}

std::size_t assignRangeBounded(const double* x, const float* xf, std::size_t n, std::size_t begin, std::size_t end,
                               const CenterPack& exact, const FloatPack& pack, const CentreMoves& moves, float* upper,
                               float* lower, std::int32_t* labels, double* sums, double* counts, MoveScratch& scratch,
                               std::size_t* computed, std::size_t* rechecked) {
    scratch.moves.clear();
    BoundedPass pass(x, xf, n, exact, pack, upper, lower, labels, scratch);
    if (pack.d > 64) {   // very wide data: the vectorised double kernel for every row, bounds unknown
        if (computed) *computed += end - begin;
        return assignRangeScreened(x, n, begin, end, exact, pack, labels, sums, counts, upper, lower, rechecked);
    }
    if (!pass.run(begin, end, moves)) {   // most rows fail: the fused pass, which also sets the bounds
        if (computed) *computed += end - begin;
        return screenAvx2(x, n, begin, end, exact, pack, labels, sums, counts, upper, lower, rechecked);
    }
    if (sums) applyMoves(x, n, begin, pack.k, pack.d, labels, scratch, sums, counts);
    if (computed) *computed += pass.computed;
    if (rechecked) *rechecked += pass.again;
    return pass.changed;
}

bool haveScreening() {
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
}

void toFloatRowsRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, float* out) {
    for (int j = 0; j < d; ++j) {
        const double* in = x + std::size_t(j) * n;
        for (std::size_t i = begin; i < end; ++i) out[i * std::size_t(d) + std::size_t(j)] = float(in[i]);
    }
}

void packCentersFloat(const CenterPack& e, FloatPack& p) {
    p.k = e.k;
    p.d = e.d;
    p.groups = e.groups;
    p.coef.resize(std::size_t(p.groups) * std::size_t(p.d) * 64);
    p.norms.resize(std::size_t(p.groups) * 64);
    p.ids.resize(std::size_t(p.groups) * 64);
    for (std::size_t c = 0; c < std::size_t(p.groups) * 8; ++c) std::fill_n(p.ids.begin() + std::ptrdiff_t(c * 8), 8, std::int32_t(c));
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

std::size_t assignRangeScreened(const double* x, std::size_t n, std::size_t begin, std::size_t end,
                                const CenterPack& exact, const FloatPack& pack, std::int32_t* labels, double* sums,
                                double* counts, float* upper, float* lower, std::size_t* rechecked) {
    if (pack.d > 64) {   // very wide data: the double kernel, bounds unknown
        if (upper) {
            std::fill(upper + begin, upper + end, kInf);
            std::fill(lower + begin, lower + end, 0.0f);
        }
        return assignRange(x, n, begin, end, exact, labels, sums, counts);
    }
    return screenAvx2(x, n, begin, end, exact, pack, labels, sums, counts, upper, lower, rechecked);
}

} // namespace segmenta::kernel
