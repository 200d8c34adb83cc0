// SPDX-License-Identifier: GPL-3.0-or-later
// Segments the demo customers through the Segments page, as a user would, and
// checks what the page shows: cards, the k chart, the map, linked selection,
// renaming with undo, and the CSV export. Screenshots go to /tmp for a look.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include "core/demo/demo_generator.h"
#include "ui/common/background_task.h"
#include "ui/common/chart_view.h"
#include "ui/common/workspace.h"
#include "ui/segments/box_plot_chart.h"
#include "ui/segments/difference_table.h"
#include "ui/segments/k_scan_chart.h"
#include "ui/segments/pca_scatter.h"
#include "ui/segments/profile_heatmap.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segment_cards.h"
#include "ui/segments/segment_export_button.h"
#include "ui/segments/segments_page.h"
#include "ui/segments/segment_style.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestSegmentsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyStateWithoutData();
    void segmentsTheDemo();
    void cardsMatchTheRows();
    void kScanHasOnePointPerK();
    void scatterIsCappedAndShowsEverySegment();
    void selectionFiltersTheDataPage();
    void everyChartSaves();
    void renameIsUndoable();
    void exportWritesRowsAndSummary();
    void clickingAnotherKRefits();
    void screenshots();

private:
    void runAndWait(SegmentsPage& page);
    Workspace workspace_;
    SegmentsPage* page_ = nullptr;
    std::shared_ptr<const Table> table_;
    static constexpr std::size_t kRows = 5000;
};

void TestSegmentsPage::initTestCase() {
    DemoOptions options;
    options.rows = kRows;
    options.seed = 42;
    auto demo = generateCustomers(options);
    QCOMPARE(demo.table.rowCount(), kRows);
    table_ = std::make_shared<const Table>(std::move(demo.table));
    page_ = new SegmentsPage(&workspace_);
    page_->resize(1280, 800);
    page_->show();
}

void TestSegmentsPage::emptyStateWithoutData() {
    // No table yet: the page says what to do instead of showing empty charts.
    QVERIFY(!page_->runPanel()->isVisible());
    page_->grab().save(testshots::path(QStringLiteral("segments-empty.png")));
}

void TestSegmentsPage::runAndWait(SegmentsPage& page) {
    QSignalSpy finished(&page, &SegmentsPage::runFinished);
    page.run();
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
}

void TestSegmentsPage::segmentsTheDemo() {
    workspace_.setTable(table_, std::make_shared<const ImportReport>(), QStringLiteral("demo"));
    QVERIFY(page_->runPanel()->isVisible());
    const QStringList features = page_->runPanel()->checkedFeatures();
    QVERIFY2(!features.isEmpty(), "the recommended features are ticked");
    QVERIFY(!features.contains(QStringLiteral("customer_id")));
    QVERIFY(!features.contains(QStringLiteral("email")));
    page_->runPanel()->setAutomaticK(8);
    page_->runPanel()->setSeed(7);
    runAndWait(*page_);
    QVERIFY(page_->result());
    QVERIFY(workspace_.segmentation());
    QCOMPARE(workspace_.segmentation()->segmentCount(), page_->result()->k);
    // The engine's notes are said in plain words, not "log1p applied to revenue".
    QVERIFY2(!page_->messageText().contains(QStringLiteral("log1p")), qPrintable(page_->messageText()));
}

void TestSegmentsPage::cardsMatchTheRows() {
    const auto result = page_->result();
    QVERIFY(result);
    SegmentCards* cards = page_->cards();
    QCOMPARE(cards->count(), result->k);
    std::int64_t total = 0;
    for (int s = 0; s < result->k; ++s) {
        SegmentCard* card = cards->card(s);
        QVERIFY(card);
        QVERIFY2(!card->name().trimmed().isEmpty(), "every segment has a name");
        total += std::int64_t(result->segments[std::size_t(s)].size);
    }
    QCOMPARE(total, std::int64_t(kRows));
    // The profile has one row per segment and one column per feature used.
    QCOMPARE(page_->heatmap()->segmentCount(), result->k);
    QCOMPARE(page_->heatmap()->featureCount(), int(result->features.columns.size()));
}

void TestSegmentsPage::kScanHasOnePointPerK() {
    KScanChart* chart = page_->kScanChart();
    QCOMPARE(chart->pointCount(), 8 - 2 + 1);
    QCOMPARE(chart->chosenK(), page_->result()->k);
}

void TestSegmentsPage::scatterIsCappedAndShowsEverySegment() {
    PcaScatter* scatter = page_->scatter();
    QVERIFY(scatter->shownPointCount() > 0);
    QVERIFY(scatter->shownPointCount() <= int(kScatterCap));
    for (int s = 0; s < page_->result()->k; ++s) QVERIFY2(scatter->shownPointCount(s) > 0, "every segment is drawn");
    QVERIFY(!scatter->captionText().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    // "Showing 3,998 of 5,000 rows": the sample and the total are both said.
    QVERIFY(scatter->captionText().contains(formatCount(scatter->shownPointCount())));
    QVERIFY(scatter->captionText().contains(formatCount(std::int64_t(kRows))));
}

void TestSegmentsPage::selectionFiltersTheDataPage() {
    const auto result = page_->result();
    QSignalSpy filterChanged(&workspace_, &Workspace::rowFilterChanged);
    page_->selectSegment(1);
    QCOMPARE(page_->selectedSegment(), 1);
    QVERIFY(!filterChanged.isEmpty());
    const auto rows = workspace_.rowFilter();
    QVERIFY(rows);
    QCOMPARE(rows->size(), result->segments[1].size);
    for (auto r : *rows) QCOMPARE(result->labels[r], 1);
    QVERIFY(page_->cards()->card(1)->isSelected());
    QVERIFY(!page_->cards()->card(0)->isSelected());
    QCOMPARE(page_->differenceTable()->currentSegment(), 1);
    // Clicking the selected card again shows everyone.
    emit page_->cards()->segmentClicked(1);
    QCOMPARE(page_->selectedSegment(), -1);
    QVERIFY(!workspace_.rowFilter());
    // Every chart can choose a segment, and every chart shows the choice.
    emit page_->boxPlot()->segmentClicked(2);
    QCOMPARE(page_->selectedSegment(), 2);
    QCOMPARE(page_->heatmap()->highlightedRow(), 2);
    QVERIFY(page_->cards()->card(2)->isSelected());
    QVERIFY(page_->boxPlot()->keyText().contains(page_->cards()->card(2)->name().toHtmlEscaped()));
    emit page_->heatmap()->cellActivated(2, 0);   // the same segment again: everyone
    QCOMPARE(page_->selectedSegment(), -1);
    QCOMPARE(page_->heatmap()->highlightedRow(), -1);
    emit page_->scatter()->segmentClicked(0);
    QCOMPARE(page_->selectedSegment(), 0);
    page_->selectSegment(-1);
}

void TestSegmentsPage::everyChartSaves() {
    QTemporaryDir dir;
    const std::pair<QWidget*, QString> charts[] = {{page_->scatter()->view(), QStringLiteral("map")},
                                                   {page_->heatmap(), QStringLiteral("profile")},
                                                   {page_->boxPlot()->view(), QStringLiteral("compare")},
                                                   {page_->kScanChart()->view(), QStringLiteral("k")}};
    for (const auto& [widget, name] : charts) {
        // Show the chart's tab so that it has its real size.
        for (int tab = 0; tab < page_->tabs()->count(); ++tab)
            if (page_->tabs()->widget(tab)->isAncestorOf(widget) || page_->tabs()->widget(tab) == widget) page_->tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        for (const QString& suffix : {QStringLiteral(".png"), QStringLiteral(".svg")}) {
            const QString path = dir.filePath(name + suffix);
            QString error;
            QVERIFY2(saveWidgetImage(widget, path, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        }
    }
}

void TestSegmentsPage::renameIsUndoable() {
    const QString old = page_->cards()->card(0)->name();
    page_->renameSegment(0, QStringLiteral("Our best customers"));
    QCOMPARE(page_->cards()->card(0)->name(), QStringLiteral("Our best customers"));
    QCOMPARE(QString::fromStdString(workspace_.segmentation()->names[0]), QStringLiteral("Our best customers"));
    QCOMPARE(QString::fromStdString(page_->result()->segments[0].name), QStringLiteral("Our best customers"));
    page_->undoStack()->undo();
    QCOMPARE(page_->cards()->card(0)->name(), old);
    QCOMPARE(QString::fromStdString(workspace_.segmentation()->names[0]), old);
    page_->undoStack()->redo();
    QCOMPARE(page_->cards()->card(0)->name(), QStringLiteral("Our best customers"));
}

void TestSegmentsPage::exportWritesRowsAndSummary() {
    const QString rowsPath = QDir::temp().filePath(QStringLiteral("segmenta-test-rows.csv"));
    const QString summaryPath = QDir::temp().filePath(QStringLiteral("segmenta-test-summary.csv"));
    QFile::remove(rowsPath);
    QFile::remove(summaryPath);
    SegmentExportButton* button = page_->exportButton();
    QVERIFY(button->isEnabled());
    for (const auto& [path, rows] : {std::pair{rowsPath, kRows}, std::pair{summaryPath, std::size_t(page_->result()->k)}}) {
        QSignalSpy done(button->task(), &BackgroundTask::finished);
        if (path == rowsPath) button->exportRows(path);
        else button->exportSummary(path);
        QVERIFY(done.wait(60000));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(std::size_t(lines.size() - 1), rows + 1);   // header + rows + empty after the last \n
        if (path == rowsPath) {
            QVERIFY(lines[0].endsWith(",segment,segment_name"));
            QVERIFY(lines[1].contains("Our best customers") || lines.join('\n').contains("Our best customers"));
        } else {
            QVERIFY(lines[0].startsWith("segment,name,description,size,share"));
        }
    }
}

void TestSegmentsPage::clickingAnotherKRefits() {
    const int before = page_->result()->k;
    const int other = before == 3 ? 4 : 3;
    QSignalSpy finished(page_, &SegmentsPage::runFinished);
    emit page_->kScanChart()->kRequested(other);
    QVERIFY(finished.wait(240000));
    QCOMPARE(page_->result()->k, other);
    QCOMPARE(page_->cards()->count(), other);
    // The scan of the first run stays, with the new choice marked.
    QCOMPARE(page_->kScanChart()->pointCount(), 7);
    QCOMPARE(page_->kScanChart()->chosenK(), other);
    // Back to the suggestion for the screenshots.
    emit page_->kScanChart()->kRequested(before);
    QVERIFY(finished.wait(240000));
    QCOMPARE(page_->result()->k, before);
}

void TestSegmentsPage::screenshots() {
    page_->selectSegment(0);
    const char* const names[] = {"map", "profile", "compare", "different", "k"};
    for (int tab = 0; tab < page_->tabs()->count(); ++tab) {
        page_->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        const QString path = testshots::path(QStringLiteral("segments-%1.png").arg(QLatin1String(names[tab])));
        QVERIFY(page_->grab().save(path));
    }
    page_->selectSegment(-1);
    page_->tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(page_->grab().save(testshots::path(QStringLiteral("segments-map-all.png"))));
}

QTEST_MAIN(TestSegmentsPage)
#include "test_segments_page.moc"
