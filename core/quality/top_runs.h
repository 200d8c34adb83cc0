// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <algorithm>
#include <cstdint>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace segmenta::quality_detail {

// Keeps the k most frequent runs; on equal counts the run seen first wins, so
// callers that visit values in ascending order get "count desc, value asc".
// With distinct `where` values the result is the k best (count desc, where asc)
// whatever order they are offered in, so partial TopRuns of disjoint groups
// (e.g. from different workers) merge into the same result: offer each one's take().
class TopRuns {
public:
    explicit TopRuns(std::size_t k) : k_(k) {}
    void offer(std::int64_t count, std::size_t where) {
        // Most offers (a million ids seen once) lose to a full heap's weakest
        // entry: decided on its cached count and position without touching the heap.
        if (count < floor_ || (count == floor_ && where >= floorWhere_)) return;
        if (k_ == 0) return;
        if (heap_.size() < k_) {
            heap_.push({count, where});
            if (heap_.size() == k_) remember();
            return;
        }
        if (count > heap_.top().count || (count == heap_.top().count && where < heap_.top().where)) {
            heap_.pop();
            heap_.push({count, where});
            remember();
        }
    }
    // (count, where) most frequent first, ties by `where` ascending.
    std::vector<std::pair<std::int64_t, std::size_t>> take() {
        std::vector<std::pair<std::int64_t, std::size_t>> out;
        floor_ = std::numeric_limits<std::int64_t>::min();
        floorWhere_ = 0;
        while (!heap_.empty()) { out.emplace_back(heap_.top().count, heap_.top().where); heap_.pop(); }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        return out;
    }

private:
    void remember() {
        floor_ = heap_.top().count;
        floorWhere_ = heap_.top().where;
    }
    struct Entry {
        std::int64_t count;
        std::size_t where;
        // The heap's top is the weakest entry: lowest count, latest position.
        bool operator<(const Entry& o) const { return count > o.count || (count == o.count && where < o.where); }
    };
    std::size_t k_;
    std::int64_t floor_ = std::numeric_limits<std::int64_t>::min();   // the weakest entry once full
    std::size_t floorWhere_ = 0;
    std::priority_queue<Entry> heap_;
};

} // namespace segmenta::quality_detail
