// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments page on real files (cars.csv, birdstrikes.csv) as a new user
// would use it: import, press "Find segments" with the defaults, look at every
// tab. Checks that nothing reads "nan", every segment is named and drawn, every
// label fits, and saves a screenshot of each tab (/tmp/segpage-<file>-<tab>.png).
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/io/csv_reader.h"
#include "ui/common/workspace.h"
#include "ui/segments/box_plot_chart.h"
#include "ui/segments/pca_scatter.h"
#include "ui/segments/profile_heatmap.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segment_cards.h"
#include "ui/segments/segments_page.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestSegmentsPageFiles : public QObject {
    Q_OBJECT
private slots:
    void realFile_data();
    void realFile();
};

void TestSegmentsPageFiles::realFile_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("window");
    QTest::newRow("cars") << QStringLiteral("cars") << QSize(1280, 800);
    QTest::newRow("birdstrikes") << QStringLiteral("birdstrikes") << QSize(1280, 800);
    QTest::newRow("cars, small window") << QStringLiteral("cars") << QSize(1024, 640);
}

void TestSegmentsPageFiles::realFile() {
    QFETCH(QString, file);
    QFETCH(QSize, window);
    const QString path = QStringLiteral(SEGMENTA_TEST_DATA "/public/%1.csv").arg(file);
    auto imported = readCsvFile(path.toStdString());
    QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
    Workspace workspace;
    SegmentsPage page(&workspace);
    page.resize(window);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    workspace.setTable(std::make_shared<const Table>(std::move(imported->table)),
                       std::make_shared<const ImportReport>(std::move(imported->report)), path);
    QVERIFY2(!page.runPanel()->checkedFeatures().isEmpty(), "some columns are recommended");
    page.runPanel()->setAutomaticK(6);
    QSignalSpy finished(&page, &SegmentsPage::runFinished);
    page.run();
    QVERIFY(finished.wait(240000));
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page.messageText()));
    const auto result = page.result();
    QVERIFY(result && result->k >= 2);
    QCOMPARE(page.cards()->count(), result->k);
    QCOMPARE(page.heatmap()->segmentCount(), result->k);
    for (int s = 0; s < result->k; ++s) QVERIFY2(page.scatter()->shownPointCount(s) > 0, "every segment is on the map");

    const QString size = window.width() < 1280 ? QStringLiteral("-small") : QString();
    const char* const tabs[] = {"map", "profile", "compare", "different", "k"};
    for (int tab = 0; tab < page.tabs()->count(); ++tab) {
        page.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        QVERIFY(page.grab().save(testshots::path(QStringLiteral("segpage-%1%2-%3.png").arg(file, size, QLatin1String(tabs[tab])))));
    }
    // The profile has room for its labels (it scrolls rather than squeezes).
    QVERIFY(page.heatmap()->width() >= page.heatmap()->minimumSizeHint().width());
    QVERIFY(page.heatmap()->height() >= page.heatmap()->minimumSizeHint().height());
    // No number anywhere on the page reads "nan" or "inf".
    const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf)\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const QLabel* label : page.findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(notANumber), qPrintable(label->text()));
    // Choosing a segment in one chart shows it in the others.
    emit page.boxPlot()->segmentClicked(result->k - 1);
    QCOMPARE(page.selectedSegment(), result->k - 1);
    QCOMPARE(page.heatmap()->highlightedRow(), result->k - 1);
    QVERIFY(workspace.rowFilter());
    page.tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(page.grab().save(testshots::path(QStringLiteral("segpage-%1%2-selected.png").arg(file, size))));
}

QTEST_MAIN(TestSegmentsPageFiles)
#include "test_segments_page_files.moc"
