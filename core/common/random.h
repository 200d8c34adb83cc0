// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cmath>
#include <cstdint>
#include <vector>

namespace segmenta {

// The project's own random generator and sampling. std:: distributions differ
// between standard libraries, so a seed alone would not give the same result on
// every machine; everything here is specified bit for bit.
//
// Generator: xoshiro256** (Blackman & Vigna 2018), seeded through splitmix64.
class Random {
public:
    explicit Random(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (auto& s : s_) s = splitmix64(x);
    }

    std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() noexcept { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) noexcept { return lo + (hi - lo) * uniform(); }

    // Uniform integer in [0, n), unbiased (Lemire 2019, with rejection).
    std::uint64_t below(std::uint64_t n) noexcept {
        if (n == 0) return 0;
        __uint128_t m = __uint128_t(next()) * n;
        auto low = std::uint64_t(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = __uint128_t(next()) * n;
                low = std::uint64_t(m);
            }
        }
        return std::uint64_t(m >> 64);
    }

    // Standard normal by the Marsaglia polar method (no cached spare, so the
    // stream position depends only on the number of calls).
    double normal() noexcept {
        for (;;) {
            const double u = 2.0 * uniform() - 1.0;
            const double v = 2.0 * uniform() - 1.0;
            const double s = u * u + v * v;
            if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * std::log(s) / s);
        }
    }
    double normal(double mean, double sd) noexcept { return mean + sd * normal(); }

    // Exponential with the given mean.
    double exponential(double mean) noexcept { return -mean * std::log1p(-uniform()); }

    // Log-normal: exp(N(mu, sigma)).
    double lognormal(double mu, double sigma) noexcept { return std::exp(normal(mu, sigma)); }

    // Poisson (Knuth for small means, normal approximation above 30).
    std::int64_t poisson(double mean) noexcept {
        if (mean <= 0) return 0;
        if (mean > 30) {
            const double x = std::round(normal(mean, std::sqrt(mean)));
            return x < 0 ? 0 : std::int64_t(x);
        }
        const double limit = std::exp(-mean);
        std::int64_t k = 0;
        double p = uniform();
        while (p > limit) { ++k; p *= uniform(); }
        return k;
    }

    bool bernoulli(double p) noexcept { return uniform() < p; }

    // Index drawn with probability proportional to weights (all >= 0, sum > 0).
    std::size_t weighted(const std::vector<double>& weights) noexcept {
        double total = 0;
        for (double w : weights) total += w;
        double r = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }

    // Fisher–Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T>& v) noexcept {
        for (std::size_t i = v.size(); i > 1; --i) {
            const std::size_t j = below(i);
            std::swap(v[i - 1], v[j]);
        }
    }

    // k distinct indices from [0, n), in increasing order (Floyd's algorithm + sort
    // would need a set; a partial Fisher–Yates on an index array is simpler and
    // fine for the sample sizes we use).
    std::vector<std::uint32_t> sampleWithoutReplacement(std::uint32_t n, std::uint32_t k);

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t& x) noexcept {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint64_t s_[4]{};
};

} // namespace segmenta
