// SPDX-License-Identifier: GPL-3.0-or-later
// The same file with the default settings gives the same segments in the window
// (import as File ▸ Import does, the Segments page's recommended settings, Find
// segments) and in `segmenta-cli segment FILE`: the same columns, the same
// number of segments and the same size of each.
#include <QSignalSpy>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/segments/segments_page.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 400000;   // bird strikes (10,000 rows, many categories) on a busy machine

struct Segments {
    int k = 0;
    std::vector<std::string> features;
    std::vector<std::size_t> sizes;
};

Segments fromCli(const std::string& path) {
    std::ostringstream out, err;
    const int code = cli::runCli({"segmenta-cli", "segment", path, "--json"}, out, err);
    if (code != 0) qWarning("%s", err.str().c_str());
    Segments s;
    if (code != 0) return s;
    const auto j = nlohmann::json::parse(out.str());
    s.k = j["k"].get<int>();
    s.features = j["features"].get<std::vector<std::string>>();
    for (const auto& seg : j["segments"]) s.sizes.push_back(seg["size"].get<std::size_t>());
    return s;
}

} // namespace

class TestGuiCliAgreement : public QObject {
    Q_OBJECT
private slots:
    void sameSegments_data() {
        QTest::addColumn<QString>("file");
        const QString src = QStringLiteral(SEGMENTA_SOURCE_DIR);
        QTest::newRow("demo customers") << src + QStringLiteral("/resources/demo/customers.csv");
        QTest::newRow("demo June") << src + QStringLiteral("/resources/demo/customers_2026-06.csv");
        QTest::newRow("blobs") << src + QStringLiteral("/tests/fixtures/segment/blobs.csv");
        QTest::newRow("cars") << src + QStringLiteral("/tests/data/public/cars.csv");
        QTest::newRow("seattle weather") << src + QStringLiteral("/tests/data/public/seattle-weather.csv");
        QTest::newRow("bird strikes") << src + QStringLiteral("/tests/data/public/birdstrikes.csv");
    }
    void sameSegments() {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        Workspace workspace;
        SegmentsPage page(&workspace);
        CsvImporter importer(&workspace);
        QSignalSpy imported(&importer, &CsvImporter::imported);
        importer.start(file);
        QVERIFY(imported.wait(kWaitMs));
        QSignalSpy ran(&page, &SegmentsPage::runFinished);
        page.run();
        QVERIFY(ran.wait(kWaitMs));
        QVERIFY(ran.first().first().toBool());
        const auto window = page.result();
        QVERIFY(window);
        Segments gui;
        gui.k = window->k;
        gui.features = window->features.columns;
        for (const auto& s : window->segments) gui.sizes.push_back(s.size);

        const Segments cli = fromCli(file.toStdString());
        QCOMPARE(gui.features, cli.features);
        QCOMPARE(gui.k, cli.k);
        QCOMPARE(gui.sizes, cli.sizes);
        qInfo("%s: %d segments", qPrintable(QFileInfo(file).fileName()), gui.k);
    }
};

QTEST_MAIN(TestGuiCliAgreement)
#include "test_gui_cli_agreement.moc"
