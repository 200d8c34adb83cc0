// SPDX-License-Identifier: GPL-3.0-or-later
// The Slices page in German: why a metric is undefined and why a slice was not
// tested come from core's reason codes (MetricReason), said by one formatter
// (MetricReasonText) — no English sentence of core reaches the table's tooltips,
// and the test's name is German too. The German translation is loaded the way the
// app loads it. Saves slices_reasons_de.png / _en.png under SEGMENTA_SCREENSHOTS.
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

#include "core/metrics/slice_report.h"
#include "ui/common/translation.h"
#include "ui/slices/metric_reason_text.h"
#include "ui/slices/slice_table_model.h"
#include "tests/test_columns.h"

using namespace segmenta;
using segmenta::testutil::numberColumn;
using namespace segmenta::ui;

namespace {

constexpr MetricReason kAllCodes[] = {
    MetricReason::NoRowsWithOutput, MetricReason::NeedsScore,       MetricReason::OnlyNegative,
    MetricReason::OnlyPositive,     MetricReason::NoPositive,       MetricReason::NoRowsInBin,
    MetricReason::NoLabelAndScore,  MetricReason::NoLabelAndPrediction, MetricReason::NoValue,
    MetricReason::OneRow,           MetricReason::GroupEmpty,       MetricReason::NoVariation,
    MetricReason::NoRowsForMetric,  MetricReason::NoOtherRows,      MetricReason::TooFewRows,
    MetricReason::NotInSegmentation, MetricReason::NeedsTwoSegments,
};

Column category(const std::string& name, const std::vector<std::string>& values) {
    Column c;
    c.name = name;
    c.type = ColumnType::Category;
    for (const auto& v : values) c.appendCategory(v);
    return c;
}

// Four groups: only "no" outcomes (ROC AUC and average precision undefined),
// only "yes" (ROC AUC undefined), mixed, and two rows (too few to judge).
Table groupsTable() {
    std::vector<std::string> group, outcome;
    std::vector<double> score;
    auto add = [&](const char* g, int n, auto yes) {
        for (int i = 0; i < n; ++i) {
            group.emplace_back(g);
            outcome.emplace_back(yes(i) ? "yes" : "no");
            score.push_back(0.05 + 0.9 * double(i % 10) / 10.0);
        }
    };
    add("only_no", 40, [](int) { return false; });
    add("only_yes", 40, [](int) { return true; });
    add("mixed", 60, [](int i) { return i % 3 == 0; });
    add("tiny", 2, [](int i) { return i == 0; });
    Table t;
    t.columns.push_back(category("group", group));
    t.columns.push_back(category("churned", outcome));
    t.columns.push_back(numberColumn("churn_score", score));
    return t;
}

// Every tooltip and text of the table, headers included.
QStringList allTexts(const SliceTableModel& model) {
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            out << model.headerData(c, Qt::Horizontal, role).toString();
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) out << model.index(r, c).data(role).toString();
    return out;
}

std::shared_ptr<const SliceReport> groupsReport() {
    MetricsOptions o;
    o.slices = {{SliceDimension::Kind::Column, "group", {}}};
    o.label = "churned";
    o.score = "churn_score";
    o.positive = "yes";
    auto r = computeSliceReport(groupsTable(), o);
    if (!r) qFatal("%s", r.error().message.c_str());
    return std::make_shared<const SliceReport>(std::move(*r));
}

// The table with, below it, the tooltips of its cells that say why (tooltips are not
// on a screenshot otherwise). Also the tooltips as text, for reading.
void screenshot(SliceTableModel& model, const char* name) {
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QStringList tips;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString tip = model.index(r, c).data(Qt::ToolTipRole).toString();
            if (c == model.flagColumn() || tip.startsWith(QStringLiteral("Nicht")) || tip.startsWith(QStringLiteral("Not ")))
                if (!tip.isEmpty() && !tips.contains(tip)) tips << model.index(r, 0).data().toString() + QStringLiteral(": ") + tip;
        }
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* view = new QTableView(&page);
    view->setModel(&model);
    view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    layout->addWidget(view, 1);
    auto* label = new QLabel(tips.join(QLatin1Char('\n')), &page);
    label->setWordWrap(true);
    layout->addWidget(label);
    page.resize(1500, 700);
    page.show();
    QTest::qWait(50);
    page.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    QFile text(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".txt"));
    if (text.open(QIODevice::WriteOnly)) text.write(allTexts(model).join(QLatin1Char('\n')).toUtf8());
}

} // namespace

class TestSlicesReasonsDe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        installTranslations(*static_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("de"));
        QVERIFY2(QCoreApplication::translate("MetricReasonText", "needs a score column") != QLatin1String("needs a score column"),
                 "the German translation (:/i18n/segmenta_de.qm) was not loaded");
    }

    void everyCodeIsGerman_data() {
        QTest::addColumn<int>("code");
        for (MetricReason code : kAllCodes) QTest::newRow(englishReason(code)) << int(code);
    }
    void everyCodeIsGerman() {
        QFETCH(int, code);
        const auto reason = MetricReason(code);
        const QString text = MetricReasonText::reason(Metric::undefined(reason));
        QVERIFY(!text.isEmpty());
        QVERIFY2(text != QLatin1String(englishReason(reason)), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\b(rows?|only|here|needs|with|the|no|one)\\b"))),
                 qPrintable(text));
    }

    void knownSentences_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("only negative") << int(MetricReason::OnlyNegative)
                                       << QStringLiteral("hier nur „nein“-Zeilen: ROC AUC braucht beide Ergebnisse (ja und nein)");
        QTest::newRow("too few") << int(MetricReason::TooFewRows) << QStringLiteral("zu wenige Zeilen für ein Urteil");
    }
    void knownSentences() {
        QFETCH(int, code);
        QFETCH(QString, expected);
        QCOMPARE(MetricReasonText::reason(Metric::undefined(MetricReason(code))), expected);
    }

    void textGivenByTheGuiIsKept() {
        QCOMPARE(MetricReasonText::reason(Metric::undefined(std::string("schon übersetzt"))), QStringLiteral("schon übersetzt"));
    }

    // The English sentence is what core made before the codes existed (CLI, JSON).
    void coreKeepsItsEnglish() {
        const auto r = groupsReport();
        const auto& noSlice = r->slices[1];   // slices are sorted by label: mixed, only_no, only_yes, tiny
        QCOMPARE(noSlice.label, std::string("only_no"));
        QCOMPARE(noSlice.binary->rocAuc.reason, std::string("only negative rows here: ROC AUC needs both outcomes"));
        QCOMPARE(noSlice.binary->rocAuc.reasonCode, MetricReason::OnlyNegative);
        QCOMPARE(noSlice.binary->averagePrecision.reasonCode, MetricReason::NoPositive);
        QCOMPARE(r->slices[3].significance.why, std::string("too few rows to judge"));
        QCOMPARE(r->slices[3].significance.whyCode, MetricReason::TooFewRows);
        QCOMPARE(r->slices[3].significance.pValue.reason, std::string("too few rows to judge"));
        QCOMPARE(r->falseDiscoveryRate, 0.05);
    }

    void tableTooltipsAreGerman() {
        SliceTableModel model;
        model.setReport(groupsReport());
        screenshot(model, "slices_reasons_de");
        const QStringList texts = allTexts(model);
        const QString all = texts.join(QLatin1Char('\n'));
        for (MetricReason code : kAllCodes)
            QVERIFY2(!all.contains(QLatin1String(englishReason(code))), englishReason(code));
        QVERIFY2(!all.contains(QStringLiteral("two-proportion")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Nicht verfügbar: hier nur „nein“-Zeilen: ROC AUC braucht beide Ergebnisse (ja und nein)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("hier keine „ja“-Zeilen")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("einseitiger z-Test für zwei Anteile")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("5 % Fehlalarmrate")), qPrintable(all));
    }
};

QTEST_MAIN(TestSlicesReasonsDe)
#include "test_slices_reasons_de.moc"
