// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 compression with the x86 SHA extensions: ~1.5-2 GB/s against ~0.25 GB/s
// for the portable code, which made fingerprinting the file most of the cost of
// recording a snapshot. Compiled with a per-function target attribute so the rest
// of the build stays baseline x86-64; chosen at run time from CPUID.
#include "core/history/sha256_ni.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define SEGMENTA_HAVE_SHA_NI 1
#endif

namespace segmenta::sha256detail {

#ifdef SEGMENTA_HAVE_SHA_NI


bool cpuHasShaNi() noexcept {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3)) return false;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return (b & (1u << 29)) != 0;   // CPUID.(EAX=7,ECX=0):EBX.SHA[bit 29]
}

__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(std::uint32_t state[8], const std::uint8_t* data,
                                                             std::size_t count) noexcept {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    // The instructions keep the state as ABEF / CDGH.
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);   // CDAB
    __m128i s1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B); // EFGH
    __m128i s0 = _mm_alignr_epi8(tmp, s1, 8);     // ABEF
    s1 = _mm_blend_epi16(s1, tmp, 0xF0);          // CDGH
    for (; count > 0; --count, data += 64) {
        const __m128i save0 = s0, save1 = s1;
        __m128i w[4];
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            __m128i m;
            if (g < 4) {
                m = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            } else {
                // W[4g..4g+3] from the four previous groups (w[g&3] still holds group g-4).
                m = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
                m = _mm_add_epi32(m, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
                m = _mm_sha256msg2_epu32(m, w[(g + 3) & 3]);
            }
            w[g & 3] = m;
            __m128i k = _mm_add_epi32(m, _mm_load_si128(reinterpret_cast<const __m128i*>(kRoundConstants + 4 * g)));
            s1 = _mm_sha256rnds2_epu32(s1, s0, k);
            k = _mm_shuffle_epi32(k, 0x0E);
            s0 = _mm_sha256rnds2_epu32(s0, s1, k);
        }
        s0 = _mm_add_epi32(s0, save0);
        s1 = _mm_add_epi32(s1, save1);
    }
    tmp = _mm_shuffle_epi32(s0, 0x1B);            // FEBA
    s1 = _mm_shuffle_epi32(s1, 0xB1);             // DCHG
    s0 = _mm_blend_epi16(tmp, s1, 0xF0);          // DCBA
    s1 = _mm_alignr_epi8(s1, tmp, 8);             // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), s0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), s1);
}

#else

bool cpuHasShaNi() noexcept { return false; }
void compressShaNi(std::uint32_t*, const std::uint8_t*, std::size_t) noexcept {}

#endif

} // namespace segmenta::sha256detail
