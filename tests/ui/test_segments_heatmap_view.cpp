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
    const QString name = QStringLiteral("/tmp/heatmap-view-%1.png").arg(columns);
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
                       {{{2.5, QStringLiteral("1,240"), QStringLiteral("tip")}}, {{std::nan(""), QString(), QString()}}});
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
    profile.grab().save(QStringLiteral("/tmp/segments-profile-small.png"));
}

QTEST_MAIN(TestSegmentsHeatmapView)
#include "test_segments_heatmap_view.moc"
