// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "core/common/random.h"
#include "core/table/dates.h"

namespace segmenta {

namespace {

// How each latent segment behaves. Means are per customer; the spread comes from
// the distributions used in drawBehaviour().
struct SegmentProfile {
    const char* name;
    double tenureLo, tenureHi;   // days, uniform
    double orders;               // Poisson mean, 12 months
    double aov;                  // median order value (log-normal)
    double aovSpread;
    double recencyBase, recencyMean;   // days since last order = base + Exp(mean)
    double returnP;              // chance an order is returned
    double sessions;             // Poisson mean, 30 days
    double newsletter;
    double ageMean, ageSd;
    double churnOffset;          // logit shift
    double baseWeight, driftWeight;    // share at drift 0 and drift 1
};

constexpr std::array<SegmentProfile, kDemoSegmentCount> kSegments{{
    {"Loyal high spenders", 500, 2200, 16.0, 95, 0.30, 1, 10, 0.04, 18, 0.80, 46, 11, -1.2, 0.18, 0.12},
    {"Bargain hunters", 150, 1500, 9.0, 24, 0.30, 1, 18, 0.16, 12, 0.70, 33, 10, 0.0, 0.24, 0.24},
    {"New customers", 1, 120, 0.8, 48, 0.40, 0, 15, 0.08, 7, 0.45, 29, 8, 0.3, 0.14, 0.22},
    {"Lapsing customers", 300, 2000, 0.5, 55, 0.40, 150, 90, 0.12, 1, 0.30, 42, 14, 0.8, 0.14, 0.22},
    {"Occasional buyers", 200, 2000, 3.5, 62, 0.35, 30, 45, 0.07, 4, 0.50, 50, 13, 0.0, 0.30, 0.20},
}};

// ISO 3166 codes, skewed like a shop based in the US and Europe. "NA" (Namibia)
// is rare on purpose: importers must keep it as a country, not a missing value.
constexpr std::array<const char*, 12> kCountries{"US", "GB", "DE", "FR", "CA", "AU", "NL", "ES", "IT", "SE", "IE", "NA"};
const std::vector<double> kCountryWeights{28, 14, 12, 9, 7, 6, 5, 5, 4, 3, 2.5, 0.5};

// "social" does not exist in the reference month and grows with drift.
constexpr std::array<const char*, 5> kChannels{"web", "app", "store", "marketplace", "social"};
constexpr int kMarketplace = 3, kSocial = 4;

constexpr std::array<const char*, 32> kFirstNames{
    "anna", "ben", "clara", "david", "emma", "felix", "grace", "hugo", "ines", "jonas", "kate", "liam",
    "mia", "noah", "olivia", "paul", "quinn", "rosa", "sam", "tara", "umar", "vera", "will", "xenia",
    "yusuf", "zoe", "lena", "marc", "nora", "omar", "pia", "tom"};
constexpr std::array<const char*, 32> kLastNames{
    "smith", "mueller", "jones", "schmidt", "brown", "martin", "garcia", "rossi", "berg", "dubois",
    "novak", "walsh", "kim", "lopez", "weber", "evans", "fischer", "meyer", "silva", "taylor", "nowak",
    "jensen", "moreau", "lund", "costa", "kaya", "baker", "wood", "hall", "young", "reid", "frank"};
// Domains reserved for documentation (RFC 2606): never a real person's address.
constexpr std::array<const char*, 5> kDomains{"example.com", "example.org", "example.net", "mail.example",
                                              "shop.example"};
const std::vector<double> kDomainWeights{50, 20, 15, 10, 5};
// Area codes for the fictional 555-01xx range.
constexpr std::array<const char*, 8> kAreaCodes{"202", "212", "303", "312", "415", "512", "617", "718"};

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double round2(double x) { return std::round(x * 100.0) / 100.0; }
double round3(double x) { return std::round(x * 1000.0) / 1000.0; }
double lerp(double a, double b, double t) { return a + (b - a) * t; }

struct Columns {
    Column* id; Column* email; Column* phone; Column* signup; Column* country; Column* channel;
    Column* age; Column* tenure; Column* orders; Column* revenue; Column* aov; Column* recency;
    Column* returns; Column* sessions; Column* newsletter; Column* churned; Column* score; Column* snapshot;
};

Column makeColumn(const char* name, ColumnType type, ColumnRole role = ColumnRole::Feature) {
    Column c;
    c.name = name;
    c.type = type;
    c.role = role;
    return c;
}

Table makeSchema() {
    using T = ColumnType;
    using R = ColumnRole;
    Table t;
    t.columns.push_back(makeColumn("customer_id", T::Identifier, R::Identifier));
    t.columns.push_back(makeColumn("email", T::Identifier, R::Identifier));
    t.columns.push_back(makeColumn("phone", T::Text, R::Ignore));
    t.columns.push_back(makeColumn("signup_date", T::Date, R::Ignore));
    t.columns.push_back(makeColumn("country", T::Category, R::Slice));
    t.columns.push_back(makeColumn("channel", T::Category, R::Slice));
    for (const char* n : {"age", "tenure_days", "orders_12m"}) t.columns.push_back(makeColumn(n, T::Integer));
    t.columns.push_back(makeColumn("revenue", T::Decimal));
    t.columns.push_back(makeColumn("avg_order_value", T::Decimal));
    t.columns.push_back(makeColumn("days_since_last_order", T::Integer));
    t.columns.push_back(makeColumn("returns_rate", T::Decimal));
    t.columns.push_back(makeColumn("sessions_30d", T::Integer));
    t.columns.push_back(makeColumn("newsletter", T::Boolean));
    t.columns.push_back(makeColumn("churned", T::Integer, R::Label));
    t.columns.push_back(makeColumn("churn_score", T::Decimal, R::Score));
    t.columns.push_back(makeColumn("snapshot_date", T::Date, R::Date));
    for (const char* c : kCountries) t.columns[4].levels.emplace_back(c);
    for (int i = 0; i < kSocial; ++i) t.columns[5].levels.emplace_back(kChannels[std::size_t(i)]);
    return t;
}

Columns bind(Table& t) {
    auto* c = t.columns.data();
    return {c, c + 1, c + 2, c + 3, c + 4, c + 5, c + 6, c + 7, c + 8, c + 9,
            c + 10, c + 11, c + 12, c + 13, c + 14, c + 15, c + 16, c + 17};
}

// The same draw as Random::weighted, on a fixed-size array: no allocation per row.
template <std::size_t N>
std::size_t weightedIndex(Random& rng, const std::array<double, N>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = rng.uniform() * total;
    for (std::size_t i = 0; i < N; ++i) {
        if (r < weights[i]) return i;
        r -= weights[i];
    }
    return N - 1;
}

std::size_t drawChannel(Random& rng, int segment, double drift) {
    std::array<double, kChannels.size()> w{0.42, 0.24, 0.12, 0.22, 0.0};
    for (int i = 0; i < kSocial; ++i) w[std::size_t(i)] *= 1.0 - 0.22 * drift;
    w[kSocial] = 0.22 * drift;
    if (segment == 0) { w[1] *= 1.5; w[2] *= 1.5; }
    if (segment == 1) w[kMarketplace] *= 2.0;
    if (segment == 2) w[kSocial] *= 2.0;
    return weightedIndex(rng, w);
}

// Writes a fictional phone number into buf; returns its length.
std::size_t drawPhone(Random& rng, std::size_t country, char* buf, std::size_t size) {
    const auto n = rng.below(1000);
    int len;
    if (country == 1)
        len = std::snprintf(buf, size, "+44 20 7946 0%03u", unsigned(n));
    else if (country == 2)
        len = std::snprintf(buf, size, "+49 30 23125%03u", unsigned(n));
    else
        len = std::snprintf(buf, size, "+1-%s-555-01%02u", kAreaCodes[rng.below(kAreaCodes.size())], unsigned(n % 100));
    return std::size_t(std::max(0, len));
}

void appendEmail(Random& rng, Column& column, char* buf, std::size_t size) {
    const char* first = kFirstNames[rng.below(kFirstNames.size())];
    const char* last = kLastNames[rng.below(kLastNames.size())];
    const char* domain = kDomains[rng.weighted(kDomainWeights)];
    const int len = std::snprintf(buf, size, "%s.%s%u@%s", first, last, unsigned(rng.below(1000)), domain);
    column.appendString(std::string_view(buf, std::size_t(std::max(0, len))));
}

// "C0000042": at least seven digits, written by hand (snprintf is slow at a million rows).
std::string_view customerId(std::uint64_t number, char* buf) {
    char digits[24];
    std::size_t n = 0;
    do { digits[n++] = char('0' + number % 10); number /= 10; } while (number > 0);
    std::size_t len = 0;
    buf[len++] = 'C';
    for (std::size_t pad = n; pad < 7; ++pad) buf[len++] = '0';
    while (n > 0) buf[len++] = digits[--n];
    return {buf, len};
}

// One customer: behaviour from its segment, outcome from a logistic model with a
// hidden factor, and a score from a model that does not see that factor.
void appendCustomer(Random& rng, Columns& c, std::uint64_t number, int seg, const DemoOptions& o) {
    const SegmentProfile& p = kSegments[std::size_t(seg)];
    char buf[96];
    c.id->appendString(customerId(number, buf));
    if (rng.bernoulli(0.03)) c.email->appendMissing(); else appendEmail(rng, *c.email, buf, sizeof buf);

    const std::size_t country = rng.weighted(kCountryWeights);
    if (rng.bernoulli(country <= 2 ? 0.5 : 0.8)) c.phone->appendMissing();
    else c.phone->appendString(std::string_view(buf, drawPhone(rng, country, buf, sizeof buf)));

    const auto tenure = std::int64_t(rng.uniform(p.tenureLo, p.tenureHi));
    c.signup->appendTime(o.snapshotDay - tenure);
    c.country->codes.push_back(std::int32_t(country));
    c.country->missing.push_back(0);
    const std::size_t channel = drawChannel(rng, seg, o.drift);
    if (channel == kSocial && c.channel->levels.size() == kSocial) c.channel->levels.emplace_back(kChannels[kSocial]);
    c.channel->codes.push_back(std::int32_t(channel));
    c.channel->missing.push_back(0);

    const double age = std::clamp(std::round(rng.normal(p.ageMean, p.ageSd)), 18.0, 90.0);
    if (rng.bernoulli(0.06 + 0.14 * o.drift)) c.age->appendMissing(); else c.age->appendNumber(age);
    c.tenure->appendNumber(double(tenure));

    // New customers have ordered at least once; capped by how long they have been here.
    std::int64_t orders = rng.poisson(p.orders) + (seg == 2 ? 1 : 0);
    orders = std::min<std::int64_t>(orders, std::max<std::int64_t>(1, tenure / 7));
    c.orders->appendNumber(double(orders));
    const double aov = p.aov * (1.0 + 0.12 * o.drift) * rng.lognormal(0.0, p.aovSpread);
    const double revenue = orders == 0 ? 0.0 : round2(double(orders) * aov * rng.lognormal(0.0, 0.1));
    c.revenue->appendNumber(revenue);
    if (orders == 0) c.aov->appendMissing(); else c.aov->appendNumber(round2(revenue / double(orders)));

    double recency = std::round(p.recencyBase + rng.exponential(p.recencyMean));
    if (orders == 0) recency = std::max(recency, 365.0 + std::round(rng.exponential(120)));
    if (recency > double(tenure) && orders == 0) c.recency->appendMissing();   // never ordered
    else c.recency->appendNumber(std::min(recency, double(tenure)));

    std::int64_t returned = 0;
    for (std::int64_t i = 0; i < orders; ++i) returned += rng.bernoulli(p.returnP) ? 1 : 0;
    if (orders == 0) c.returns->appendMissing();
    else c.returns->appendNumber(round2(double(returned) / double(orders)));
    const double returnsRate = orders == 0 ? 0.0 : double(returned) / double(orders);

    const auto sessions = rng.poisson(p.sessions * (channel == 1 ? 1.3 : 1.0));
    c.sessions->appendNumber(double(sessions));
    const bool newsletter = rng.bernoulli(p.newsletter);
    c.newsletter->appendNumber(newsletter ? 1.0 : 0.0);

    const double f = -1.7 + p.churnOffset + 0.006 * std::min(recency - 45.0, 400.0) - 0.04 * (double(sessions) - 6.0)
                     - 0.03 * (double(std::min<std::int64_t>(orders, 30)) - 4.0) + 1.5 * (returnsRate - 0.08)
                     - (newsletter ? 0.3 : 0.0);
    const double hidden = rng.normal(0.0, 0.7);
    c.churned->appendNumber(rng.bernoulli(sigmoid(f + hidden)) ? 1.0 : 0.0);
    // E[sigmoid(f + h)] ≈ sigmoid(f / sqrt(1 + π·0.49/8)) ≈ sigmoid(0.915 f): a calibrated
    // model shrinks like that. The marketplace model was trained elsewhere and misses churn.
    const double shift = channel == kMarketplace ? -0.9 : 0.0;
    c.score->appendNumber(round3(sigmoid(0.915 * f + shift + rng.normal(0.0, 0.25))));
    c.snapshot->appendTime(o.snapshotDay);
}

} // namespace

const char* demoSegmentName(int segment) noexcept {
    return segment >= 0 && segment < kDemoSegmentCount ? kSegments[std::size_t(segment)].name : "";
}

DemoTable generateCustomers(const DemoOptions& options, const Progress* progress) {
    DemoOptions o = options;
    if (o.snapshotDay == 0) o.snapshotDay = daysFromCivil(2025, 12, 31);
    o.drift = std::clamp(o.drift, 0.0, 1.0);
    DemoTable out;
    out.table = makeSchema();
    out.table.sourceName = "customers.csv";
    for (auto& col : out.table.columns) col.reserve(o.rows);
    out.table.columns[0].strings.reserve(o.rows, o.rows * 8);
    out.table.columns[1].strings.reserve(o.rows, o.rows * 28);
    out.latentSegment.reserve(o.rows);
    Columns cols = bind(out.table);

    std::vector<double> weights(kDemoSegmentCount);
    for (std::size_t s = 0; s < weights.size(); ++s)
        weights[s] = lerp(kSegments[s].baseWeight, kSegments[s].driftWeight, o.drift);

    Random rng(o.seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(std::llround(o.drift * 1e6)));
    for (std::size_t i = 0; i < o.rows; ++i) {
        if ((i & 0xFFFF) == 0) {
            if (cancelled(progress)) return {};
            report(progress, double(i) / double(std::max<std::size_t>(1, o.rows)), "Generating customers");
        }
        const int seg = int(rng.weighted(weights));
        out.latentSegment.push_back(seg);
        appendCustomer(rng, cols, o.firstCustomer + i, seg, o);
    }
    report(progress, 1.0, "Generating customers");
    return out;
}

} // namespace segmenta
