// SPDX-License-Identifier: GPL-3.0-or-later
// The month-to-month path in the window, with no command line: import a file,
// find segments, Save as model…, score a new month with it on the Drift page
// (the saved model is offered), score that month again (replace / keep both),
// delete a month from its card's menu, and the model list (segments, rename).
// Screenshots: /tmp/workflow_*.png.
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

#include "core/demo/demo_generator.h"
#include "core/history/history.h"
#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/drift/drift_page.h"
#include "ui/drift/drift_picker.h"
#include "ui/drift/model_list_dialog.h"
#include "ui/drift/model_scorer.h"
#include "ui/drift/save_model_dialog.h"
#include "ui/drift/score_dialog.h"
#include "ui/drift/segment_share_chart.h"
#include "ui/drift/snapshot_timeline.h"
#include "ui/main/main_window.h"
#include "ui/segments/run_panel.h"
#include "ui/segments/segments_page.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 120000;

// Runs `act` on the next window of type T that opens (modal dialogs block the
// click that opens them, so the answer is given from the event loop).
template <typename T>
void whenOpen(std::function<void(T*)> act) {
    auto poll = std::make_shared<std::function<void(int)>>();
    *poll = [act, poll](int left) {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* t = qobject_cast<T*>(w); t && t->isVisible()) { act(t); return; }
        if (left > 0) QTimer::singleShot(50, [poll, left] { (*poll)(left - 1); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(400); });
}

// The question "replace / keep both / cancel" (other message boxes, such as the
// notes about a scored month, may be open beside it).
QMessageBox* openMessageBox() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w);
            box && box->isVisible() && box->objectName() == QStringLiteral("sameMonthQuestion"))
            return box;
    return nullptr;
}

// Closes the notes shown after scoring (they do not block the window).
void closeNotes() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) box->close();
}

std::vector<SnapshotInfo> months(const QString& db, const char* dataset) {
    auto h = History::open(db.toStdString(), {true, 5000, false});
    if (!h) return {};
    auto d = h->dataset(dataset);
    if (!d) return {};
    auto s = h->snapshots(d->id);
    return s ? *s : std::vector<SnapshotInfo>{};
}

} // namespace

class TestModelWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void savesTheSegmentsAsAModel();
    void scoresANewMonthWithTheSavedModel();
    void scoringTheSameMonthAgainAsks();
    void deletesAMonthFromItsCard();
    void modelListShowsRenamesAndDeletes();
    void cleanupTestCase();

private:
    void scoreFile(const QString& file);

    QTemporaryDir tmp_;
    QString db_, files_;
    Workspace* workspace_ = nullptr;
    MainWindow* window_ = nullptr;
    SegmentsPage* segments_ = nullptr;
    DriftPage* drift_ = nullptr;
};

void TestModelWorkflow::initTestCase() {
    QVERIFY(tmp_.isValid());
    files_ = tmp_.filePath(QStringLiteral("files"));
    DemoFilesOptions o;
    o.months = 2;
    QVERIFY(writeDemoFiles(files_.toStdString(), o));
    db_ = tmp_.filePath(QStringLiteral("history.sqlite"));
    workspace_ = new Workspace(this);
    workspace_->setHistoryPath(db_);
    window_ = new MainWindow(workspace_);
    segments_ = window_->findChild<SegmentsPage*>();
    drift_ = window_->findChild<DriftPage*>();
    QVERIFY(segments_ && drift_);
    drift_->setDemoEnabled(false);
    window_->resize(1280, 800);
    window_->show();
    QSignalSpy imported(window_->dataPage()->importer(), &CsvImporter::imported);
    window_->importDirectly(files_ + QStringLiteral("/customers.csv"));
    QVERIFY(imported.wait(kWaitMs));
}

void TestModelWorkflow::savesTheSegmentsAsAModel() {
    window_->showPage(1);
    QVERIFY(!segments_->saveModelButton()->isEnabled());   // nothing found yet
    segments_->runPanel()->setFixedK(4);
    QSignalSpy ran(segments_, &SegmentsPage::runFinished);
    segments_->run();
    QVERIFY(ran.wait(kWaitMs));
    QVERIFY(ran.first().first().toBool());
    QVERIFY(segments_->saveModelButton()->isEnabled());
    window_->grab().save(QStringLiteral("/tmp/workflow_segments.png"));

    QString hint;
    whenOpen<SaveModelDialog>([&hint](SaveModelDialog* d) {
        // The dataset is suggested from the file name; the history is empty.
        QCOMPARE(d->request().dataset, QStringLiteral("customers"));
        d->setRequest({QStringLiteral("customers"), QStringLiteral("Spring")});
        hint = d->hintText();
        d->grab().save(QStringLiteral("/tmp/workflow_save_dialog.png"));
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QSignalSpy loaded(drift_, &DriftPage::historyLoaded);
    QTest::mouseClick(segments_->saveModelButton(), Qt::LeftButton);
    QVERIFY(hint.contains(QStringLiteral("customers")));
    QTRY_VERIFY_WITH_TIMEOUT(drift_->history().model == QStringLiteral("Spring"), kWaitMs);
    QCOMPARE(window_->currentPage(), 3);   // the Drift page, where the model is used
    const auto saved = months(db_, "customers");
    QCOMPARE(int(saved.size()), 1);        // the month the segments were built on
    QCOMPARE(saved.front().fileName, std::string("customers.csv"));
    QVERIFY(drift_->scoreButton()->isEnabled());
    QVERIFY(drift_->modelsButton()->isEnabled());
    QCOMPARE(drift_->picker()->currentDataset()->models.front().segmentNames.size(), 4);
}

void TestModelWorkflow::scoreFile(const QString& file) {
    bool offered = false;
    whenOpen<ScoreDialog>([file, &offered](ScoreDialog* d) {
        auto* model = d->findChild<QComboBox*>();
        offered = model && model->findData(QStringLiteral("Spring")) >= 0;
        d->setFile(file);
        d->grab().save(QStringLiteral("/tmp/workflow_score_dialog.png"));
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(drift_->scoreButton(), Qt::LeftButton);
    QVERIFY(offered);
}

void TestModelWorkflow::scoresANewMonthWithTheSavedModel() {
    QSignalSpy loaded(drift_, &DriftPage::historyLoaded);
    scoreFile(files_ + QStringLiteral("/customers_2026-01.csv"));
    QTRY_COMPARE_WITH_TIMEOUT(int(drift_->history().snapshots.size()), 2, kWaitMs);
    QCOMPARE(drift_->history().model, QStringLiteral("Spring"));
    QCOMPARE(drift_->history().snapshots.back().label, QStringLiteral("2026-01"));
    QVERIFY(drift_->history().snapshots.front().isTraining);
    QCOMPARE(drift_->timeline()->count(), 2);
    QCOMPARE(drift_->shareChart()->seriesCount(), 4);
    QCOMPARE(int(drift_->history().snapshots.back().segmentShares.size()), 4);
    window_->grab().save(QStringLiteral("/tmp/workflow_drift_scored.png"));
}

void TestModelWorkflow::scoringTheSameMonthAgainAsks() {
    const QString january = files_ + QStringLiteral("/customers_2026-01.csv");
    const std::int64_t firstJanuary = months(db_, "customers").back().id;
    closeNotes();
    // Cancel: nothing is recorded.
    scoreFile(january);
    QTRY_VERIFY_WITH_TIMEOUT(openMessageBox(), kWaitMs);
    QMessageBox* box = openMessageBox();
    QVERIFY(box->text().contains(QStringLiteral("2026-01")));
    box->grab().save(QStringLiteral("/tmp/workflow_same_month.png"));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QVERIFY(!drift_->scorer()->task()->isRunning());
    QCOMPARE(int(months(db_, "customers").size()), 2);
    // Replace: still two months, January is the new one.
    scoreFile(january);
    QTRY_VERIFY_WITH_TIMEOUT(openMessageBox(), kWaitMs);
    openMessageBox()->findChild<QPushButton*>(QStringLiteral("replace"))->click();
    // The earlier January goes once the new one is written (in the same run).
    QTRY_VERIFY_WITH_TIMEOUT(!drift_->scorer()->task()->isRunning() && months(db_, "customers").size() == 2, kWaitMs);
    QVERIFY(months(db_, "customers").back().id != firstJanuary);
    QTRY_VERIFY_WITH_TIMEOUT(int(drift_->history().snapshots.size()) == 2 &&
                                 drift_->history().snapshots.back().id != firstJanuary, kWaitMs);
    // Keep both: a third card.
    scoreFile(january);
    QTRY_VERIFY_WITH_TIMEOUT(openMessageBox(), kWaitMs);
    openMessageBox()->findChild<QPushButton*>(QStringLiteral("keepBoth"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(int(drift_->history().snapshots.size()), 3, kWaitMs);
}

void TestModelWorkflow::deletesAMonthFromItsCard() {
    const auto before = months(db_, "customers");
    QCOMPARE(int(before.size()), 3);
    closeNotes();
    SnapshotTimeline* timeline = drift_->timeline();
    const QPoint at = timeline->cardRect(2).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, timeline->mapToGlobal(at));
    QApplication::sendEvent(timeline, &event);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = drift_->findChild<QMenu*>(QStringLiteral("monthMenu"))) && menu->isVisible());
    QAction* del = menu->findChild<QAction*>(QStringLiteral("delete"));
    QVERIFY(del && del->isEnabled());
    menu->grab().save(QStringLiteral("/tmp/workflow_month_menu.png"));
    whenOpen<QMessageBox>([](QMessageBox* b) { b->button(QMessageBox::Yes)->click(); });
    del->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(drift_->history().snapshots.size()), 2, kWaitMs);
    const auto after = months(db_, "customers");
    QCOMPARE(int(after.size()), 2);
    for (int i = 0; i < 2; ++i) {   // the other months, as they were
        QCOMPARE(after[std::size_t(i)].id, before[std::size_t(i)].id);
        QCOMPARE(after[std::size_t(i)].label, before[std::size_t(i)].label);
        QCOMPARE(after[std::size_t(i)].sha256, before[std::size_t(i)].sha256);
        QCOMPARE(after[std::size_t(i)].asOf, before[std::size_t(i)].asOf);
    }
    // The training month's Delete is disabled, with the reason.
    const QPoint first = timeline->cardRect(0).center();
    QContextMenuEvent again(QContextMenuEvent::Mouse, first, timeline->mapToGlobal(first));
    QApplication::sendEvent(timeline, &again);
    QTRY_VERIFY((menu = drift_->findChild<QMenu*>(QStringLiteral("monthMenu"))) && menu->isVisible());
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("delete"))->isEnabled());
    menu->close();
}

void TestModelWorkflow::modelListShowsRenamesAndDeletes() {
    QTest::mouseClick(drift_->modelsButton(), Qt::LeftButton);
    ModelListDialog* list = nullptr;
    QTRY_VERIFY((list = drift_->findChild<ModelListDialog*>()) && list->isVisible());
    QCOMPARE(list->list()->count(), 1);
    QCOMPARE(list->segments()->rowCount(), 4);   // "show the segments of this model"
    double total = 0;
    for (int r = 0; r < 4; ++r) total += QLocale().toDouble(list->segments()->item(r, 1)->text().remove(QStringLiteral(" %")));
    QVERIFY(std::abs(total - 100) < 0.5);
    list->grab().save(QStringLiteral("/tmp/workflow_model_list.png"));
    QSignalSpy loaded(drift_, &DriftPage::historyLoaded);
    list->renameCurrent(QStringLiteral("Summer"));
    QTRY_VERIFY_WITH_TIMEOUT(list->list()->item(0)->text() == QStringLiteral("Summer"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(drift_->history().model == QStringLiteral("Summer"), kWaitMs);
    QCOMPARE(int(months(db_, "customers").size()), 2);   // the months stay
    list->deleteCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(list->list()->count(), 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!drift_->scoreButton()->isEnabled(), kWaitMs);
    QCOMPARE(int(months(db_, "customers").size()), 2);
    list->close();
}

void TestModelWorkflow::cleanupTestCase() { delete window_; }

QTEST_MAIN(TestModelWorkflow)
#include "test_model_workflow.moc"
