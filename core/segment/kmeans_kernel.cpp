// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/kmeans_kernel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace segmenta::kernel {

namespace {

// GCC/Clang vector extensions: four doubles. The same source is compiled once
// for the baseline (two SSE2 halves) and once for AVX2, chosen at run time. FMA
// is deliberately not enabled (and ISO mode keeps -ffp-contract=off), so both
// builds do the same roundings and give the same labels on every x86-64 machine.
typedef double v4d __attribute__((vector_size(32)));
typedef long long v4l __attribute__((vector_size(32)));
typedef double v4du __attribute__((vector_size(32), aligned(8)));   // for reading unaligned memory

// Distances via ‖c‖² − 2·x·c (‖x‖² is the same for every centre, so it does not
// change the argmin): four rows × eight centres of accumulators stay in
// registers while the features stream past, so each row is read once.
__attribute__((always_inline)) inline std::size_t assignBody(const double* x, std::size_t n, std::size_t begin,
                                                             std::size_t end, const CenterPack& p, std::int32_t* labels,
                                                             double* sums, double* counts) {
    const int d = p.d;
    const std::size_t kd = std::size_t(p.k) * std::size_t(d);
    std::size_t changed = 0;
    std::vector<double> tail;
    for (std::size_t r = begin; r < end; r += 4) {
        const double* base = x + r;
        std::size_t stride = n;
        const std::size_t rows = std::min<std::size_t>(4, end - r);
        if (rows < 4) {   // pad the last tile; its extra rows are ignored
            tail.assign(std::size_t(d) * 4, 0.0);
            for (int j = 0; j < d; ++j)
                for (std::size_t q = 0; q < rows; ++q) tail[std::size_t(j) * 4 + q] = x[std::size_t(j) * n + r + q];
            base = tail.data();
            stride = 4;
        }
        v4d best = v4d{} + std::numeric_limits<double>::infinity();
        v4l bi = v4l{};
        for (int g = 0; g < p.groups; ++g) {
            // coefficients are stored pre-broadcast (4 copies) so each multiply reads its operand from memory
            const v4du* cf = reinterpret_cast<const v4du*>(p.coef.data()) + std::size_t(g) * std::size_t(d) * 8;
            const v4du* nm = reinterpret_cast<const v4du*>(p.norms.data()) + std::size_t(g) * 8;
            v4d a0 = nm[0], a1 = nm[1], a2 = nm[2], a3 = nm[3], a4 = nm[4], a5 = nm[5], a6 = nm[6], a7 = nm[7];
            for (int j = 0; j < d; ++j) {
                v4d xv;
                std::memcpy(&xv, base + std::size_t(j) * stride, sizeof xv);
                const v4du* c = cf + std::size_t(j) * 8;
                a0 += xv * c[0]; a1 += xv * c[1]; a2 += xv * c[2]; a3 += xv * c[3];
                a4 += xv * c[4]; a5 += xv * c[5]; a6 += xv * c[6]; a7 += xv * c[7];
            }
            const long long id = g * 8;
            v4l m;
            m = a0 < best; best = m ? a0 : best; bi = m ? v4l{} + (id + 0) : bi;
            m = a1 < best; best = m ? a1 : best; bi = m ? v4l{} + (id + 1) : bi;
            m = a2 < best; best = m ? a2 : best; bi = m ? v4l{} + (id + 2) : bi;
            m = a3 < best; best = m ? a3 : best; bi = m ? v4l{} + (id + 3) : bi;
            m = a4 < best; best = m ? a4 : best; bi = m ? v4l{} + (id + 4) : bi;
            m = a5 < best; best = m ? a5 : best; bi = m ? v4l{} + (id + 5) : bi;
            m = a6 < best; best = m ? a6 : best; bi = m ? v4l{} + (id + 6) : bi;
            m = a7 < best; best = m ? a7 : best; bi = m ? v4l{} + (id + 7) : bi;
        }
        for (std::size_t q = 0; q < rows; ++q) {
            const auto lab = std::int32_t(bi[q]);
            const std::int32_t was = labels[r + q];
            if (was == lab) continue;
            ++changed;
            labels[r + q] = lab;
            if (!sums) continue;
            // Only rows that change cluster move the sums (the caller keeps the
            // running totals). Four copies, one per row of the tile, so
            // consecutive rows do not wait on each other's additions.
            double* s = sums + q * kd + std::size_t(lab) * std::size_t(d);
            for (int j = 0; j < d; ++j) s[j] += base[std::size_t(j) * stride + q];
            counts[q * std::size_t(p.k) + std::size_t(lab)] += 1;
            if (was < 0) continue;
            double* o = sums + q * kd + std::size_t(was) * std::size_t(d);
            for (int j = 0; j < d; ++j) o[j] -= base[std::size_t(j) * stride + q];
            counts[q * std::size_t(p.k) + std::size_t(was)] -= 1;
        }
    }
    return changed;
}

__attribute__((target("avx2"))) std::size_t assignAvx2(const double* x, std::size_t n, std::size_t b, std::size_t e,
                                                       const CenterPack& p, std::int32_t* l, double* s, double* c) {
    return assignBody(x, n, b, e, p, l, s, c);
}

std::size_t assignBase(const double* x, std::size_t n, std::size_t b, std::size_t e, const CenterPack& p,
                       std::int32_t* l, double* s, double* c) {
    return assignBody(x, n, b, e, p, l, s, c);
}

bool haveAvx2() {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}

} // namespace

void packCenters(const Eigen::MatrixXd& centers, CenterPack& pack) {
    pack.k = int(centers.rows());
    pack.d = int(centers.cols());
    pack.groups = (pack.k + 7) / 8;
    pack.coef.assign(std::size_t(pack.groups) * std::size_t(pack.d) * 8 * 4, 0.0);
    pack.norms.assign(std::size_t(pack.groups) * 8 * 4, std::numeric_limits<double>::infinity());
    for (int c = 0; c < pack.k; ++c) {
        const std::size_t g = std::size_t(c) / 8, slot = std::size_t(c) % 8;
        double norm = 0;
        for (int j = 0; j < pack.d; ++j) {
            const double v = centers(c, j);
            norm += v * v;
            std::fill_n(pack.coef.begin() + std::ptrdiff_t(((g * std::size_t(pack.d) + std::size_t(j)) * 8 + slot) * 4), 4, -2 * v);
        }
        std::fill_n(pack.norms.begin() + std::ptrdiff_t((g * 8 + slot) * 4), 4, norm);
    }
}

std::size_t assignRange(const double* x, std::size_t n, std::size_t begin, std::size_t end, const CenterPack& pack,
                        std::int32_t* labels, double* sums, double* counts) {
    return haveAvx2() ? assignAvx2(x, n, begin, end, pack, labels, sums, counts)
                      : assignBase(x, n, begin, end, pack, labels, sums, counts);
}

namespace {

// Feature by feature, as scikit-learn's exact differences; compiled for the
// baseline and for AVX2 (wider vectors, the same roundings: no FMA).
__attribute__((always_inline)) inline void sqDistanceBody(const double* x, std::size_t n, int d, std::size_t begin,
                                                          std::size_t end, const double* point, double* out) {
    const std::size_t m = end - begin;
    std::size_t i = 0;
    // four rows at a time with the sum in a register (explicit vectors: -O2 does not vectorise this)
    for (; i + 4 <= m; i += 4) {
        v4d acc{};
        for (int j = 0; j < d; ++j) {
            v4d v;
            std::memcpy(&v, x + std::size_t(j) * n + begin + i, sizeof v);
            const v4d diff = v - point[j];
            acc += diff * diff;
        }
        std::memcpy(out + i, &acc, sizeof acc);
    }
    for (; i < m; ++i) {
        double acc = 0;
        for (int j = 0; j < d; ++j) {
            const double diff = x[std::size_t(j) * n + begin + i] - point[j];
            acc += diff * diff;
        }
        out[i] = acc;
    }
}

__attribute__((target("avx2"))) void sqDistanceAvx2(const double* x, std::size_t n, int d, std::size_t b, std::size_t e,
                                                    const double* p, double* out) {
    sqDistanceBody(x, n, d, b, e, p, out);
}

void sqDistanceBase(const double* x, std::size_t n, int d, std::size_t b, std::size_t e, const double* p, double* out) {
    sqDistanceBody(x, n, d, b, e, p, out);
}

// Up to four candidates per sweep over the rows, each row's distance built feature by
// feature exactly as sqDistanceBody does (no FMA), then min'ed with `closest`.
__attribute__((always_inline)) inline void sqDistanceMinBody(const double* x, std::size_t n, int d, std::size_t begin,
                                                             std::size_t end, const double* const* pts, int count,
                                                             const double* closest, double* const* out) {
    const std::size_t m = end - begin;
    std::size_t i = 0;
    for (; i + 4 <= m; i += 4) {
        v4d acc[4] = {};
        for (int j = 0; j < d; ++j) {
            v4d v;
            std::memcpy(&v, x + std::size_t(j) * n + begin + i, sizeof v);
            for (int t = 0; t < count; ++t) {
                const v4d diff = v - pts[t][j];
                acc[t] += diff * diff;
            }
        }
        v4d near;
        std::memcpy(&near, closest + i, sizeof near);
        for (int t = 0; t < count; ++t) {
            const v4d best = near < acc[t] ? near : acc[t];   // std::min(acc, closest)
            std::memcpy(out[t] + i, &best, sizeof best);
        }
    }
    for (; i < m; ++i)
        for (int t = 0; t < count; ++t) {
            double acc = 0;
            for (int j = 0; j < d; ++j) {
                const double diff = x[std::size_t(j) * n + begin + i] - pts[t][j];
                acc += diff * diff;
            }
            out[t][i] = std::min(acc, closest[i]);
        }
}

__attribute__((target("avx2"))) void sqDistanceMinAvx2(const double* x, std::size_t n, int d, std::size_t b,
                                                       std::size_t e, const double* const* p, int c, const double* cl,
                                                       double* const* out) {
    sqDistanceMinBody(x, n, d, b, e, p, c, cl, out);
}

void sqDistanceMinBase(const double* x, std::size_t n, int d, std::size_t b, std::size_t e, const double* const* p,
                       int c, const double* cl, double* const* out) {
    sqDistanceMinBody(x, n, d, b, e, p, c, cl, out);
}

} // namespace

void sqDistanceMinRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end,
                        const double* const* points, int count, const double* closest, double* const* out) {
    for (int t0 = 0; t0 < count; t0 += 4) {
        const int c = std::min(4, count - t0);
        if (haveAvx2()) sqDistanceMinAvx2(x, n, d, begin, end, points + t0, c, closest, out + t0);
        else sqDistanceMinBase(x, n, d, begin, end, points + t0, c, closest, out + t0);
    }
}

void sqDistanceRange(const double* x, std::size_t n, int d, std::size_t begin, std::size_t end, const double* point,
                     double* out) {
    if (haveAvx2()) sqDistanceAvx2(x, n, d, begin, end, point, out);
    else sqDistanceBase(x, n, d, begin, end, point, out);
}

double sqDistanceToOwn(const double* x, std::size_t n, std::size_t begin, std::size_t end, const Eigen::MatrixXd& centers,
                       const std::int32_t* labels, double* out) {
    const int d = int(centers.cols());
    double total = 0;
    for (std::size_t i = begin; i < end; ++i) {
        double s = 0;
        for (int j = 0; j < d; ++j) {
            const double diff = x[std::size_t(j) * n + i] - centers(labels[i], j);
            s += diff * diff;
        }
        if (out) out[i - begin] = s;
        total += s;
    }
    return total;
}

} // namespace segmenta::kernel
