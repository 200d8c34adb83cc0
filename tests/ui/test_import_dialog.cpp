// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the import dialog as a user would: it guesses the dialect, every guess
// can be overridden and the preview follows, column types and roles can be
// changed, and Import reads the whole file in the background into the Data page.
// A cancelled or failed import keeps the table that was loaded, and the event
// loop keeps running while a million rows import.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "data_test_support.h"
#include "ui/common/workspace.h"
#include "ui/data/column_profile_panel.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/data/data_table_model.h"
#include "ui/data/import_dialog.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {
constexpr int kWaitMs = 60000;

std::shared_ptr<const Table> previousTable() { return test::countingTable("previous.csv", "kept", 7); }

QString cell(const QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

void selectData(QComboBox* combo, int value) {
    const int i = combo->findData(value);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}
} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void previewGuessesDialect_data();
    void previewGuessesDialect();
    void overridingTheSeparatorReparses();
    void importsThroughTheDialog();
    void badFileShowsErrorAndDisablesImport_data();
    void badFileShowsErrorAndDisablesImport();
    void failedImportKeepsPreviousTable();
    void cancelledImportKeepsPreviousTable();
    void eventLoopNeverStallsDuringBigImport();
    void screenshot();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QString bigFile(int rows);
    QTemporaryDir dir_;
    QString big_;
};

void TestImportDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
    QVERIFY(dir_.isValid());
}

QString TestImportDialog::write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
}

QString TestImportDialog::bigFile(int rows) {
    if (!big_.isEmpty()) return big_;
    QByteArray bytes;
    bytes.reserve(rows * 48);
    bytes += "id,country,revenue,orders,signup\n";
    const char* countries[] = {"DE", "FR", "US", "GB", "NL"};
    for (int i = 0; i < rows; ++i) {
        bytes += QByteArray::number(i + 1) + ',' + countries[i % 5] + ',' + QByteArray::number((i % 9973) * 1.25, 'f', 2) + ',' +
                 QByteArray::number(i % 17) + ",2024-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-15\n";
    }
    big_ = write(QStringLiteral("big.csv"), bytes);
    return big_;
}

void TestImportDialog::previewGuessesDialect_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("comma") << QByteArray("name,age,score\nAnn,34,0.5\nBob,41,0.25\nCem,29,0.75\n") << ',' << '.' << 3 << 3;
    QTest::newRow("semicolon decimal comma") << QByteArray("name;price;qty\nTea;3,50;2\nCake;12,75;1\nJam;4,20;6\n") << ';' << ',' << 3 << 3;
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n3\t4\n5\t6\n7\t8\n") << '\t' << '.' << 2 << 4;
    QTest::newRow("pipe") << QByteArray("x|y|z\n1|a|2020-01-01\n2|b|2020-02-01\n3|c|2020-03-01\n") << '|' << '.' << 3 << 3;
}

void TestImportDialog::previewGuessesDialect() {
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(char, decimal);
    QFETCH(int, columns);
    QFETCH(int, rows);
    ImportDialog dialog(write(QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))), bytes), nullptr);
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(dialog.previewReport().dialect.delimiter, delimiter);
    QCOMPARE(dialog.previewReport().dialect.decimal, decimal);
    QCOMPARE(dialog.previewModel()->columnCount(), columns);
    QCOMPARE(dialog.previewModel()->rowCount(), rows);
    // The automatic choice says what it found.
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    QVERIFY(combo->itemText(0).startsWith(QStringLiteral("Automatic (")));
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    // Nothing overridden: the full import guesses again.
    QVERIFY(!dialog.options().delimiter.has_value());
}

void TestImportDialog::overridingTheSeparatorReparses() {
    const QString path = write(QStringLiteral("semi.csv"), "name;price\nTea;3,50\nCake;12,75\n");
    ImportDialog dialog(path, nullptr);
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    selectData(dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo")), ',');
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(dialog.options().delimiter, std::optional<char>(','));
    // Read with commas, "Tea;3,50" splits at the decimal comma instead.
    QCOMPARE(dialog.previewReport().dialect.delimiter, ',');
    QVERIFY(dialog.previewModel()->columnCount() != 2 || cell(dialog.previewModel(), 0, 0) != QStringLiteral("Tea"));
    selectData(dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo")), -1);
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    QCOMPARE(cell(dialog.previewModel(), 1, 0), QStringLiteral("Cake"));
}

void TestImportDialog::importsThroughTheDialog() {
    QByteArray bytes("customer,country,revenue,joined,code\n");
    for (int i = 0; i < 120; ++i)
        bytes += "c" + QByteArray::number(i) + "," + (i % 3 ? "DE" : "FR") + "," + (i == 7 ? QByteArray() : QByteArray::number(i * 2.5)) +
                 ",2024-03-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "," + QByteArray::number(100 + i % 4) + "\n";
    const QString path = write(QStringLiteral("customers.csv"), bytes);

    Workspace workspace;
    DataPage page(&workspace);
    page.resize(1100, 700);
    page.show();
    ImportDialog dialog(path, page.importer());
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    QVERIFY(updated.wait(kWaitMs));
    QCOMPARE(dialog.previewModel()->columnCount(), 5);
    // "code" holds numbers, but the user says it is a category and a slice.
    dialog.setColumnType(QStringLiteral("code"), ColumnType::Category);
    dialog.setColumnRole(QStringLiteral("code"), ColumnRole::Slice);
    dialog.setColumnRole(QStringLiteral("customer"), ColumnRole::Identifier);
    QVERIFY(updated.wait(kWaitMs));   // a type change re-parses the preview
    const int code = int(*dialog.previewModel()->table()->find("code"));
    QCOMPARE(dialog.previewModel()->table()->columns[std::size_t(code)].type, ColumnType::Category);
    QCOMPARE(dialog.options().roleOverrides.at("code"), ColumnRole::Slice);

    QSignalSpy imported(page.importer(), &CsvImporter::imported);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(imported.wait(kWaitMs));
    const auto table = workspace.table();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), std::size_t(120));
    QCOMPARE(table->columnCount(), std::size_t(5));
    QCOMPARE(table->column("code")->type, ColumnType::Category);
    QCOMPARE(table->column("code")->role, ColumnRole::Slice);
    QCOMPARE(table->column("customer")->role, ColumnRole::Identifier);
    QCOMPARE(workspace.sourcePath(), path);

    // The Data page shows it: cells as read, the gap as "missing".
    const auto* model = page.model();
    QCOMPARE(model->rowCount(), 120);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("c0"));
    QCOMPARE(cell(model, 2, 2), QStringLiteral("5"));
    QCOMPARE(cell(model, 7, 2), QStringLiteral("missing"));
    QCOMPARE(model->index(7, 2).data(int(DataTableModel::Role::IsMissing)).toBool(), true);
    QCOMPARE(cell(model, 3, 3), QStringLiteral("2024-03-04"));

    // And the profile of a column.
    QSignalSpy shown(page.profilePanel(), &ColumnProfilePanel::profileShown);
    page.selectColumn(2);
    QVERIFY(shown.count() > 0 || shown.wait(kWaitMs));
    const auto& profile = page.profilePanel()->profile();
    QCOMPARE(profile.name, QStringLiteral("revenue"));
    QCOMPARE(profile.missing, std::int64_t(1));
    QCOMPARE(profile.distinct, std::int64_t(119));
    std::int64_t binned = 0;
    for (auto c : profile.binCounts) binned += c;
    QCOMPARE(binned, std::int64_t(119));
}

void TestImportDialog::badFileShowsErrorAndDisablesImport_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("png renamed") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
}

void TestImportDialog::badFileShowsErrorAndDisablesImport() {
    QFETCH(QByteArray, bytes);
    ImportDialog dialog(write(QStringLiteral("bad_%1.csv").arg(QString::fromLatin1(QTest::currentDataTag()).left(3)), bytes), nullptr);
    QSignalSpy failed(&dialog, &ImportDialog::previewFailed);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!dialog.isPreviewReady());
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestImportDialog::failedImportKeepsPreviousTable() {
    Workspace workspace;
    const auto before = previousTable();
    workspace.setTable(before, nullptr, QStringLiteral("previous.csv"));
    CsvImporter importer(&workspace);
    QSignalSpy failed(&importer, &CsvImporter::failed);
    importer.start(dir_.filePath(QStringLiteral("does-not-exist.csv")));
    QVERIFY(failed.wait(kWaitMs));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("does-not-exist.csv")), qPrintable(message));
    QCOMPARE(workspace.table(), before);
    QCOMPARE(workspace.sourcePath(), QStringLiteral("previous.csv"));
}

void TestImportDialog::cancelledImportKeepsPreviousTable() {
    Workspace workspace;
    const auto before = previousTable();
    workspace.setTable(before, nullptr, QStringLiteral("previous.csv"));
    DataPage page(&workspace);
    CsvImporter* importer = page.importer();
    QSignalSpy cancelled(importer, &CsvImporter::cancelled);
    QSignalSpy imported(importer, &CsvImporter::imported);
    importer->start(bigFile(1000000));
    QVERIFY(importer->isRunning());
    QTimer::singleShot(30, importer, &CsvImporter::cancel);
    QTRY_VERIFY_WITH_TIMEOUT(!importer->isRunning(), kWaitMs);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(workspace.table(), before);
    QCOMPARE(page.model()->rowCount(), 7);
}

void TestImportDialog::eventLoopNeverStallsDuringBigImport() {
    // A probe ticks every 10 ms; the longest gap between ticks is how long the
    // GUI thread was busy. Wall-clock limits don't belong in unit tests on a
    // shared machine, so the stall is printed and only enforced when asked
    // (SEGMENTA_STALL_LIMIT_MS=100 on a quiet machine, as benchmarks/ does).
    // What is always checked: the import finishes and the table is complete.
    const int limit = qEnvironmentVariableIntValue("SEGMENTA_STALL_LIMIT_MS");
    const QString path = bigFile(1000000);
    Workspace workspace;
    DataPage page(&workspace);
    page.resize(1100, 700);
    page.show();
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer probe;
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    QSignalSpy imported(page.importer(), &CsvImporter::imported);
    clock.start();
    probe.start();
    page.importer()->start(path);
    QVERIFY(imported.wait(kWaitMs * 2));
    // Include the profile of the first column, which starts when the table arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), kWaitMs);
    QTest::qWait(50);
    probe.stop();
    qInfo("1M-row import took %lld ms; longest event-loop stall %lld ms (limit %d ms)", clock.elapsed(), worst, limit);
    QCOMPARE(page.model()->rowCount(), 1000000);
    QCOMPARE(cell(page.model(), 999999, 0), QStringLiteral("1000000"));
    if (limit > 0) QVERIFY2(worst <= limit, qPrintable(QStringLiteral("stalled %1 ms").arg(worst)));
}

void TestImportDialog::screenshot() {
    QByteArray bytes("Kunde;Land;Umsatz;Bestellungen;Newsletter\n");
    for (int i = 0; i < 40; ++i)
        bytes += "K" + QByteArray::number(1000 + i) + ";" + (i % 4 ? "DE" : "AT") + ";" + QByteArray::number(i * 13) + "," +
                 QByteArray::number(i % 100).rightJustified(2, '0') + ";" + QByteArray::number(i % 7) + ";" + (i % 2 ? "ja" : "nein") + "\n";
    bytes += "K9;DE;12\n";
    ImportDialog dialog(write(QStringLiteral("kunden.csv"), bytes), nullptr);
    dialog.show();
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    QVERIFY(updated.wait(kWaitMs));
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(testshots::path(QStringLiteral("segmenta-import-dialog.png"))));
}

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
