// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5: File ▸ Record this file in history… stores the fingerprint of the bytes
// the Data page's import read, not of the file as it is when the user records.
// Imports go through the Data page's CsvImporter (as File ▸ Import, a dropped file,
// a recent file and --open do); the file is then changed on disk, and the recorded
// snapshot must still describe the imported table. A cancelled or failed re-import
// keeps the table AND its fingerprint; any other table clears it.
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "core/history/history.h"
#include "ui/common/background_task.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/drift/history_recorder.h"
#include "ui/drift/record_dialog.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kWaitMs = 60000;

// `rows` customers; `variant` changes every revenue value (same line lengths when
// the variant has the same number of digits), so two variants differ in content.
QByteArray customersCsv(int rows, int variant) {
    QByteArray bytes = "id,country,revenue,orders,signup\n";
    const char* countries[] = {"DE", "FR", "US", "GB", "NL"};
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(i + 1) + ',' + countries[(i + variant) % 5] + ',' +
                 QByteArray::number(((i * 7 + variant) % 9973) * 1.25, 'f', 2).rightJustified(8, '0') + ',' +
                 QByteArray::number(i % 17) + ",2024-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-15\n";
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray sha256Hex(const QByteArray& bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); }

} // namespace

class TestRecordImportedSource : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordsTheImportedBytes_data();
    void recordsTheImportedBytes();
    void cancelledReimportKeepsSource();
    void failedReimportKeepsSource();
    void otherTablesClearSource();

private:
    // Imports `path` through the Data page's importer; false when it did not succeed.
    static bool importThroughDataPage(DataPage& page, const QString& path);
    QTemporaryDir dir_;
};

void TestRecordImportedSource::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
}

bool TestRecordImportedSource::importThroughDataPage(DataPage& page, const QString& path) {
    QSignalSpy imported(page.importer(), &CsvImporter::imported);
    page.importer()->start(path);
    return imported.wait(kWaitMs);
}

void TestRecordImportedSource::recordsTheImportedBytes_data() {
    QTest::addColumn<QString>("change");   // what happens to the file after the import
    QTest::addColumn<int>("rows");
    QTest::addColumn<HistoryRecorder::SourceState>("state");
    QTest::addColumn<bool>("noted");       // whether the user is told the file changed
    using S = HistoryRecorder::SourceState;
    QTest::newRow("unchanged") << QStringLiteral("none") << 700 << S::Unchanged << false;
    QTest::newRow("overwritten, other size") << QStringLiteral("rewrite") << 700 << S::Changed << true;
    QTest::newRow("overwritten, same size, newer") << QStringLiteral("same-size") << 700 << S::Changed << true;
    QTest::newRow("deleted") << QStringLiteral("delete") << 700 << S::Gone << true;
    // Large enough that the reader maps the file instead of reading it: the table
    // must not depend on the file's pages once imported.
    QTest::newRow("large, overwritten shorter") << QStringLiteral("rewrite") << 300000 << S::Changed << true;
    QTest::newRow("large, deleted") << QStringLiteral("delete") << 300000 << S::Gone << true;
}

void TestRecordImportedSource::recordsTheImportedBytes() {
    QFETCH(QString, change);
    QFETCH(int, rows);
    QFETCH(HistoryRecorder::SourceState, state);
    QFETCH(bool, noted);
    const QString path = dir_.filePath(QStringLiteral("customers_2026-03-%1-%2.csv").arg(change).arg(rows));
    const QByteArray original = customersCsv(rows, 0);
    QVERIFY(writeFile(path, original));

    Workspace ws;
    ws.setHistoryPath(dir_.filePath(QStringLiteral("history-%1-%2.sqlite").arg(change).arg(rows)));
    DataPage page(&ws);
    QVERIFY(importThroughDataPage(page, path));
    QVERIFY(ws.tableSource().has_value());
    QCOMPARE(QByteArray::fromStdString(ws.tableSource()->fingerprint.sha256), sha256Hex(original));
    const auto table = ws.table();
    QCOMPARE(table->rowCount(), std::size_t(rows));
    const std::string lastCountry = table->columns[1].displayText(std::size_t(rows - 1));

    if (change == QStringLiteral("rewrite")) {
        QVERIFY(writeFile(path, customersCsv(400, 3)));
    } else if (change == QStringLiteral("same-size")) {
        const QByteArray other = customersCsv(700, 5);
        QCOMPARE(other.size(), original.size());
        QVERIFY(other != original);
        QVERIFY(writeFile(path, other));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));   // a copy tool may keep the size: only the time tells
        QVERIFY(f.setFileTime(ws.tableSource()->modified.addSecs(60), QFileDevice::FileModificationTime));
    } else if (change == QStringLiteral("delete")) {
        QVERIFY(QFile::remove(path));
    }
    QCOMPARE(HistoryRecorder::sourceState(ws), state);
    // Every cell still reads as imported, whatever happened to the file.
    for (const Column& c : table->columns)
        for (std::size_t r = 0; r < table->rowCount(); r += 97) (void)c.displayText(r);
    QCOMPARE(table->columns[1].displayText(std::size_t(rows - 1)), lastCountry);
    const QString note = HistoryRecorder::sourceNote(ws);
    QCOMPARE(!note.isEmpty(), noted);
    if (noted) QVERIFY2(note.contains(QStringLiteral("as it was imported")), qPrintable(note));
    RecordDialog dialog(*table, path, {});
    dialog.setSourceNote(note);
    QCOMPARE(dialog.sourceNote(), note);

    HistoryRecorder recorder(&ws);
    QSignalSpy done(&recorder, &HistoryRecorder::recorded);
    QSignalSpy failed(&recorder, &HistoryRecorder::failed);
    recorder.record({QStringLiteral("customers"), QDate(2026, 3, 31), QString(), SplitPeriod::Month});
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(failed.count(), 0);
    const QString summary = done.first().at(2).toString();
    QCOMPARE(summary.contains(QStringLiteral("(as imported:")), noted);
    QVERIFY2(summary.size() < 120, qPrintable(summary));   // it goes to the status bar

    auto db = History::open(ws.historyPath().toStdString());
    QVERIFY(db);
    auto ds = db->dataset("customers");
    QVERIFY(ds);
    auto snaps = db->snapshots(ds->id);
    QVERIFY(snaps);
    QCOMPARE(snaps->size(), std::size_t(1));
    const SnapshotInfo& s = snaps->front();
    QCOMPARE(QByteArray::fromStdString(s.sha256), sha256Hex(original));
    QCOMPARE(s.fileSize, std::int64_t(original.size()));
    QCOMPARE(s.rows, std::int64_t(table->rowCount()));
    QCOMPARE(QString::fromStdString(s.fileName), QFileInfo(path).fileName());
}

void TestRecordImportedSource::cancelledReimportKeepsSource() {
    const QString first = dir_.filePath(QStringLiteral("first.csv"));
    const QByteArray firstBytes = customersCsv(300, 1);
    QVERIFY(writeFile(first, firstBytes));
    const QString big = dir_.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(big, customersCsv(1000000, 2)));

    Workspace ws;
    DataPage page(&ws);
    QVERIFY(importThroughDataPage(page, first));
    const auto table = ws.table();
    const auto source = ws.tableSource();
    QVERIFY(source.has_value());

    // Cancel once the re-import reports progress, i.e. while it reads the file.
    CsvImporter* importer = page.importer();
    QSignalSpy cancelled(importer, &CsvImporter::cancelled);
    QSignalSpy imported(importer, &CsvImporter::imported);
    // (The task reports 0 % itself before the worker starts; wait for the reader's own.)
    int cancelledAt = -1;
    const auto conn = connect(importer->task(), &BackgroundTask::progressChanged, importer, [&](int percent) {
        if (percent > 0 && cancelledAt < 0) { cancelledAt = percent; importer->cancel(); }
    });
    importer->start(big);
    QTRY_VERIFY_WITH_TIMEOUT(!importer->isRunning(), kWaitMs);
    disconnect(conn);
    QVERIFY2(cancelledAt > 0 && cancelledAt < 100, qPrintable(QString::number(cancelledAt)));
    QCOMPARE(imported.count(), 0);
    QVERIFY(cancelled.count() >= 1);
    QCOMPARE(ws.table(), table);
    QCOMPARE(ws.sourcePath(), first);
    QVERIFY(ws.tableSource().has_value());
    QCOMPARE(ws.tableSource()->fingerprint.sha256, source->fingerprint.sha256);
    QCOMPARE(QByteArray::fromStdString(ws.tableSource()->fingerprint.sha256), sha256Hex(firstBytes));
    QCOMPARE(ws.tableSource()->modified, source->modified);

    // The same file imported again in full does replace both.
    QVERIFY(importThroughDataPage(page, big));
    QCOMPARE(ws.sourcePath(), big);
    QCOMPARE(ws.tableSource()->fingerprint.fileSize, QFileInfo(big).size());
}

void TestRecordImportedSource::failedReimportKeepsSource() {
    const QString first = dir_.filePath(QStringLiteral("kept.csv"));
    QVERIFY(writeFile(first, customersCsv(50, 4)));
    const QString bad = dir_.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(bad, QByteArray()));
    Workspace ws;
    DataPage page(&ws);
    QVERIFY(importThroughDataPage(page, first));
    const auto sha = ws.tableSource()->fingerprint.sha256;
    QSignalSpy failed(page.importer(), &CsvImporter::failed);
    page.importer()->start(bad);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(ws.sourcePath(), first);
    QVERIFY(ws.tableSource().has_value());
    QCOMPARE(ws.tableSource()->fingerprint.sha256, sha);
}

void TestRecordImportedSource::otherTablesClearSource() {
    const QString first = dir_.filePath(QStringLiteral("cleared.csv"));
    QVERIFY(writeFile(first, customersCsv(50, 6)));
    Workspace ws;
    ws.setHistoryPath(dir_.filePath(QStringLiteral("cleared.sqlite")));
    DataPage page(&ws);
    QVERIFY(importThroughDataPage(page, first));
    QVERIFY(ws.tableSource().has_value());
    QCOMPARE(HistoryRecorder::sourceState(ws), HistoryRecorder::SourceState::Unchanged);
    QVERIFY(HistoryRecorder::sourceNote(ws).isEmpty());
    // The demo made in memory (File ▸ Open demo data without the bundled file) has no file.
    ws.setTable(ws.table(), nullptr, QString());
    QVERIFY(!ws.tableSource().has_value());
    QCOMPARE(HistoryRecorder::sourceState(ws), HistoryRecorder::SourceState::NoFile);
    QVERIFY2(HistoryRecorder::sourceNote(ws).contains(QStringLiteral("did not come from a file")),
             qPrintable(HistoryRecorder::sourceNote(ws)));
    HistoryRecorder recorder(&ws);
    QSignalSpy done(&recorder, &HistoryRecorder::recorded);
    recorder.record({QStringLiteral("demo"), QDate(2026, 1, 31), QString(), SplitPeriod::Month});
    QVERIFY(done.wait(kWaitMs));
    auto db = History::open(ws.historyPath().toStdString());
    QVERIFY(db);
    auto snaps = db->snapshots(db->dataset("demo")->id);
    QVERIFY(snaps);
    QCOMPARE(snaps->size(), std::size_t(1));
    QVERIFY(snaps->front().sha256.empty());
    // A table set with the path of a file but no import fingerprint: that file, as it is now.
    ws.setTable(ws.table(), nullptr, first);
    QVERIFY(!ws.tableSource().has_value());
    QCOMPARE(HistoryRecorder::sourceState(ws), HistoryRecorder::SourceState::NotImported);
    QVERIFY(HistoryRecorder::sourceNote(ws).contains(QStringLiteral("as it is on disk now")));
}

QTEST_MAIN(TestRecordImportedSource)
#include "test_record_imported_source.moc"
