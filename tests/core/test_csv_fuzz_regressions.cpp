// SPDX-License-Identifier: GPL-3.0-or-later
// Replays inputs the CSV fuzzer once crashed on (and hand-made edge cases in
// the same format): each must load or fail cleanly, and a loaded table must be
// consistent and writable (see tests/fuzz/csv_fuzz_input.h).
#include <QtTest>

#include "tests/fuzz/csv_fuzz_input.h"

class TestCsvFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SEGMENTA_TEST_DATA "/csv/fuzz_regressions"));
        const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const auto& f : files) QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
    }
    void replay() {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        segmenta::fuzz::runCsvInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestCsvFuzzRegressions)
#include "test_csv_fuzz_regressions.moc"
