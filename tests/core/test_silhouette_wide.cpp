// SPDX-License-Identifier: GPL-3.0-or-later
// The silhouette on wide data (one-hot columns give hundreds of features), where
// the distance kernel works through the sample in cache-sized tiles, against
// scikit-learn (tests/fixtures/segment/make_wide_silhouette.py).
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/segment/cluster_scores.h"

using namespace segmenta;

class TestSilhouetteWide : public QObject {
    Q_OBJECT
private slots:
    void agreesWithScikitLearn_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("features");
        QTest::addColumn<double>("expected");
        std::ifstream in(std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/segment/wide_silhouette.json");
        const auto fixture = nlohmann::json::parse(in);
        for (const auto& c : fixture["cases"]) {
            const int m = c["rows"], d = c["features"];
            QTest::addRow("%d x %d", m, d) << m << d << c["silhouette"].get<double>();
        }
    }
    void agreesWithScikitLearn() {
        QFETCH(int, rows);
        QFETCH(int, features);
        QFETCH(double, expected);
        // The same formula as the script: no matrix stored in the repository.
        Eigen::MatrixXd x(rows, features);
        std::vector<std::int32_t> labels(static_cast<std::size_t>(rows));
        for (long i = 0; i < rows; ++i) {
            labels[std::size_t(i)] = std::int32_t((i * 13) % 4);
            for (long j = 0; j < features; ++j)
                x(i, j) = double((i * 7919 + j * 104729) % 1009) / 100.0 + (labels[std::size_t(i)] == j % 4 ? 3.0 : 0.0);
        }
        const double got = silhouetteScore(x, labels, {}, nullptr);
        QVERIFY2(std::abs(got - expected) <= 1e-12 * std::abs(expected),
                 qPrintable(QStringLiteral("%1 vs scikit-learn %2").arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestSilhouetteWide)
#include "test_silhouette_wide.moc"
