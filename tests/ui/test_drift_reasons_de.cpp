// SPDX-License-Identifier: GPL-3.0-or-later
// The Drift page in German: the app's German translation is loaded the way the app
// loads it (installTranslations with "de"), the demo history is opened, and every
// reason the page shows (timeline, heatmap tooltips, comparison) is German — no
// words of core's English sentences, the column name kept, numbers written the
// German way. Also the one formatter (DriftReasonText) on constructed reasons, with
// its plurals; progress stages, import warnings and history errors in German. Saves drift_page_de.png (tests/ui/screenshots.h).
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/demo/demo_generator.h"
#include "core/history/demo_history.h"
#include "ui/common/stage_text.h"
#include "ui/common/translation.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_page.h"
#include "ui/data/import_warning_text.h"
#include "ui/drift/drift_reason_text.h"
#include "ui/drift/history_error_text.h"
#include "ui/drift/snapshot_comparison.h"
#include "ui/drift/snapshot_timeline.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 240000;

// Words of core's English sentences ("churn_score rose: 15 % of rows are now in
// the highest band (≥ 0.605) (was 10 %)", "… is missing more often …",
// "… has new values …", "Values the model has not seen", "Re-segmenting suggested").
const QRegularExpression& englishWords() {
    static const QRegularExpression re(
        QStringLiteral("\\b(rose|fell|changed|rows|band|was|missing|often|grew|shrank|new values|has not seen|"
                       "suggested|too few|needed|of)\\b"));
    return re;
}

} // namespace

class TestDriftReasonsDe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formatterSpeaksGerman_data();
    void formatterSpeaksGerman();
    void pageReasonsAreGerman();
    void stagesAndImportWarnings_data();
    void stagesAndImportWarnings();
    void everyStageCoreReportsIsTranslated();

private:
    QTemporaryDir tmp_;
};

void TestDriftReasonsDe::initTestCase() {
    installTranslations(*static_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("de"));
    QVERIFY2(QCoreApplication::translate("DriftReasonText", "Re-segmenting suggested") != QLatin1String("Re-segmenting suggested"),
             "the German translation (:/i18n/segmenta_de.qm) was not loaded");
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
}

void TestDriftReasonsDe::formatterSpeaksGerman_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("values rose") << int(DriftReasonKind::ValuesMoved)
                                 << QStringLiteral("spend ist gestiegen: 60 % der Zeilen liegen jetzt bei 899,1 oder mehr (vorher 10 %)");
    QTest::newRow("too few, one") << int(DriftReasonKind::TooFewRows)
                                  << QStringLiteral("spend: zu wenige Zeilen für ein Urteil (1 Wert; mindestens 30 nötig)");
    QTest::newRow("missing") << int(DriftReasonKind::MissingChanged)
                             << QStringLiteral("spend ist öfter leer: in 0,5 % der Zeilen (vorher 0 %)");
    QTest::newRow("unseen") << int(DriftReasonKind::UnseenByModel)
                            << QStringLiteral("Werte, die das Modell nicht kennt: channel: „social“ (1.234 Zeilen)");
}

void TestDriftReasonsDe::formatterSpeaksGerman() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    DriftReason r;
    r.kind = DriftReasonKind(kind);
    r.column = "spend";
    switch (r.kind) {
    case DriftReasonKind::ValuesMoved:
        r.direction = DriftDirection::Rose;
        r.band = DriftBand::Highest;
        r.bandLow = 899.1;
        r.before = 0.1;
        r.after = 0.6;
        break;
    case DriftReasonKind::TooFewRows:
        r.count = 1;
        r.needed = 30;
        break;
    case DriftReasonKind::MissingChanged:
        r.before = 0;
        r.after = 0.005;
        break;
    default:
        addUnseenEntry(r, "channel: social (1234 rows)");
        break;
    }
    QCOMPARE(DriftReasonText::line({r}), expected);
}

void TestDriftReasonsDe::pageReasonsAreGerman() {
    QVERIFY(tmp_.isValid());
    QString demo = QStringLiteral(SEGMENTA_SOURCE_DIR "/resources/demo");
    if (!QFileInfo::exists(demo + QStringLiteral("/customers_2026-01.csv"))) {
        demo = tmp_.filePath(QStringLiteral("demo"));
        QVERIFY(writeDemoFiles(demo.toStdString(), DemoFilesOptions{}));
    }
    Workspace workspace;
    workspace.setHistoryPath(tmp_.filePath(QStringLiteral("history.sqlite")));
    DriftPage page(&workspace);
    page.setDemoDirectory(demo);
    page.resize(1280, 800);
    QSignalSpy loaded(&page, &DriftPage::historyLoaded);
    QSignalSpy failed(&page, &DriftPage::loadFailed);
    page.show();
    QVERIFY(loaded.wait(kWaitMs) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const HistoryView& h = page.history();
    QVERIFY(h.snapshots.size() >= 2);
    const SnapshotView& last = h.snapshots.back();
    QVERIFY(!last.reasons.isEmpty());
    const QString all = last.reasons.join(QLatin1Char('\n'));
    qInfo("%s", qPrintable(all));
    QVERIFY2(!all.contains(englishWords()), qPrintable(englishWords().match(all).captured()));
    QVERIFY(all.contains(QStringLiteral("channel")));          // the column name as it is
    QVERIFY(all.contains(QRegularExpression(QStringLiteral("\\d %"))));     // "24 %"
    QVERIFY(all.contains(QRegularExpression(QStringLiteral("\\d,\\d"))));  // "0,605": a decimal comma
    QVERIFY(SnapshotTimeline::describe(last).contains(last.reasons.first().toHtmlEscaped()));

    // The heatmap's cells (their tooltips show the reason) and the comparison too.
    int withReason = 0;
    for (const ColumnDriftView& c : last.columns) {
        if (c.reason.isEmpty()) continue;
        ++withReason;
        QVERIFY2(!c.reason.contains(englishWords()), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(c.column), qPrintable(c.reason));
    }
    QVERIFY(withReason > 0);
    QSignalSpy compared(&page, &DriftPage::comparisonShown);
    page.comparison()->choose(0, int(h.snapshots.size()) - 1);
    QVERIFY(compared.wait(60000));
    QTableWidget* table = page.comparison()->columnTable();
    QVERIFY(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString tip = table->item(row, 0)->toolTip();
        QVERIFY2(!tip.contains(englishWords()), qPrintable(tip));
        QVERIFY2(table->item(row, 2)->text().contains(QLatin1Char(',')) || table->item(row, 2)->text() == QStringLiteral("—"),
                 qPrintable(table->item(row, 2)->text()));   // the size of change: "0,123"
    }

    QTest::qWait(300);
    QVERIFY(page.grab().save(testshots::path(QStringLiteral("drift_page_de.png"))));
    // The other two tabs, to look at.
    auto* tabs = page.findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 1; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        QVERIFY(page.grab().save(testshots::path(QStringLiteral("drift_page_de_tab%1.png").arg(i))));
    }
}

// Core's other English text that reaches the German GUI by a fixed phrase or a kind.
void TestDriftReasonsDe::stagesAndImportWarnings_data() {
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stage") << StageText::translate(QStringLiteral("Reading rows")) << QStringLiteral("Zeilen werden gelesen");
    QTest::newRow("stage with k") << StageText::translate(QStringLiteral("Trying k = 5"))
                                  << QStringLiteral("5 Segmente werden ausprobiert");
    QTest::newRow("unknown stage") << StageText::translate(QStringLiteral("Something new")) << QStringLiteral("Something new");
    CsvWarning ragged{4242, "ragged_row", "Line 4242 has 3 fields but the table has 5; the missing ones were left empty."};
    QTest::newRow("ragged row") << ImportWarningText::sentence(ragged)
                                << QStringLiteral("Zeile 4.242 hat mehr oder weniger Werte, als die Tabelle Spalten hat; "
                                                  "überzählige Werte wurden ignoriert, fehlende bleiben leer.");
    CsvWarning unknown{7, "new_kind", "Line 7 is odd."};
    QTest::newRow("unknown kind") << ImportWarningText::sentence(unknown) << QStringLiteral("Line 7 is odd.");
    QTest::newRow("busy") << HistoryErrorText::text(makeError(ErrorKind::Busy, "The history is busy"), {})
                          << QStringLiteral("Der Verlauf ist gerade belegt: Ein anderes Segmenta-Fenster oder ein geplanter "
                                            "Auftrag schreibt hinein. Es ging nichts verloren; versuchen Sie es gleich noch einmal.");
}

void TestDriftReasonsDe::stagesAndImportWarnings() {
    QFETCH(QString, shown);
    QFETCH(QString, expected);
    QCOMPARE(shown, expected);
}

// StageText knows core's stages by their English phrase: a stage added or reworded
// in core without an entry there would show in English. Every literal stage passed
// to report(…) in core/ must come out translated.
void TestDriftReasonsDe::everyStageCoreReportsIsTranslated() {
    static const QRegularExpression literalStage(QStringLiteral("\\breport\\([^;]*?\"([^\"]+)\""));
    QStringList stages;
    QDirIterator it(QStringLiteral(SEGMENTA_SOURCE_DIR "/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(file.readAll());
        for (auto m = literalStage.globalMatch(code); m.hasNext();) {
            QString stage = m.next().captured(1);
            if (stage.endsWith(QLatin1Char(' '))) stage += QLatin1Char('5');   // "Trying k = " + k
            if (!stages.contains(stage)) stages << stage;
        }
    }
    QVERIFY2(stages.size() >= 20, qPrintable(QStringLiteral("only %1 stages found in core/").arg(stages.size())));
    for (const QString& stage : stages)
        QVERIFY2(StageText::translate(stage) != stage, qPrintable(QStringLiteral("stage not translated: ") + stage));
}

QTEST_MAIN(TestDriftReasonsDe)
#include "test_drift_reasons_de.moc"
