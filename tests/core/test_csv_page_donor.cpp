// SPDX-License-Identifier: GPL-3.0-or-later
// PageDonor moves the pages of a buffer the import is done with (the file's
// bytes) under reserved room that is about to be written: what is already
// stored stays as it was, what is copied in afterwards reads back, a donor that
// runs out backs less, and a file import that uses it gives the same table as
// one that does not. The raw-bytes observer still sees the file intact when it
// hears that the bytes go.
#include <QtTest>

#include <sys/mman.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

#include "core/io/csv_reader.h"
#include "table_compare.h"
#include "core/io/page_donor.h"

using namespace segmenta;
using segmenta::testutil::compareTables;
using namespace segmenta::csv;

namespace {

// An anonymous mapping filled with a byte, as the file buffer would be.
char* mappedBytes(std::size_t bytes, char fill) {
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    std::memset(p, fill, bytes);
    return static_cast<char*>(p);
}

std::string customerCsv(int rows) {
    std::string s = "id,email,country,age,revenue,joined,active\n";
    const char* countries[] = {"DE", "FR", "NA", "US", "ES"};
    for (int i = 0; i < rows; ++i) {
        s += std::to_string(i) + ",user" + std::to_string(i * 7919 % 100003) + "@example.org," + countries[i % 5] + ",";
        s += (i % 17 == 0 ? std::string() : std::to_string(18 + i % 60)) + "," + std::to_string(i % 1000) + "." +
             std::to_string(i % 100) + ",2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 9) + "," +
             (i % 3 ? "yes" : "no") + "\n";
    }
    return s;
}

std::string writeTemp(const std::string& name, const std::string& bytes) {
    const std::string path = QDir::tempPath().toStdString() + "/segmenta_page_donor_" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// Checks, when told the bytes go, that they are still the file's.
struct CheckingObserver : RawBytesObserver {
    std::string_view view;
    std::string copy;
    bool intactWhenReleasing = false;
    int releasing = 0;
    void bytesReady(std::string_view bytes) override { view = bytes; copy.assign(bytes); }
    void bytesReleasing() override {
        ++releasing;
        intactWhenReleasing = view == std::string_view(copy);
    }
};

} // namespace

class TestCsvPageDonor : public QObject {
    Q_OBJECT
private slots:
    void keepsWhatIsStoredAndTakesWhatIsCopiedIn() {
        if (!PageDonor::supported()) QSKIP("pages are not moved in this build");
        const std::size_t donorBytes = 8u << 20;
        char* pages = mappedBytes(donorBytes, 'x');
        QVERIFY(pages);
        PageDonor donor(pages, donorBytes);
        std::vector<double> v;
        v.reserve(1'000'000);
        for (int i = 0; i < 1000; ++i) v.push_back(i * 0.5);
        const std::size_t backed = donor.give(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(double));
        QVERIFY(backed > 0);
        QVERIFY(backed <= (v.capacity() - v.size()) * sizeof(double));
        QCOMPARE(donor.given(), backed);
        for (int i = 0; i < 1000; ++i) QCOMPARE(v[std::size_t(i)], i * 0.5);
        std::vector<double> more(999'000);
        std::iota(more.begin(), more.end(), 1000.0);
        v.insert(v.end(), more.begin(), more.end());
        QCOMPARE(v.size(), std::size_t(1'000'000));
        for (std::size_t i = 1000; i < v.size(); ++i)
            if (v[i] != double(i)) QFAIL("a value copied into donated pages reads back wrong");
    }

    void backsOnlyWhatItHas() {
        if (!PageDonor::supported()) QSKIP("pages are not moved in this build");
        const std::size_t donorBytes = 1u << 20;
        char* pages = mappedBytes(donorBytes, 'y');
        QVERIFY(pages);
        PageDonor donor(pages, donorBytes);
        std::vector<char> big;
        big.reserve(4u << 20);
        big.push_back('a');
        QCOMPARE(donor.give(big.data() + 1, big.capacity() - 1), donorBytes);
        QCOMPARE(donor.give(big.data() + 1, big.capacity() - 1), std::size_t(0));   // nothing left
        QCOMPARE(donor.give(big.data(), 100), std::size_t(0));                      // no whole page inside
        big.resize(big.capacity(), 'b');
        QCOMPARE(big.front(), 'a');
        QCOMPARE(big.back(), 'b');
        QCOMPARE(donor.given(), donorBytes);
    }

    void fileImportEqualsBytesImport() {
        // Large enough for two chunks (and so a join with donated pages), small
        // enough to be read rather than mapped (a mapped file has no pages to give).
        const std::string content = customerCsv(60'000);
        QVERIFY(content.size() > (2u << 20) + 4096 && content.size() < (4u << 20));
        const auto path = writeTemp("import.csv", content);
        CheckingObserver observer;
        CsvOptions options;
        options.threads = 2;
        options.rawBytesObserver = &observer;
        const auto fromFile = readCsvFile(path, options);
        std::remove(path.c_str());
        QVERIFY(fromFile);
        QCOMPARE(observer.releasing, 1);
        QVERIFY(observer.intactWhenReleasing);
        CsvOptions plain;
        plain.threads = 2;
        const auto fromBytes = readCsvBytes(content, plain);
        QVERIFY(fromBytes);
        QCOMPARE(fromFile->table.rowCount(), std::size_t(60'000));
        compareTables(fromFile->table, fromBytes->table);
        QCOMPARE(fromFile->report.rowsWithProblems, fromBytes->report.rowsWithProblems);
    }
};

QTEST_GUILESS_MAIN(TestCsvPageDonor)
#include "test_csv_page_donor.moc"
