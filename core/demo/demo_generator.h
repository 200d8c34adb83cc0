// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/table/table.h"

namespace segmenta {

// The demo customer table: a seeded, fully synthetic shop with five latent
// segments (loyal high spenders, bargain hunters, new customers, lapsing,
// occasional buyers) that separate well on a few behaviour columns.
//
// Columns (18): customer_id, email, phone, signup_date, country, channel, age,
// tenure_days, orders_12m, revenue, avg_order_value, days_since_last_order,
// returns_rate, sessions_30d, newsletter, churned, churn_score, snapshot_date.
//
// churn_score is a noisy model's probability for `churned`: roughly calibrated,
// except for the "marketplace" channel where it underestimates churn (so the
// Slices page has a real miscalibrated slice to flag). E-mail domains and phone
// numbers are reserved for fiction (example.com, +1-202-555-01xx, +44 20 7946 0xxx).
struct DemoOptions {
    std::size_t rows = 5000;
    std::uint64_t seed = 42;
    // 0 = the reference month; 1 = the strongest drift (month 6 of the bundle).
    // Drift shifts the segment mix towards lapsing and new customers, grows the
    // new "social" channel, raises prices and loses more ages.
    double drift = 0;
    std::int64_t snapshotDay = 0;     // days since 1970-01-01; 0 = 2025-12-31
    std::uint64_t firstCustomer = 1;  // customer_id numbering starts here
};

// The latent segment of each generated row is returned alongside, for tests
// that check the segmentation finds them; it is not a column of the table.
struct DemoTable {
    Table table;
    std::vector<std::int32_t> latentSegment;
};

// Number of latent segments and their plain names (index = latentSegment value).
constexpr int kDemoSegmentCount = 5;
const char* demoSegmentName(int segment) noexcept;

// Builds the table in memory. Deterministic for the same options on every
// machine (segmenta::Random only). Returns an empty table if cancelled.
DemoTable generateCustomers(const DemoOptions& options, const Progress* progress = nullptr);

// What `segmenta-cli demo` and the app's first start write.
struct DemoFilesOptions {
    std::size_t rows = 5000;        // customers.csv
    std::size_t monthRows = 2500;   // each monthly snapshot
    int months = 6;                 // customers_2026-01.csv … (0 = none)
    std::uint64_t seed = 42;
};

struct DemoFilesSummary {
    std::vector<std::string> files;   // full paths, in order written
    std::vector<std::size_t> rows;    // rows per file
    std::uint64_t bytes = 0;          // total written
};

// Writes DIR/customers.csv (reference, snapshot 2025-12-31) and
// DIR/customers_2026-MM.csv for MM = 1..months, month m at drift m/6 (capped
// at 1), each a fresh draw of the same customer numbering. Creates DIR.
Result<DemoFilesSummary> writeDemoFiles(const std::string& directory, const DemoFilesOptions& options,
                                        const Progress* progress = nullptr);

// Writes a table as RFC 4180 CSV (comma, LF, quotes only where needed).
// Meant for generated tables; returns bytes written.
Result<std::uint64_t> writeDemoCsv(const Table& table, const std::string& path);

} // namespace segmenta
