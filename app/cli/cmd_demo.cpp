// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli demo --out DIR [--rows N] [--months M] [--month-rows N] [--seed S] [--json]
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/messages.h"
#include "core/demo/demo_generator.h"

namespace segmenta::cli {

namespace {

std::string humanBytes(std::uint64_t bytes) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1);
    if (bytes >= 1000000) s << double(bytes) / 1e6 << " MB";
    else s << double(bytes) / 1e3 << " kB";
    return s.str();
}

void printSummary(const DemoFilesSummary& summary, double seconds, std::ostream& out) {
    out << "Demo customer data written (" << summary.files.size() << " files, " << humanBytes(summary.bytes)
        << ", " << std::fixed << std::setprecision(2) << seconds << " s):\n";
    for (std::size_t i = 0; i < summary.files.size(); ++i)
        out << "  " << summary.files[i] << "  " << summary.rows[i] << " rows\n";
    out << "Columns: customer_id, email, phone, signup_date, country, channel, age, tenure_days, orders_12m,\n"
           "  revenue, avg_order_value, days_since_last_order, returns_rate, sessions_30d, newsletter,\n"
           "  churned (label), churn_score (model probability), snapshot_date.\n"
           "The monthly files drift a little more each month (more lapsing customers, a growing 'social'\n"
           "channel, higher prices, more missing ages).\n";
}

} // namespace

int runDemo(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"out", "rows", "months", "month-rows", "seed"}, {"json"})) return refuse(err, "demo", args.error());
    if (!args.positionals().empty())
        return refuse(err, "demo", "unexpected argument '" + args.positionals().front() + "' (use --out DIR)");
    const auto dir = args.value("out");
    if (!dir || dir->empty()) return refuse(err, "demo", "say where to write the files with --out DIR");
    DemoFilesOptions options;
    long long rows = 5000, months = 6, monthRows = -1, seed = 42;
    if (!args.intValue("rows", rows, 1, 100000000) || !args.intValue("months", months, 0, 120) ||
        !args.intValue("month-rows", monthRows, 1, 100000000) || !args.intValue("seed", seed, 0, (1LL << 62)))
        return refuse(err, "demo", args.error());
    options.rows = std::size_t(rows);
    // Monthly snapshots are half the reference by default, so the bundle stays small.
    options.monthRows = monthRows > 0 ? std::size_t(monthRows) : std::max<std::size_t>(1, options.rows / 2);
    options.months = int(months);
    options.seed = std::uint64_t(seed);

    const auto start = std::chrono::steady_clock::now();
    auto summary = writeDemoFiles(*dir, options);
    if (!summary) return refuse(err, "demo", summary.error().message);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args.flag("json")) {
        nlohmann::json files = nlohmann::json::array();
        for (std::size_t i = 0; i < summary->files.size(); ++i)
            files.push_back({{"path", summary->files[i]}, {"rows", summary->rows[i]}});
        out << nlohmann::json{{"files", files}, {"bytes", summary->bytes}, {"seconds", seconds}}.dump() << "\n";
    } else {
        printSummary(*summary, seconds, out);
    }
    return kExitOk;
}

} // namespace segmenta::cli
