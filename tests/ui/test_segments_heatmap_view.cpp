// SPDX-License-Identifier: GPL-3.0-or-later
// The shared heatmap (ui/common/heatmap_view) and the Segments page's profile
// built on it: labels never cut, tooltips, click and keyboard, saving.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "ui/common/heatmap_view.h"
#include "ui/segments/profile_heatmap.h"
#include "ui/segments/segment_text.h"
#include "screenshots.h"

#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>

using namespace segmenta::ui;

namespace {
HeatmapView::Legend demoLegend() {
    HeatmapView::Legend legend;
    legend.title = QStringLiteral("Size of change:");
    legend.stops = {{0.0, Qt::white}, {1.0, Qt::red}};
    legend.ticks = {{0.0, QStringLiteral("0")}, {1.0, QStringLiteral("≥ 0.3")}};
    legend.swatches = {{QColor(0xe0, 0xe0, 0xe0), Qt::NoBrush, false, QStringLiteral("too few rows")},
                       {Qt::white, Qt::BDiagPattern, false, QStringLiteral("reference month")}};
    return legend;
}

std::vector<std::vector<HeatmapView::Cell>> grid(int rows, int columns) {
    std::vector<std::vector<HeatmapView::Cell>> cells(std::size_t(rows), std::vector<HeatmapView::Cell>(std::size_t(columns), HeatmapView::Cell{}));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            cells[std::size_t(r)][std::size_t(c)] = {QColor::fromHsv(c * 30 % 360, 120, 240), QString::number(r * 10 + c),
                                                     QStringLiteral("tip %1,%2").arg(r).arg(c)};
    return cells;
}
} // namespace

class TestSegmentsHeatmapView : public QObject {
    Q_OBJECT
private slots:
    void profileFitsThePageWidth();
    void kReasonIsWordedFromTheNumbers();
    void labelsAreNeverCut_data();
    void labelsAreNeverCut();
    void tooltipsClicksAndKeys();
    void savesPngAndSvg();
    void profileColoursByZScore();
};

void TestSegmentsHeatmapView::labelsAreNeverCut_data() {
    QTest::addColumn<QString>("columnLabel");
    QTest::addColumn<int>("columns");
    QTest::newRow("short labels") << QStringLiteral("Jan") << 6;
    QTest::newRow("long labels slant") << QStringLiteral("days since the last order") << 9;
    QTest::newRow("many columns") << QStringLiteral("spend_last_12_months") << 24;
}

void TestSegmentsHeatmapView::labelsAreNeverCut() {
    QFETCH(QString, columnLabel);
    QFETCH(int, columns);
    HeatmapView view;
    QStringList rowLabels = {QStringLiteral("Big spenders who order often"), QStringLiteral("B"), QStringLiteral("C")};
    QStringList columnLabels;
    for (int c = 0; c < columns; ++c) columnLabels << QStringLiteral("%1 %2").arg(columnLabel).arg(c);
    view.setLegend(demoLegend());
    view.setData(rowLabels, columnLabels, grid(3, columns));
    view.setRowColors({Qt::red, Qt::green, Qt::blue});
    // At its minimum size everything is inside the widget: the last cell, the
    // longest row label, and the last column label (slanted or not).
    view.resize(view.minimumSizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect last = view.cellRect(2, columns - 1);
    QVERIFY2(view.rect().contains(last), "the last cell is inside the widget");
    const QFontMetrics fm = view.fontMetrics();
    QVERIFY(view.cellRect(0, 0).left() >= fm.horizontalAdvance(rowLabels[0]));
    const int labelWidth = fm.horizontalAdvance(columnLabels.last());
    const bool slanted = labelWidth + 8 > last.width();
    const int rightmost = slanted ? last.center().x() + int(labelWidth * 0.7072) : last.center().x() + labelWidth / 2;
    QVERIFY2(rightmost <= view.width(), qPrintable(QStringLiteral("label ends at %1 of %2").arg(rightmost).arg(view.width())));
    if (slanted) QVERIFY(view.cellRect(0, 0).top() >= int(labelWidth * 0.7071));
    const QString name = testshots::path(QStringLiteral("heatmap-view-%1.png").arg(columns));
    view.grab().save(name);
}

void TestSegmentsHeatmapView::tooltipsClicksAndKeys() {
    HeatmapView view;
    view.setData({QStringLiteral("North"), QStringLiteral("South")}, {QStringLiteral("Jan"), QStringLiteral("Feb")}, grid(2, 2));
    view.setRowTooltips({QStringLiteral("The north"), QString()});
    view.setHelpText(QStringLiteral("help"));
    view.resize(400, 260);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.tooltipAt(view.cellRect(1, 0).center()), QStringLiteral("tip 1,0"));
    const QPoint rowLabel(12, view.cellRect(0, 0).center().y());
    QCOMPARE(view.tooltipAt(rowLabel), QStringLiteral("The north"));
    QCOMPARE(view.tooltipAt(QPoint(12, view.cellRect(1, 0).center().y())), QStringLiteral("South"));
    QCOMPARE(view.tooltipAt(QPoint(view.cellRect(0, 1).center().x(), view.cellRect(0, 1).top() - 6)), QStringLiteral("Feb"));
    QCOMPARE(view.tooltipAt(QPoint(view.width() - 2, view.height() - 2)), QStringLiteral("help"));

    QSignalSpy activated(&view, &HeatmapView::cellActivated);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(1, 1).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toInt(), 1);
    QCOMPARE(activated.last().at(1).toInt(), 1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, rowLabel);
    QCOMPARE(activated.last().at(1).toInt(), -1);   // a row's label
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentRow(), 0);
    QCOMPARE(view.currentColumn(), 0);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.last().at(0).toInt(), 0);
    QCOMPARE(activated.last().at(1).toInt(), 0);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);   // stays on the last row
    QCOMPARE(view.currentRow(), 1);
}

void TestSegmentsHeatmapView::savesPngAndSvg() {
    QTemporaryDir dir;
    HeatmapView view;
    view.setLegend(demoLegend());
    view.setData({QStringLiteral("A")}, {QStringLiteral("x"), QStringLiteral("y")}, grid(1, 2));
    view.resize(300, 200);
    for (const QString& name : {QStringLiteral("h.png"), QStringLiteral("h.svg")}) {
        QString error;
        QVERIFY(view.saveImage(dir.filePath(name), &error));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(256);
        QVERIFY(name.endsWith(QStringLiteral("png")) ? head.startsWith("\x89PNG") : head.contains("<svg") || head.contains("<?xml"));
    }
    QString error;
    QVERIFY(!view.saveImage(dir.filePath(QStringLiteral("missing/h.png")), &error));
    QVERIFY(!error.isEmpty());
}

void TestSegmentsHeatmapView::profileColoursByZScore() {
    ProfileHeatmap profile;
    profile.setProfile({QStringLiteral("High spend"), QStringLiteral("Quiet")}, {QStringLiteral("spend")},
                       {{{2.5, QStringLiteral("1,240"), QStringLiteral("tip"), {}, {}}}, {{std::nan(""), QString(), QString(), {}, {}}}});
    QCOMPARE(profile.segmentCount(), 2);
    QCOMPARE(profile.featureCount(), 1);
    const auto* high = profile.cell(0, 0);
    QVERIFY(high);
    QVERIFY(high->fill.red() > high->fill.blue());   // higher than average: red
    QCOMPARE(profile.cell(1, 0)->fill, QColor(0xE0, 0xE0, 0xE0));   // no value: grey
    QSignalSpy clicked(&profile, &ProfileHeatmap::segmentClicked);
    profile.resize(400, 240);
    profile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profile));
    QTest::mouseClick(&profile, Qt::LeftButton, {}, profile.cellRect(1, 0).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.last().at(0).toInt(), 1);
    profile.setSegmentName(1, QStringLiteral("Renamed"));
    QCOMPARE(profile.rowLabel(1), QStringLiteral("Renamed"));
    profile.grab().save(testshots::path(QStringLiteral("segments-profile-small.png")));
}

// birdstrikes.csv's case: 12 columns with long names and category cells, two
// long segment names, in the page's 955 px: no sideways scrolling, full names in
// the tooltips, category cells shortened, numbers never.
void TestSegmentsHeatmapView::profileFitsThePageWidth() {
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* profile = new ProfileHeatmap;
    area.setWidget(profile);
    area.resize(955, 480);
    const QStringList segments = {QStringLiteral("Low Cost Total $ · Low Cost Repair"),
                                  QStringLiteral("High Cost Total $ · High Cost Repair · More Substantial")};
    QStringList features;
    std::vector<std::vector<ProfileHeatmap::Cell>> cells(2);
    for (int c = 0; c < 12; ++c) {
        features << QStringLiteral("Effect Amount of damage, column %1").arg(c);
        for (auto& row : cells) {
            if (c == 11) row.push_back({0.5, QStringLiteral("5,371"), QStringLiteral("number tip"), {}, {}});
            else row.push_back({1.0, QStringLiteral("BARKSDALE AIR FORCE BASE ARPT 46%"), QStringLiteral("category tip"),
                                QStringLiteral("BARKSDALE AIR FORCE BASE ARPT"), QStringLiteral("46%")});
        }
    }
    profile->setProfile(segments, features, cells);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QTest::qWait(20);
    QVERIFY2(profile->minimumSizeHint().width() <= area.viewport()->width(),
             qPrintable(QStringLiteral("needs %1 px of %2").arg(profile->minimumSizeHint().width()).arg(area.viewport()->width())));
    QVERIFY(!area.horizontalScrollBar()->isVisible());
    QCOMPARE(profile->columnCount(), 12);
    QVERIFY(profile->columnLabel(0).size() < features[0].size());   // shortened on screen …
    QVERIFY(profile->rowLabel(1).size() < segments[1].size());
    QCOMPARE(profile->fullFeatureName(0), features[0]);             // … complete in the tooltips
    QVERIFY(profile->tooltipAt(profile->cellRect(1, 0).center()) == QStringLiteral("category tip"));
    QVERIFY(profile->tooltipAt(QPoint(12, profile->cellRect(1, 0).center().y())).startsWith(segments[1]));
    QVERIFY(profile->cell(0, 0)->text.endsWith(QStringLiteral("46%")));
    QVERIFY(profile->cell(0, 0)->text.size() < cells[0][0].text.size());
    QCOMPARE(profile->cell(0, 11)->text, QStringLiteral("5,371"));   // numbers are never shortened
    area.grab().save(testshots::path(QStringLiteral("segments-profile-fit.png")));
    // A wider window shows more of each value, and the names in full.
    const QString narrow = profile->cell(0, 0)->text, narrowName = profile->rowLabel(1);
    area.resize(2600, 480);
    QTest::qWait(20);
    QVERIFY(profile->cell(0, 0)->text.size() > narrow.size());
    QVERIFY(profile->rowLabel(1).size() > narrowName.size());
}

void TestSegmentsHeatmapView::kReasonIsWordedFromTheNumbers() {
    using segmenta::KReason;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    segmenta::SegmentationResult r;
    r.k = 3;
    r.kReasonText = "the engine's English";   // not shown: the page words it through tr()
    r.kReason = KReason::HandfulOverTwo;
    r.kReasonDetail.score = 0.1912;
    r.kReasonDetail.alternativeK = 2;
    r.kReasonDetail.alternativeSilhouette = 0.2843;
    r.kReasonDetail.alternativeLargestShare = 0.8271;
    QCOMPARE(SegmentText::kReason(r),
             QStringLiteral("k = 3 separates the rows best among 3 to 6 segments (silhouette 0.19): the segments overlap, "
                            "so read them as broad groups. Two segments separate a little better (0.28) but one of them "
                            "would hold 83% of the rows."));
    r.kReason = KReason::BestSilhouette;
    r.kReasonDetail.score = 0.62;
    QCOMPARE(SegmentText::kReason(r), QStringLiteral("k = 3 separates the rows best (silhouette 0.62): rows are clearly "
                                                     "closer to their own segment than to the next one."));
    r.kReasonDetail.score = 0.3;
    QVERIFY(SegmentText::kReason(r).endsWith(QStringLiteral("the segments are reasonably separated.")));
    r.kReason = KReason::BestBic;
    r.kReasonDetail.score = 12345.4;
    QCOMPARE(SegmentText::kReason(r), QStringLiteral("k = 3 describes the data best for its size (lowest BIC, 12,345)."));
    r.kReason = KReason::Fixed;
    QCOMPARE(SegmentText::kReason(r), QStringLiteral("You asked for 3 segments."));
}

QTEST_MAIN(TestSegmentsHeatmapView)
#include "test_segments_heatmap_view.moc"
