// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli customers FILE [--customer COL] [--date COL] [--amount COL] [--order COL] [--as-of DATE]
//   [--rule rfm|rank] [--horizon DAYS] [--holdout DAYS] [--summary X,TX,T[,VALUE]] [--json] [--out customers.csv]
// Reads a shop or creator export, rolls its orders up to customers and prints
// the RFM segments, the lifetime-value models, the holdout check and the
// monthly cohorts; --out writes one row per customer (spreadsheet-safe).
#include <cmath>
#include <cstdio>
#include <ostream>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/customers_json.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/orders/export_file.h"
#include "core/orders/timestamp.h"
#include "core/table/dates.h"

namespace segmenta::cli {

namespace {

using namespace orders;

int fail(std::ostream& err, const std::string& message) {
    err << "segmenta-cli customers: " << message << "\n";
    return kExitBadInput;
}

struct Settings {
    std::optional<std::int64_t> asOfDay;
    RfmRule rule = RfmRule::Quantile;
    double horizon = 365;
    std::optional<long long> holdoutDays;   // unset = a quarter of the date range; 0 = none
};

bool parseSettings(Args& args, Settings& s, std::string& error) {
    if (auto a = args.value("as-of")) {
        const auto t = parseTimestamp(*a);
        if (!t) { error = "--as-of must be a date such as 2024-06-30 (got '" + *a + "')"; return false; }
        s.asOfDay = *t / 86400;
    }
    if (auto r = args.value("rule")) {
        if (*r == "rfm") s.rule = RfmRule::Quantile;
        else if (*r == "rank") s.rule = RfmRule::Rank;
        else { error = "unknown --rule '" + *r + "'; use rfm or rank"; return false; }
    }
    if (!args.doubleValue("horizon", s.horizon, 1, 36500)) { error = args.error(); return false; }
    if (args.has("holdout")) {
        long long h = 0;
        if (!args.intValue("holdout", h, 0, 36500)) { error = args.error(); return false; }
        s.holdoutDays = h;
    }
    return true;
}

// --customer/--date/--amount/--order replace what the header suggested.
bool applyColumnChoices(const Args& args, const Table& raw, ColumnMapping& m, std::string& error) {
    const std::pair<const char*, std::string*> choices[] = {
        {"customer", &m.customer}, {"date", &m.date}, {"amount", &m.amount}, {"order", &m.order}};
    for (const auto& [option, field] : choices) {
        const auto v = args.value(option);
        if (!v) continue;
        if (!raw.column(*v)) { error = "unknown column '" + *v + "' for --" + option + ": the file has no such column"; return false; }
        *field = *v;
        if (std::string(option) == "customer") m.customerFallback.clear();
        if (std::string(option) == "date") m.time.clear();
        if (std::string(option) == "amount") m.refunded.clear();
    }
    return true;
}

Column numberColumn(const char* name, const std::vector<double>& values, ColumnType type = ColumnType::Decimal) {
    Column c;
    c.name = name;
    c.type = type;
    for (const double v : values) {
        if (std::isfinite(v)) c.appendNumber(v);
        else c.appendMissing();
    }
    return c;
}

// The --out table: the customer table's first nine columns, the scores, the segment and the values.
Result<std::size_t> writeCustomers(const std::string& path, const CustomerSummary& c, const RfmResult& rfm,
                                   const CustomerValues& values) {
    Table base = customerTable(c);
    base.columns.resize(9);   // customer … average_value; top_* are not part of this file
    std::vector<Column> extra;
    const auto scores = [&](const char* name, const std::vector<std::uint8_t>& s) {
        extra.push_back(numberColumn(name, std::vector<double>(s.begin(), s.end()), ColumnType::Integer));
    };
    scores("r_score", rfm.r);
    scores("f_score", rfm.f);
    scores("m_score", rfm.m);
    Column segment;
    segment.name = "rfm_segment";
    segment.type = ColumnType::Category;
    for (const int s : rfm.segment) segment.appendCategory(rfm.segmentNames[std::size_t(s)]);
    extra.push_back(std::move(segment));
    extra.push_back(numberColumn("p_alive", values.probabilityAlive));
    extra.push_back(numberColumn("expected_orders", values.expectedOrders));
    extra.push_back(numberColumn("expected_value", values.expectedValue));
    return writeCsvFile(path, base, extra);
}

void printText(std::ostream& out, const OrderLog& log, const CustomerSummary& c, const RfmResult& rfm,
               const BgNbdFit& fit, const HoldoutCheck* holdout) {
    out << displayName(log.source.platform) << ": " << log.rows << " rows, " << log.orders.size() << " orders, "
        << c.size() << " customers as of " << formatDate(c.asOfDay) << "\n";
    for (const auto& [reason, count] : log.leftOut) out << "  left out (" << reason << "): " << count << "\n";
    char buf[256];
    for (const auto& s : segmentTotals(c, rfm)) {
        std::snprintf(buf, sizeof buf, "  %-20s %7lld customers  %5.1f%%  revenue %.2f (%.1f%%)\n", s.name.c_str(),
                      static_cast<long long>(s.customers), 100 * s.shareCustomers, s.revenue, 100 * s.shareRevenue);
        out << buf;
    }
    if (fit.converged) {
        std::snprintf(buf, sizeof buf, "BG/NBD r %.4f alpha %.4f a %.4f b %.4f (log-likelihood %.2f)\n", fit.params.r,
                      fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood);
        out << buf;
    } else {
        out << "note: " << fit.message << "\n";
    }
    if (holdout && holdout->ok) out << holdout->sentence << "\n";
    for (const auto& n : log.notes) out << "note: " << n << "\n";
}

// A table that is already summarised: x, t_x, T and optionally the mean value per customer.
int runSummary(const Args& args, const std::string& file, const Settings& settings, std::ostream& out,
               std::ostream& err) {
    const auto names = Args::splitList(*args.value("summary"));
    if (names.size() < 3 || names.size() > 4)
        return fail(err, "--summary needs three or four column names: X,TX,T[,VALUE]");
    auto csv = readCsvFile(file);
    if (!csv) return fail(err, csv.error().message);
    const Table& t = csv->table;
    std::vector<std::vector<double>> cols;
    for (const auto& name : names) {
        const Column* c = t.column(name);
        if (!c) return fail(err, "unknown column '" + name + "' in --summary: the file has no such column");
        if (!isNumeric(c->type)) return fail(err, "column '" + name + "' holds no numbers (row 1: '" + c->displayText(0) + "')");
        for (std::size_t r = 0; r < c->size(); ++r)
            if (c->isMissing(r) || c->numbers[r] < 0)
                return fail(err, "column '" + name + "', row " + std::to_string(r + 1) + ": '" + c->displayText(r) +
                                     "' is not a number of zero or more");
        cols.push_back(c->numbers);
    }
    ClvData data{cols[0], cols[1], cols[2], names.size() == 4 ? cols[3] : std::vector<double>(cols[0].size(), 0.0)};
    const BgNbdFit fit = fitBgNbd(data);
    const GammaGammaFit value = names.size() == 4 ? fitGammaGamma(data) : GammaGammaFit{};
    Json j;
    j["source"] = {{"platform", "summary"}, {"rows", t.rowCount()}, {"customers", t.rowCount()}};
    j["as_of"] = nullptr;
    j["rfm"] = nullptr;
    j["clv"] = fit.converged ? clvJson(fit, value, settings.horizon, nullptr) : Json(nullptr);
    j["cohorts"] = nullptr;
    if (!fit.converged) j["notes"] = {fit.message};
    if (args.flag("json")) out << j.dump() << "\n";
    else if (fit.converged) out << j["clv"].dump(2) << "\n";
    else out << "note: " << fit.message << "\n";
    return kExitOk;
}

int runMembers(const Args& args, const ExportFile& file, const Settings& settings, std::ostream& out, std::ostream& err) {
    auto members = buildMemberView(file.raw, file.recognition, settings.asOfDay);
    if (!members) return fail(err, members.error().message);
    if (auto path = args.value("out")) {
        auto w = writeCsvFile(*path, members->table);
        if (!w) return fail(err, w.error().message);
    }
    Json j;
    j["source"] = membersSourceJson(*members);
    j["as_of"] = formatDate(members->asOfDay);
    j["rfm"] = nullptr;
    j["clv"] = nullptr;
    j["cohorts"] = nullptr;
    j["notes"] = {std::string("This is a ") + displayName(file.recognition.platform) +
                  " export: a member list, not orders; it is shown as members (tenure, status, lifetime amount)."};
    if (args.flag("json")) out << j.dump() << "\n";
    else out << displayName(file.recognition.platform) << ": " << members->table.rowCount() << " members\n"
             << j["notes"][0].get<std::string>() << "\n";
    return kExitOk;
}

} // namespace

int runCustomers(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    Args args;
    if (!args.parse(argv, {"customer", "date", "amount", "order", "as-of", "rule", "horizon", "holdout", "summary", "out"},
                    {"json"}))
        return fail(err, args.error());
    if (args.positionals().size() != 1)
        return fail(err, "give exactly one CSV file: segmenta-cli customers FILE [--json] [--out customers.csv] …");
    Settings settings;
    std::string error;
    if (!parseSettings(args, settings, error)) return fail(err, error);
    const std::string& path = args.positionals()[0];
    if (args.has("summary")) return runSummary(args, path, settings, out, err);

    auto file = readExportFile(path);
    if (!file) return fail(err, file.error().message);
    if (!applyColumnChoices(args, file->raw, file->recognition.mapping, error)) return fail(err, error);
    if (file->recognition.kind == ExportKind::Members) return runMembers(args, *file, settings, out, err);

    auto log = buildOrderLog(file->raw, file->recognition);
    if (!log) return fail(err, log.error().message);
    const CustomerSummary customers = summariseCustomers(*log, settings.asOfDay);
    if (customers.size() == 0) return fail(err, "no order falls before the --as-of date; choose a later date");
    const RfmResult rfm = scoreRfm(customers, settings.rule);
    const ClvData data = clvData(customers);
    const BgNbdFit fit = fitBgNbd(data);
    const GammaGammaFit value = fit.converged ? fitGammaGamma(data) : GammaGammaFit{};
    const CustomerValues values = customerValues(customers, fit, value, settings.horizon);
    const long long holdoutDays = settings.holdoutDays.value_or(defaultHoldoutDays(customers));
    HoldoutCheck holdout;
    if (fit.converged && holdoutDays > 0) holdout = holdoutCheck(*log, customers.asOfDay, holdoutDays);
    const auto cohorts = monthlyCohorts(*log, customers.asOfDay);

    if (auto outPath = args.value("out")) {
        auto w = writeCustomers(*outPath, customers, rfm, values);
        if (!w) return fail(err, w.error().message);
    }
    if (!args.flag("json")) {
        printText(out, *log, customers, rfm, fit, &holdout);
        return kExitOk;
    }
    Json j;
    j["source"] = sourceJson(*log, customers.size());
    j["as_of"] = formatDate(customers.asOfDay);
    j["rfm"] = rfmJson(customers, rfm);
    j["clv"] = fit.converged ? clvJson(fit, value, settings.horizon, &holdout) : Json(nullptr);
    j["cohorts"] = cohortsJson(cohorts);
    Json notes = Json::array();
    if (!fit.converged) notes.push_back(fit.message);
    if (fit.converged && !value.converged) notes.push_back(value.message);
    if (fit.converged && holdoutDays > 0 && !holdout.ok) notes.push_back(holdout.message);
    if (customers.ordersAfterAsOf > 0)
        notes.push_back(std::to_string(customers.ordersAfterAsOf) + " orders on or after the as-of date are not counted.");
    j["notes"] = notes;
    out << j.dump() << "\n";
    return kExitOk;
}

} // namespace segmenta::cli
