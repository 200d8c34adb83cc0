// SPDX-License-Identifier: GPL-3.0-or-later
// Drift metrics against SciPy/numpy (tests/fixtures/drift/make_drift_fixtures.py).
#include <QtTest>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/drift/drift.h"
#include "core/drift/drift_stats.h"
#include "core/common/radix_sort.h"

using namespace segmenta;
using nlohmann::json;

namespace {

json loadFixture() {
    std::ifstream in(SEGMENTA_SOURCE_DIR "/tests/fixtures/drift/drift_reference.json");
    return json::parse(in);
}

// The fixture script's LCG sample(), bit for bit.
std::vector<double> sample(const json& spec) {
    const std::string kind = spec[0];
    const int n = spec[1];
    std::uint64_t state = spec[2].get<std::uint64_t>();
    const double shift = spec.size() > 3 ? spec[3].get<double>() : 0.0;
    const double scale = spec.size() > 4 ? spec[4].get<double>() : 1.0;
    auto u = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / 9007199254740992.0;
    };
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        double v;
        if (kind == "normal") { const double a = u(), b = u(), c = u(), d = u(); v = (a + b + c + d - 2.0) * scale + shift; }
        else if (kind == "skewed") { const double a = u(); v = a * a * a * scale + shift; }
        else if (kind == "rounded") { const double a = u(), b = u(), c = u(), d = u(); v = std::floor((a + b + c + d) * 10.0 * scale + shift) / 10.0; }
        else { v = std::floor(u() * 4.0 * scale + shift); }
        out.push_back(v);
    }
    return out;
}

bool close(double a, double b, double rel, double abs = 1e-300) {
    return std::fabs(a - b) <= std::max(abs, rel * std::max(std::fabs(a), std::fabs(b)));
}

} // namespace

class TestDriftScipy : public QObject {
    Q_OBJECT
    json fx = loadFixture();

private slots:
    void numeric_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < fx["numeric"].size(); ++i)
            QTest::newRow(fx["numeric"][i]["name"].get<std::string>().c_str()) << int(i);
    }
    void numeric() {
        QFETCH(int, index);
        const json& c = fx["numeric"][std::size_t(index)];
        DriftThresholds t;
        t.psiBins = c["bins"];
        const auto d = numericDrift("x", sample(c["ref"]), sample(c["cur"]), 0, 0, t);
        if (c["distinct"].get<int>() <= 5) {
            QCOMPARE(d.kind, DriftKind::Categorical);
            QVERIFY(close(*d.chi2Statistic, c["chi2_statistic"], 1e-9));
            QVERIFY(close(*d.chi2PValue, c["chi2_p_value"], 1e-7, 1e-300));
            QCOMPARE(*d.chi2Dof, c["chi2_dof"].get<int>());
            return;
        }
        QCOMPARE(d.kind, DriftKind::Numeric);
        QVERIFY2(close(*d.ksStatistic, c["ks_statistic"], 1e-12),
                 qPrintable(QString::number(*d.ksStatistic, 'g', 17)));
        const double p = c["ks_p_value"];
        QVERIFY2(close(*d.ksPValue, p, 1e-6, 1e-15),
                 qPrintable(QStringLiteral("p %1 vs scipy %2").arg(*d.ksPValue, 0, 'g', 17).arg(p, 0, 'g', 17)));
        QVERIFY2(close(*d.wassersteinNormed, c["wasserstein_normed"], 1e-9),
                 qPrintable(QString::number(*d.wassersteinNormed, 'g', 17)));
        QVERIFY2(close(*d.psi, c["psi"], 1e-9), qPrintable(QString::number(*d.psi, 'g', 17)));
        QVERIFY2(close(*d.jsDistance, c["js_distance"], 1e-9), qPrintable(QString::number(*d.jsDistance, 'g', 17)));
        QVERIFY(close(d.refMedian, c["median_ref"], 1e-12, 1e-12));
        QCOMPARE(d.bars.refShares.size(), c["edges"].size() + 1);
    }

    void categorical_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < fx["categorical"].size(); ++i)
            QTest::newRow(fx["categorical"][i]["name"].get<std::string>().c_str()) << int(i);
    }
    void categorical() {
        QFETCH(int, index);
        const json& c = fx["categorical"][std::size_t(index)];
        std::vector<std::string> rl, cl;
        std::vector<std::int64_t> rc, cc;
        for (auto& [k, v] : c["ref_counts"].items()) { rl.push_back(k); rc.push_back(v); }
        for (auto& [k, v] : c["cur_counts"].items()) { cl.push_back(k); cc.push_back(v); }
        const auto d = categoricalDrift("channel", rl, rc, cl, cc, 0, 0);
        QVERIFY(close(*d.chi2Statistic, c["chi2_statistic"], 1e-10));
        QVERIFY2(close(*d.chi2PValue, c["chi2_p_value"], 1e-8, 1e-300), qPrintable(QString::number(*d.chi2PValue, 'g', 17)));
        QCOMPARE(*d.chi2Dof, c["chi2_dof"].get<int>());
        QVERIFY(close(*d.psi, c["psi"], 1e-10));
        QVERIFY(close(*d.jsDistance, c["js_distance"], 1e-10));
        QCOMPARE(d.unseenCategories, c["unseen"].get<std::vector<std::string>>());
    }

    void kolmogorov_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < fx["kolmogorov_sf"].size(); ++i) {
            const auto& k = fx["kolmogorov_sf"][i];
            QTest::newRow(qPrintable(QStringLiteral("n=%1 d=%2").arg(k["n"].get<long long>()).arg(k["d"].get<double>())))
                << int(i);
        }
    }
    void kolmogorov() {
        QFETCH(int, index);
        const auto& k = fx["kolmogorov_sf"][std::size_t(index)];
        const double ours = stats::kolmogorovSf(k["d"], k["n"]);
        const double ref = k["sf"];
        QVERIFY2(close(ours, ref, 1e-7, 1e-15), qPrintable(QStringLiteral("%1 vs %2").arg(ours, 0, 'g', 17).arg(ref, 0, 'g', 17)));
    }

    void exactP_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < fx["exact_p"].size(); ++i) {
            const auto& k = fx["exact_p"][i];
            QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(k["n1"].get<int>()).arg(k["n2"].get<int>()))) << int(i);
        }
    }
    void exactP() {
        QFETCH(int, index);
        const auto& k = fx["exact_p"][std::size_t(index)];
        const auto r = stats::ks2SamplePValue(k["d"], k["n1"], k["n2"]);
        QVERIFY(r.exact);
        QCOMPARE(r.statistic, k["d_rounded"].get<double>());
        QVERIFY2(close(r.pValue, k["p"], 1e-9, 1e-300), qPrintable(QStringLiteral("%1 vs %2").arg(r.pValue, 0, 'g', 17).arg(k["p"].get<double>(), 0, 'g', 17)));
    }

    void radixSortMatchesStdSort() {
        std::vector<double> v = sample(json::array({"normal", 50000, 99, -0.5, 1000.0}));
        v.push_back(-0.0);
        v.push_back(0.0);
        v.push_back(-1e300);
        v.push_back(1e300);
        auto w = v;
        radixSortDoubles(v);
        std::sort(w.begin(), w.end());
        for (std::size_t i = 0; i < v.size(); ++i) QVERIFY(v[i] == w[i]);
    }

    void verdictRules() {
        // Small reference: KS p-value decides; large: normalised Wasserstein.
        auto small = numericDrift("x", sample(json::array({"normal", 500, 1})),
                                  sample(json::array({"normal", 500, 2, 0.3})), 0, 0);
        QCOMPARE(small.test, DriftTest::KS);
        QVERIFY(small.drifted);
        auto large = numericDrift("x", sample(json::array({"normal", 5000, 1})),
                                  sample(json::array({"normal", 5000, 2, 0.01})), 0, 0);
        QCOMPARE(large.test, DriftTest::Wasserstein);
        QVERIFY(!large.pValue);
        QVERIFY(!large.drifted);   // trivial shift on a big sample is not drift
        // Missing share alone drifts.
        auto miss = numericDrift("x", sample(json::array({"normal", 5000, 1})),
                                 sample(json::array({"normal", 5000, 1})), 0, 400);
        QVERIFY(miss.missingDrift);
        QVERIFY(miss.drifted);
        QVERIFY(miss.reason.find("missing more often") != std::string::npos);
        // Fewer than 30 current values: no verdict.
        auto few = numericDrift("x", sample(json::array({"normal", 500, 1})),
                                sample(json::array({"normal", 20, 2, 3.0})), 0, 0);
        QCOMPARE(few.verdict, DriftVerdict::TooFewRows);
        QVERIFY(!few.drifted);
        // Dataset drift: at least half of the tested columns.
        auto ds = summariseDrift({small, large, few}, {});
        QCOMPARE(ds.testedColumns, 2);
        QCOMPARE(ds.driftedColumns, 1);
        QVERIFY(ds.datasetDrift);
        DriftThresholds strict;
        strict.datasetDriftShare = 0.75;
        QVERIFY(!summariseDrift({small, large, few}, strict).datasetDrift);
    }

    void reasonsInWords() {
        auto d = numericDrift("Revenue", sample(json::array({"normal", 5000, 1, 10.0})),
                              sample(json::array({"normal", 5000, 2, 9.0})), 0, 0);
        QVERIFY(d.drifted);
        QVERIFY2(d.reason.rfind("Revenue fell: ", 0) == 0, d.reason.c_str());
        QVERIFY2(d.reason.find("lowest band") != std::string::npos, d.reason.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDriftScipy)
#include "test_drift_scipy.moc"
