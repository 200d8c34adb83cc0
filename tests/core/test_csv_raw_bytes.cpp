// SPDX-License-Identifier: GPL-3.0-or-later
// readCsvFile lets a caller see the file's raw bytes while they are in memory
// (the history hashes them instead of reading the file again): the observer
// sees exactly the file, before parsing, and always hears that the bytes go.
#include <QtTest>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/io/csv_reader.h"

using namespace segmenta;

namespace {

struct RecordingObserver : RawBytesObserver {
    std::string seen;
    int ready = 0, releasing = 0;
    void bytesReady(std::string_view bytes) override { ++ready; seen.assign(bytes); }
    void bytesReleasing() override { ++releasing; }
};

std::string writeTemp(const std::string& name, const std::string& bytes) {
    const std::string path = QDir::tempPath().toStdString() + "/segmenta_raw_bytes_" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

} // namespace

class TestCsvRawBytes : public QObject {
    Q_OBJECT
private slots:
    void observerSeesTheFileOnceWhateverTheOutcome_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<bool>("imports");
        // UTF-16 and a BOM: the observer gets the file as stored, not as decoded.
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << 4096 << true;
        QTest::newRow("utf16-bom") << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0" "2\0\n\0", 18) << 4096 << true;
        QTest::newRow("refused-after-reading") << QByteArray("a,b,c\n1,2,3\n") << 2 << false;
    }
    void observerSeesTheFileOnceWhateverTheOutcome() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxColumns);
        QFETCH(bool, imports);
        const std::string content(bytes.constData(), std::size_t(bytes.size()));
        const auto path = writeTemp(QTest::currentDataTag(), content);
        RecordingObserver observer;
        CsvOptions options;
        options.maxColumns = std::size_t(maxColumns);
        options.rawBytesObserver = &observer;
        const auto result = readCsvFile(path, options);
        std::remove(path.c_str());
        QCOMPARE(bool(result), imports);
        QCOMPARE(observer.ready, 1);
        QCOMPARE(observer.releasing, 1);
        QVERIFY(observer.seen == content);
    }

    void missingFileNeverReachesTheObserver() {
        RecordingObserver observer;
        CsvOptions options;
        options.rawBytesObserver = &observer;
        QVERIFY(!readCsvFile("/nonexistent/segmenta/file.csv", options));
        QCOMPARE(observer.ready, 0);
        QCOMPARE(observer.releasing, 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvRawBytes)
#include "test_csv_raw_bytes.moc"
