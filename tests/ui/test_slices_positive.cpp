// SPDX-License-Identifier: GPL-3.0-or-later
// Any two-valued outcome on the Slices page: the value that counts as "yes" is
// offered in the window, defaulting to a yes-word (also German, French, Spanish),
// else the rarer value, else what the user picked before for that column.
#include <QComboBox>
#include <QSettings>
#include <QtTest>

#include "core/metrics/slice_report.h"
#include "ui/slices/slice_controls.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

std::shared_ptr<const Table> outcomes() {
    Column diagnosis, answer, code, channel;
    diagnosis.name = "diagnosis";
    diagnosis.type = ColumnType::Category;
    answer.name = "newsletter";
    answer.type = ColumnType::Category;
    code.name = "class";
    code.type = ColumnType::Integer;
    channel.name = "channel";
    channel.type = ColumnType::Category;
    for (int i = 0; i < 10; ++i) {
        diagnosis.appendCategory(i < 3 ? "malignant" : "benign");   // malignant is rarer
        answer.appendCategory(i < 6 ? "nein" : "ja");                // ja is rarer too, but a yes-word anyway
        code.appendNumber(i < 8 ? 2 : 4);
        channel.appendCategory(i % 2 ? "web" : "shop");
    }
    Table t;
    for (Column* c : {&diagnosis, &answer, &code, &channel}) t.columns.push_back(std::move(*c));
    return std::make_shared<const Table>(std::move(t));
}

bool chooseOutcome(SliceControls& controls, const QString& column) {
    auto* outcome = controls.findChild<QComboBox*>(QStringLiteral("outcome"));
    const int i = outcome ? outcome->findText(column) : -1;
    if (i < 0) return false;
    outcome->setCurrentIndex(i);
    return true;
}

} // namespace

class TestSlicesPositive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTests"));
        QCoreApplication::setApplicationName(QStringLiteral("slices-positive"));
        QSettings().clear();
    }

    void defaultsAndRemembers() {
        SliceControls controls;
        controls.setData(outcomes(), false);
        auto* positive = controls.findChild<QComboBox*>(QStringLiteral("positive"));
        QVERIFY(positive);
        QVERIFY(chooseOutcome(controls, QStringLiteral("diagnosis")));
        QVERIFY(positive->isEnabled());
        QCOMPARE(positive->count(), 2);
        QCOMPARE(controls.positiveValue(), QStringLiteral("malignant"));   // the rarer value
        QCOMPARE(controls.options().positive, std::string("malignant"));
        QVERIFY(chooseOutcome(controls, QStringLiteral("newsletter")));
        QCOMPARE(controls.positiveValue(), QStringLiteral("ja"));
        QVERIFY(chooseOutcome(controls, QStringLiteral("class")));          // 2/4 is an outcome too
        QCOMPARE(controls.positiveValue(), QStringLiteral("4"));
        // The user's choice for a column is kept, also in a new window.
        QVERIFY(chooseOutcome(controls, QStringLiteral("diagnosis")));
        QVERIFY(controls.choosePositive(QStringLiteral("benign")));
        QCOMPARE(controls.options().positive, std::string("benign"));
        SliceControls later;
        later.setData(outcomes(), false);
        QVERIFY(chooseOutcome(later, QStringLiteral("diagnosis")));
        QCOMPARE(later.positiveValue(), QStringLiteral("benign"));
        QVERIFY(chooseOutcome(later, QStringLiteral("newsletter")));       // other columns keep their own
        QCOMPARE(later.positiveValue(), QStringLiteral("ja"));
    }

    void theChosenValueIsCounted() {
        SliceControls controls;
        controls.setData(outcomes(), false);
        QVERIFY(chooseOutcome(controls, QStringLiteral("class")));
        QVERIFY(controls.chooseSlice(QStringLiteral("channel")));
        auto report = computeSliceReport(*outcomes(), controls.options());
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->positive, std::string("4"));
        QVERIFY(!report->overall.outcomes.empty());
        QCOMPARE(report->overall.outcomes.front().positive, std::string("4"));
        QCOMPARE(report->overall.outcomes.front().successes, std::int64_t(2));
        QCOMPARE(report->overall.outcomes.front().n, std::int64_t(10));
    }

    void noOutcomeNoChoice() {
        SliceControls controls;
        controls.setData(outcomes(), false);
        QVERIFY(chooseOutcome(controls, QStringLiteral("(none)")));
        QVERIFY(!controls.findChild<QComboBox*>(QStringLiteral("positive"))->isEnabled());
        QVERIFY(controls.options().positive.empty());
    }
};

QTEST_MAIN(TestSlicesPositive)
#include "test_slices_positive.moc"
