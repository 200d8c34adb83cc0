// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments page's settings belong to their file: "exactly k" chosen on one
// file does not carry over to the next, which starts from the recommended
// settings; the first file opened again gets its own back. When the automatic
// number of segments stops at the largest allowed, the page says so and offers to
// look further or to leave out the many-valued category columns.
// Screenshot: /tmp/segments_limit_notice.png.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "core/common/random.h"
#include "core/io/csv_reader.h"
#include "ui/common/workspace.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segments_page.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 120000;

std::shared_ptr<const Table> blobs() {
    auto csv = readCsvFile(SEGMENTA_SOURCE_DIR "/tests/fixtures/segment/blobs.csv");
    return csv ? std::make_shared<const Table>(std::move(csv->table)) : nullptr;
}

// 600 rows: five well-apart groups in "spend", each buying in two shops of its
// own (a shop column with ten values).
std::shared_ptr<const Table> shops() {
    Random rng(7);
    Column spend, shop;
    spend.name = "spend";
    spend.type = ColumnType::Decimal;
    shop.name = "shop";
    shop.type = ColumnType::Category;
    for (int i = 0; i < 600; ++i) {
        const int group = i % 5;
        spend.appendNumber(rng.normal() + 20.0 * group);
        shop.appendCategory("shop " + std::to_string(group * 2 + (i / 5) % 2));
    }
    Table t;
    t.sourceName = "shops.csv";
    t.columns.push_back(std::move(spend));
    t.columns.push_back(std::move(shop));
    return std::make_shared<const Table>(std::move(t));
}

bool runPage(SegmentsPage& page) {
    QSignalSpy ran(&page, &SegmentsPage::runFinished);
    page.run();
    return ran.wait(kWaitMs) && ran.first().first().toBool();
}

} // namespace

class TestSegmentsSettings : public QObject {
    Q_OBJECT
private slots:
    void settingsBelongToTheirFile() {
        Workspace workspace;
        SegmentsPage page(&workspace);
        const auto a = blobs();
        QVERIFY(a);
        workspace.setTable(a, nullptr, QStringLiteral("/data/a.csv"));
        page.runPanel()->setFixedK(4);
        page.runPanel()->setSeed(3);
        QVERIFY(runPage(page));
        QCOMPARE(page.result()->k, 4);

        workspace.setTable(shops(), nullptr, QStringLiteral("/data/b.csv"));
        SegmentationOptions b = page.runPanel()->options();
        QCOMPARE(b.k, 0);   // automatic again: the recommended settings
        QCOMPARE(b.kMax, recommendedOptions().kMax);
        QCOMPARE(b.seed, recommendedOptions().seed);
        QCOMPARE(int(b.features.columns.size()), 2);

        workspace.setTable(a, nullptr, QStringLiteral("/data/a.csv"));
        const SegmentationOptions again = page.runPanel()->options();
        QCOMPARE(again.k, 4);
        QCOMPARE(again.seed, std::uint64_t(3));
        QCOMPARE(again.features.columns, (std::vector<std::string>{"x1", "x2", "x3"}));
    }

    void saysWhenTheBestIsTheLargestTried() {
        Workspace workspace;
        SegmentsPage page(&workspace);
        page.resize(1280, 800);
        workspace.setTable(shops(), nullptr, QStringLiteral("/data/shops.csv"));
        page.runPanel()->setAutomaticK(3);
        QVERIFY(runPage(page));
        QCOMPARE(page.result()->k, 3);
        QVERIFY(!page.limitNotice()->isHidden());
        QCOMPARE(page.lookFurtherButton()->text(), QStringLiteral("Try up to 8"));
        QVERIFY(!page.leaveOutButton()->isHidden());
        QCOMPARE(page.leaveOutButton()->text(), QStringLiteral("Leave out shop"));
        page.show();
        page.grab().save(QStringLiteral("/tmp/segments_limit_notice.png"));
        // Leave out the shop column: found again without it (five groups, still more than three).
        QSignalSpy ran(&page, &SegmentsPage::runFinished);
        QTest::mouseClick(page.leaveOutButton(), Qt::LeftButton);
        QVERIFY(ran.wait(kWaitMs));
        QCOMPARE(page.runPanel()->checkedFeatures(), QStringList{QStringLiteral("spend")});
        QCOMPARE(page.result()->features.columns, std::vector<std::string>{"spend"});
        QCOMPARE(page.result()->k, 3);
        QVERIFY(page.leaveOutButton()->isHidden());   // nothing many-valued is left to leave out
        // Look further: up to 8, where the five groups are found and the notice goes.
        ran.clear();
        QTest::mouseClick(page.lookFurtherButton(), Qt::LeftButton);
        QVERIFY(ran.wait(kWaitMs));
        QCOMPARE(page.runPanel()->options().kMax, 8);
        QCOMPARE(page.result()->k, 5);
        QVERIFY(page.limitNotice()->isHidden());
        // A fixed number of segments never shows the notice.
        page.runPanel()->setFixedK(3);
        QVERIFY(runPage(page));
        QVERIFY(page.limitNotice()->isHidden());
    }
};

QTEST_MAIN(TestSegmentsSettings)
#include "test_segments_settings.moc"
