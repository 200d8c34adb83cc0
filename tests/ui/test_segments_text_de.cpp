// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments page in German: the feature list's tooltips (why a column is or is
// not used, why log1p is suggested) and the run's notes are said from core's codes
// and numbers (FeatureChoice::reasonCode, SegmentationResult::noteParts, the
// pipeline) by SegmentRunText — never core's English sentences. The German
// translation is loaded the way the app loads it. With SEGMENTA_SCREENSHOTS=DIR
// the run panel is saved as run_panel_de.png with its tooltips listed below it.
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtTest>

#include "core/demo/demo_generator.h"
#include "core/prep/feature_prep.h"
#include "ui/common/translation.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segment_run_text.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

// Words of core's English feature reasons and notes.
const QRegularExpression& englishWords() {
    static const QRegularExpression re(QStringLiteral(
        "\\b(is|has|a number|category|values?|identifies|holds|marked|free text|skewed|dominate|rows|used|because|"
        "computed|sample)\\b"));
    return re;
}

FeatureChoice choice(FeatureReason code) {
    FeatureChoice c;
    c.column = "spend";
    c.reasonCode = code;
    c.levels = 812;
    c.maxLevels = 50;
    return c;
}

} // namespace

class TestSegmentsTextDe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        installTranslations(*static_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("de"));
        QVERIFY2(QCoreApplication::translate("SegmentRunText", "“%1” is free text.") != QStringLiteral("“%1” is free text."),
                 "the German translation (:/i18n/segmenta_de.qm) was not loaded");
    }

    void choiceReasons_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numeric") << int(FeatureReason::Numeric) << QStringLiteral("„spend“ ist eine Zahl.");
        QTest::newRow("too many levels")
            << int(FeatureReason::TooManyLevels)
            << QStringLiteral("„spend“ hat 812 verschiedene Werte; höchstens 50 sind nutzbar (seltene Werte erst zusammenfassen).");
        QTest::newRow("few categories") << int(FeatureReason::FewCategories) << QStringLiteral("„spend“ ist eine Kategorie mit 812 Werten.");
        QTest::newRow("identifier") << int(FeatureReason::Identifier)
                                    << QStringLiteral("„spend“ kennzeichnet jede Zeile (in jeder Zeile ein anderer Wert) und kann daher keine Gruppe beschreiben.");
        QTest::newRow("personal") << int(FeatureReason::PersonalData)
                                  << QStringLiteral("„spend“ enthält personenbezogene Daten, die kein Segment bestimmen sollen.");
        QTest::newRow("date") << int(FeatureReason::Date)
                              << QStringLiteral("„spend“ ist ein Datum; haken Sie es an, um es als „Tage seit“ zu verwenden.");
        QTest::newRow("label") << int(FeatureReason::Label)
                               << QStringLiteral("„spend“ ist das Ergebnis, das erklärt werden soll, kein Merkmal zum Gruppieren.");
        QTest::newRow("score") << int(FeatureReason::Score) << QStringLiteral("„spend“ ist der Score eines Modells, kein Merkmal der Kundschaft.");
        QTest::newRow("ignored") << int(FeatureReason::Ignored) << QStringLiteral("„spend“ ist zum Ignorieren markiert.");
        QTest::newRow("constant") << int(FeatureReason::Constant)
                                  << QStringLiteral("„spend“ hat in jeder Zeile denselben Wert und kann daher keine Gruppen unterscheiden.");
        QTest::newRow("all missing") << int(FeatureReason::AllMissing) << QStringLiteral("„spend“ hat keine Werte.");
        QTest::newRow("text") << int(FeatureReason::Text) << QStringLiteral("„spend“ ist freier Text.");
    }
    void choiceReasons() {
        QFETCH(int, code);
        QFETCH(QString, expected);
        QCOMPARE(SegmentRunText::choiceReason(choice(FeatureReason(code))), expected);
    }

    void log1pSuggestion() {
        FeatureChoice c = choice(FeatureReason::Numeric);
        QVERIFY(SegmentRunText::log1pReason(c).isEmpty());
        c.suggestLog1p = true;
        c.skewness = 4.237;
        QCOMPARE(SegmentRunText::log1pReason(c),
                 QStringLiteral("Stark schief verteilt (Schiefe 4,2): wenige sehr große Werte würden dominieren; der "
                                "Logarithmus von 1 + Wert staucht sie."));
        QCOMPARE(SegmentRunText::choiceTooltip(c), SegmentRunText::choiceReason(c) + QLatin1Char('\n') + SegmentRunText::log1pReason(c));
    }

    void runNotes() {
        SegmentationResult r;
        r.notes = {"Mini-batch k-means used because the table has 6,000,000 rows (faster, very slightly less exact)",
                   "Silhouette computed on a seeded sample of 10,000 rows"};
        r.noteParts = {{RunNoteKind::MiniBatch, 6'000'000}, {RunNoteKind::SilhouetteSample, 10'000}};
        ColumnTransform spend;
        spend.column = "revenue";
        spend.log1p = true;
        r.features.pipeline.transforms = {spend};
        const QStringList notes = SegmentRunText::notes(r);
        QCOMPARE(notes, (QStringList{
            QStringLiteral("Mini-Batch-k-Means wurde verwendet, weil die Tabelle 6.000.000 Zeilen hat (schneller, minimal ungenauer)."),
            QStringLiteral("Sehr schief verteilte Spalten wurden gestaucht (Logarithmus von 1 + Wert), damit wenige riesige "
                           "Werte die Segmente nicht allein bestimmen: revenue."),
            QStringLiteral("Die Trennung wurde an einer Stichprobe von 10.000 Zeilen gemessen.")}));
    }

    // Every tooltip of the run panel on the demo's columns is German.
    void runPanelTooltipsAreGerman() {
        DemoOptions o;
        o.rows = 2000;
        const auto demo = generateCustomers(o);
        const auto choices = suggestFeatures(demo.table);
        RunPanel panel;
        panel.setChoices(choices);
        auto* list = panel.findChild<QListWidget*>();
        QVERIFY(list);
        QCOMPARE(list->count(), int(choices.size()));
        QStringList tips;
        bool sawLog1p = false;
        for (int i = 0; i < list->count(); ++i) {
            const auto& c = choices[std::size_t(i)];
            const QString tip = list->item(i)->toolTip();
            tips << tip;
            QVERIFY2(!tip.contains(QString::fromStdString(c.reason)), qPrintable(tip));
            QVERIFY2(c.log1pReason.empty() || !tip.contains(QString::fromStdString(c.log1pReason)), qPrintable(tip));
            QString withoutName = tip;
            withoutName.remove(QStringLiteral("„") + QString::fromStdString(c.column) + QStringLiteral("“"));
            QVERIFY2(!withoutName.contains(englishWords()), qPrintable(tip));
            QVERIFY2(tip.startsWith(QStringLiteral("„") + QString::fromStdString(c.column) + QStringLiteral("“")), qPrintable(tip));
            sawLog1p = sawLog1p || c.suggestLog1p;
        }
        QVERIFY2(sawLog1p, "the demo has a skewed column (revenue): its log1p tooltip was checked");
        const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QWidget page;
            auto* layout = new QVBoxLayout(&page);
            panel.setParent(&page);
            layout->addWidget(&panel, 1);
            auto* label = new QLabel(tips.join(QLatin1Char('\n')), &page);
            label->setWordWrap(true);
            layout->addWidget(label);
            page.resize(900, 1100);
            page.show();
            QTest::qWait(50);
            page.grab().save(dir + QStringLiteral("/run_panel_de.png"));
            panel.setParent(nullptr);
        }
    }
};

QTEST_MAIN(TestSegmentsTextDe)
#include "test_segments_text_de.moc"
