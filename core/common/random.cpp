// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/random.h"

#include <algorithm>
#include <numeric>

namespace segmenta {

std::vector<std::uint32_t> Random::sampleWithoutReplacement(std::uint32_t n, std::uint32_t k) {
    k = std::min(k, n);
    std::vector<std::uint32_t> index(n);
    std::iota(index.begin(), index.end(), 0u);
    for (std::uint32_t i = 0; i < k; ++i) {
        const auto j = i + std::uint32_t(below(n - i));
        std::swap(index[i], index[j]);
    }
    index.resize(k);
    std::sort(index.begin(), index.end());
    return index;
}

} // namespace segmenta
