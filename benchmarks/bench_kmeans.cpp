// SPDX-License-Identifier: GPL-3.0-or-later
// Times Segmenta's k-means on a raw float64 matrix written by bench_kmeans.py, so
// scikit-learn and Segmenta see exactly the same numbers. Prints one JSON line.
//
//   bench_kmeans fit  DATA.f64 ROWS COLS K N_INIT SEED [INIT.f64]
//   (fit-plain: the same without Hamerly's bounds, for comparison)
//   bench_kmeans scan DATA.f64 ROWS COLS KMAX N_INIT SEED SAMPLE
#include <immintrin.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/segment/cluster_scores.h"
#include "core/segment/kmeans.h"

using namespace segmenta;

namespace {

// CPU time of the whole process (all threads): under load, wall time mostly
// measures waiting for a core, CPU time what the work costs.
double cpuNow() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The file is row-major (numpy's C order); Eigen's matrix is column-major.
bool readMatrix(const std::string& path, Eigen::Index rows, Eigen::Index cols, Eigen::MatrixXd& m) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> r(rows, cols);
    in.read(reinterpret_cast<char*>(r.data()), std::streamsize(sizeof(double) * std::size_t(rows * cols)));
    if (!in) return false;
    m = r;
    return true;
}

bool plain = false;

// Peak resident memory of the fit alone: the high-water mark is reset after the
// matrix is read (Linux: "5" to /proc/self/clear_refs), then read from
// /proc/self/status (VmHWM, which includes the matrix itself). −1 when unknown.
void resetPeakMemory() { std::ofstream("/proc/self/clear_refs") << "5"; }

double peakMemoryMb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
    return -1;
}

// The memory-bandwidth bound measured in the same run: the wall time of reading
// the whole matrix once on two threads (a vectorised sum; the median of 7).
__attribute__((target("avx2"))) double sumRange(const double* p, std::size_t n) {
    __m256d a = _mm256_setzero_pd(), b = a, c = a, d = a;
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        a = _mm256_add_pd(a, _mm256_loadu_pd(p + i));
        b = _mm256_add_pd(b, _mm256_loadu_pd(p + i + 4));
        c = _mm256_add_pd(c, _mm256_loadu_pd(p + i + 8));
        d = _mm256_add_pd(d, _mm256_loadu_pd(p + i + 12));
    }
    double s = 0;
    for (; i < n; ++i) s += p[i];
    alignas(32) double t[4];
    _mm256_store_pd(t, _mm256_add_pd(_mm256_add_pd(a, b), _mm256_add_pd(c, d)));
    return s + t[0] + t[1] + t[2] + t[3];
}

double streamMs(const Eigen::MatrixXd& x) {
    const std::size_t n = std::size_t(x.size()), half = n / 2 / 16 * 16;
    std::vector<double> ms;
    double sink = 0;
    for (int rep = 0; rep < 7; ++rep) {
        double other = 0;
        const double t0 = now();
        std::thread t([&] { other = sumRange(x.data() + half, n - half); });
        sink += sumRange(x.data(), half);
        t.join();
        ms.push_back(1000 * (now() - t0));
        sink += other;
    }
    std::sort(ms.begin(), ms.end());
    return sink == 0.123 ? 0 : ms[ms.size() / 2];
}

// Lloyd phase: wall time of all iterations (assignment + centre update) and the first one,
// and the share of row distances computed after the first iteration (the bounds skip the rest).
void printLloydPhase(const KMeansFit& f) {
    double total = 0, later = 0, cpu = 0;
    std::size_t laterRows = 0;
    for (std::size_t i = 0; i < f.passSeconds.size(); ++i) {
        total += f.passSeconds[i];
        cpu += f.passCpuSeconds[i];
        if (i > 0) { later += f.passSeconds[i]; laterRows += f.passComputed[i]; }
    }
    const std::size_t its = f.passSeconds.size();
    if (std::getenv("BENCH_KMEANS_VERBOSE"))
        for (std::size_t i = 0; i < its; ++i)
            std::fprintf(stderr, "iteration %zu: %.2f ms, CPU %.2f ms, %zu rows computed\n", i + 1, 1000 * f.passSeconds[i],
                         1000 * f.passCpuSeconds[i], f.passComputed[i]);
    const double rows = double(f.labels.size());
    std::printf(", \"lloyd_ms\": %.4f, \"lloyd_iteration_ms\": %.4f, \"first_iteration_ms\": %.4f, "
                "\"later_iteration_ms\": %.4f, \"later_computed_share\": %.5f, \"lloyd_iteration_cpu_ms\": %.4f",
                1000 * total, its ? 1000 * total / double(its) : 0.0, its ? 1000 * f.passSeconds[0] : 0.0,
                its > 1 ? 1000 * later / double(its - 1) : 0.0,
                its > 1 ? double(laterRows) / (rows * double(its - 1)) : 1.0, its ? 1000 * cpu / double(its) : 0.0);
}

int fit(char** argv, int argc) {
    const Eigen::Index rows = std::atol(argv[3]), cols = std::atol(argv[4]);
    const int k = std::atoi(argv[5]), nInit = std::atoi(argv[6]);
    const auto seed = std::uint64_t(std::atoll(argv[7]));
    Eigen::MatrixXd x;
    if (!readMatrix(argv[2], rows, cols, x)) { std::fprintf(stderr, "cannot read %s\n", argv[2]); return 2; }
    if (argc > 8) {   // Lloyd from the given centres
        Eigen::MatrixXd init;
        if (!readMatrix(argv[8], k, cols, init)) { std::fprintf(stderr, "cannot read %s\n", argv[8]); return 2; }
        double var = 0;
        for (Eigen::Index j = 0; j < cols; ++j) var += (x.col(j).array() - x.col(j).mean()).square().mean();
        const double before = streamMs(x);
        const double t0 = now(), c0 = cpuNow();
        auto r = lloyd(x, init, 300, 1e-4 * var / double(cols), 0, nullptr, !plain);
        const double t = now() - t0, c = cpuNow() - c0;
        const double stream = std::min(before, streamMs(x));
        std::printf("{\"seconds\": %.6f, \"iterations\": %d, \"inertia\": %.17g, \"per_iteration_ms\": %.4f, "
                    "\"per_iteration_cpu_ms\": %.4f",
                    t, r->iterations, r->inertia, 1000 * t / r->iterations, 1000 * c / r->iterations);
        printLloydPhase(*r);
        std::printf(", \"stream_ms\": %.4f", stream);
        std::printf("}\n");
        return 0;
    }
    KMeansOptions o;
    o.k = k;
    o.nInit = nInit;
    o.seed = seed;
    o.bounds = !plain;
    resetPeakMemory();
    const double t0 = now();
    auto r = kmeans(x, o);
    const double t = now() - t0;
    std::printf("{\"seconds\": %.6f, \"iterations\": %d, \"inertia\": %.17g, \"per_iteration_ms\": %.4f", t,
                r->totalIterations, r->inertia, 1000 * t / r->totalIterations);
    printLloydPhase(*r);
    std::printf(", \"peak_mb\": %.1f, \"matrix_mb\": %.1f", peakMemoryMb(), double(x.size()) * 8 / (1024.0 * 1024.0));
    std::printf("}\n");
    return 0;
}

int scan(char** argv) {
    const Eigen::Index rows = std::atol(argv[3]), cols = std::atol(argv[4]);
    const int kMax = std::atoi(argv[5]), nInit = std::atoi(argv[6]);
    const auto seed = std::uint64_t(std::atoll(argv[7]));
    const std::size_t sample = std::size_t(std::atol(argv[8]));
    Eigen::MatrixXd x;
    if (!readMatrix(argv[2], rows, cols, x)) { std::fprintf(stderr, "cannot read %s\n", argv[2]); return 2; }
    const double t0 = now();
    std::vector<std::vector<std::int32_t>> labels;
    std::vector<double> inertia;
    for (int k = 2; k <= kMax; ++k) {
        KMeansOptions o;
        o.k = k;
        o.nInit = nInit;
        o.seed = seed + std::uint64_t(k);
        auto r = kmeans(x, o);
        labels.push_back(r->labels);
        inertia.push_back(r->inertia);
    }
    std::vector<const std::vector<std::int32_t>*> ptrs;
    for (const auto& l : labels) ptrs.push_back(&l);
    const auto rowsSample = silhouetteSample(std::size_t(rows), sample, seed);
    const auto sil = silhouetteScores(x, ptrs, rowsSample);
    const double t = now() - t0;
    int best = 0;
    for (std::size_t i = 1; i < sil.size(); ++i)
        if (sil[i] > sil[std::size_t(best)]) best = int(i);
    std::printf("{\"seconds\": %.6f, \"best_k\": %d, \"silhouette\": [", t, best + 2);
    for (std::size_t i = 0; i < sil.size(); ++i) std::printf("%s%.6f", i ? ", " : "", sil[i]);
    std::printf("]}\n");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    plain = argc >= 2 && std::string(argv[1]) == "fit-plain";
    if (argc >= 8 && (std::string(argv[1]) == "fit" || plain)) return fit(argv, argc);
    if (argc >= 9 && std::string(argv[1]) == "scan") return scan(argv);
    std::fprintf(stderr, "usage: bench_kmeans fit DATA ROWS COLS K N_INIT SEED [INIT] | scan DATA ROWS COLS KMAX N_INIT SEED SAMPLE\n");
    return 2;
}
