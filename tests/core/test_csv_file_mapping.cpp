// SPDX-License-Identifier: GPL-3.0-or-later
// Large files are mapped instead of read (FileMapping): the page cache's pages,
// no fresh copy. A file truncated under the mapping must give an error, never a
// SIGBUS; a file written in place must give an error, not a table that differs
// from the bytes the observer hashed; a SIGBUS elsewhere must still end the
// process as before.
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/io/csv_reader.h"
#include "core/io/file_mapping.h"

using namespace segmenta;

namespace {

// ~6 MB: above the size from which files are mapped.
std::string bigCsv() {
    std::string s = "id,amount,word\n";
    for (int i = 0; i < 300000; ++i) s += std::to_string(i) + "," + std::to_string(i % 977) + ".25,w" + std::to_string(i % 13) + "\n";
    return s;
}

std::string writeTemp(const std::string& name, const std::string& bytes) {
    const std::string path = QDir::tempPath().toStdString() + "/segmenta_mapping_" + name + "_" + std::to_string(::getpid());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// Changes the file the moment the import has it in memory, before parsing.
struct ChangingObserver : RawBytesObserver {
    std::string path;
    bool truncate = true;
    std::size_t sizeSeen = 0;
    int releasing = 0;
    void bytesReady(std::string_view bytes) override {
        sizeSeen = bytes.size();
        if (truncate) {
            QVERIFY(::truncate(path.c_str(), 100) == 0);
        } else {
            const int fd = ::open(path.c_str(), O_WRONLY);
            QVERIFY(fd >= 0);
            QVERIFY(::pwrite(fd, "9", 1, off_t(bytes.size() / 2)) == 1);   // same size, one digit changed
            ::close(fd);
        }
    }
    void bytesReleasing() override { ++releasing; }
};

double sum(const Column& c) {
    double s = 0;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.isMissing(i)) s += c.numbers[i];
    return s;
}

} // namespace

constexpr int kProbeExit = 42;
extern "C" void probeSigbus(int) { ::_exit(kProbeExit); }

class TestCsvFileMapping : public QObject {
    Q_OBJECT
private slots:
    // Before anything is mapped, so that the mapping's handler finds it.
    void initTestCase() {
        struct sigaction sa {};
        sa.sa_handler = probeSigbus;
        sigemptyset(&sa.sa_mask);
        QVERIFY(::sigaction(SIGBUS, &sa, nullptr) == 0);
    }

    void mappedFileImportsLikeItsBytes() {
        const std::string content = bigCsv();
        const auto path = writeTemp("same", content);
        const auto fromFile = readCsvFile(path);
        const auto fromBytes = readCsvBytes(content);
        std::remove(path.c_str());
        QVERIFY(fromFile.ok());
        QVERIFY(fromBytes.ok());
        QCOMPARE(fromFile->table.rowCount(), std::size_t(300000));
        QCOMPARE(fromFile->table.rowCount(), fromBytes->table.rowCount());
        QCOMPARE(sum(fromFile->table.columns[1]), sum(fromBytes->table.columns[1]));
        QCOMPARE(fromFile->table.columns[2].codes, fromBytes->table.columns[2].codes);
    }

    void changedWhileMappedIsAnError_data() {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("truncated") << true;
        QTest::newRow("written-in-place") << false;
    }
    void changedWhileMappedIsAnError() {
        QFETCH(bool, truncate);
        const std::string content = bigCsv();
        const auto path = writeTemp(QTest::currentDataTag(), content);
        ChangingObserver observer;
        observer.path = path;
        observer.truncate = truncate;
        CsvOptions options;
        options.rawBytesObserver = &observer;
        const auto r = readCsvFile(path, options);   // a truncation reads zeros, not SIGBUS
        std::remove(path.c_str());
        QCOMPARE(observer.sizeSeen, content.size());
        QCOMPARE(observer.releasing, 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(r.error().message.find("shorter") != std::string::npos);
    }

    void lostPagesReadAsZeros() {
        const auto path = writeTemp("zeros", std::string(3 << 20, 'x'));
        const int fd = ::open(path.c_str(), O_RDONLY);
        QVERIFY(fd >= 0);
        csv::FileMapping m;
        QVERIFY(m.map(fd, 3u << 20));
        ::close(fd);   // the mapping keeps its own descriptor
        QVERIFY(m.populate(0, 3u << 20));
        QCOMPARE(m.data()[(2u << 20) + 5], 'x');
        QVERIFY(!m.changed());
        QVERIFY(::truncate(path.c_str(), 4096) == 0);
        QCOMPARE(m.data()[100], 'x');                 // still in the file
        QCOMPARE(m.data()[(2u << 20) + 5], '\0');     // lost: zeros instead of SIGBUS
        QVERIFY(m.changed());
        QVERIFY(m.unmap());
        std::remove(path.c_str());
    }

    // The handler only repairs its own mappings: any other SIGBUS goes to the
    // handler that was there before (here a probe installed before the first
    // mapping, as QtTest's own would be in a test).
    void otherSigbusGoesToThePreviousHandler() {
        const auto path = writeTemp("other", std::string(3 << 20, 'y'));
        {
            const int fd = ::open(path.c_str(), O_RDONLY);
            csv::FileMapping m;
            QVERIFY(m.map(fd, 3u << 20));
            ::close(fd);
        }
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const int fd = ::open(path.c_str(), O_RDONLY);
            auto* p = static_cast<volatile const char*>(::mmap(nullptr, 3u << 20, PROT_READ, MAP_PRIVATE, fd, 0));
            if (::ftruncate(::open(path.c_str(), O_WRONLY), 0) != 0) ::_exit(3);
            const char c = p[2u << 20];   // SIGBUS: not a mapping of the import's
            ::_exit(c == 0 ? 4 : 5);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        std::remove(path.c_str());
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), kProbeExit);
    }
};

QTEST_GUILESS_MAIN(TestCsvFileMapping)
#include "test_csv_file_mapping.moc"
