// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 against FIPS 180-4 / NIST vectors, in both implementations (the SHA-NI
// path when this CPU has it, and the portable one), whole and in odd pieces;
// and a file's fingerprint taken from its import's bytes equals the one read
// from the file.
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/common/busy_cores.h"
#include "core/history/fingerprint.h"
#include "core/history/history.h"
#include "core/history/sha256.h"
#include "core/io/csv_reader.h"

using namespace segmenta;

namespace {
// Each piece size cycles through these, so buffered partial blocks are exercised.
std::string digestInPieces(const std::string& m) {
    static const std::size_t sizes[] = {1, 63, 64, 65, 7, 128, 200, 3};
    Sha256 h;
    std::size_t pos = 0;
    for (std::size_t i = 0; pos < m.size(); ++i) {
        const std::size_t n = std::min(sizes[i % 8], m.size() - pos);
        h.update(m.data() + pos, n);
        pos += n;
    }
    return h.hexDigest();
}

std::string bytes0to255Times5() {
    std::string s;
    for (int r = 0; r < 5; ++r)
        for (int i = 0; i < 256; ++i) s.push_back(char(i));
    return s;
}
} // namespace

class TestHistorySha256 : public QObject {
    Q_OBJECT
private slots:
    void knownVectors_data() {
        QTest::addColumn<bool>("portable");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        const std::pair<std::string, const char*> vectors[] = {
            {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
            {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
            {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
             "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
            {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
            {bytes0to255Times5(), "d414b085826eb06778483ba35564dc849e643359f69ed9747878ba6e54985bed"},
        };
        for (bool portable : {false, true})
            for (const auto& [m, d] : vectors) {
                const QByteArray name = (portable ? "portable " : "default ") + QByteArray::number(qsizetype(m.size())) + " bytes";
                QTest::newRow(name.constData()) << portable << QByteArray(m.data(), qsizetype(m.size())) << QByteArray(d);
            }
    }
    void knownVectors() {
        QFETCH(bool, portable);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        const bool before = Sha256::forcePortable(portable);
        if (portable) QCOMPARE(std::string(Sha256::implementation()), std::string("portable"));
        const std::string m(message.constData(), std::size_t(message.size()));
        QCOMPARE(sha256Hex(m), digest.toStdString());
        QCOMPARE(digestInPieces(m), digest.toStdString());
        Sha256::forcePortable(before);
    }

    // Both implementations agree on every length around the block boundaries.
    void implementationsAgree() {
        qInfo("SHA-256 implementation on this CPU: %s", Sha256::implementation());
        std::string m;
        std::uint64_t x = 88172645463325252ULL;
        for (int len = 0; len <= 300; ++len) {
            Sha256::forcePortable(true);
            const std::string a = sha256Hex(m);
            Sha256::forcePortable(false);
            QCOMPARE(sha256Hex(m), a);
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            m.push_back(char(x & 0xFF));
        }
    }

    // ImportFingerprint hashes the bytes readCsvFile read: the same name, size and
    // SHA-256 as describeFile reading the file again (a BOM and CRLF included:
    // the raw bytes, not the decoded text); none when the import never read them.
    void importFingerprintEqualsFile_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("cars.csv") << QStringLiteral(SEGMENTA_TEST_DATA "/public/cars.csv");
        QTest::newRow("seattle-weather.csv") << QStringLiteral(SEGMENTA_TEST_DATA "/public/seattle-weather.csv");
        QTest::newRow("BOM and CRLF") << QStringLiteral("bom");
        QTest::newRow("bad file") << QStringLiteral("bad");
        // 4 MB and more: the import maps the file instead of reading it (core/io).
        QTest::newRow("mapped, 6 MB") << QStringLiteral("large");
    }
    void importFingerprintEqualsFile() {
        QFETCH(QString, path);
        QTemporaryDir dir;
        std::string file = path.toStdString();
        if (path == QStringLiteral("bom") || path == QStringLiteral("bad") || path == QStringLiteral("large")) {
            file = dir.path().toStdString() + "/month.csv";
            std::ofstream out(file, std::ios::binary);
            if (path == QStringLiteral("bom")) {
                out << "\xEF\xBB\xBF" "a,b\r\n1,x\r\n2,y\r\n";
            } else if (path == QStringLiteral("large")) {
                out << "id,spend,channel\n";
                for (int i = 0; i < 300000; ++i) out << i << ',' << (i * 37 % 10007) * 0.25 << ",web\n";
            } else {
                out << std::string("\x00\x01\x02", 3);   // not a table: the import fails after reading it
            }
        }
        if (path == QStringLiteral("large")) QVERIFY(std::filesystem::file_size(file) >= (std::uintmax_t(4) << 20));
        ImportFingerprint fp(file);
        CsvOptions options;
        options.rawBytesObserver = &fp;
        const auto imported = readCsvFile(file, options);
        QCOMPARE(bool(imported), path != QStringLiteral("bad"));
        const auto fromImport = fp.source();
        const auto fromFile = describeFile(file);
        QVERIFY(fromImport && fromFile);
        QCOMPARE(fromImport->fileName, fromFile->fileName);
        QCOMPARE(fromImport->fileSize, fromFile->fileSize);
        QCOMPARE(fromImport->sha256, fromFile->sha256);
        QCOMPARE(fromImport->sha256.size(), std::size_t(64));
    }
    // The hashing thread pauses while the import's threads hold every core and
    // the importing thread takes over from wherever it got: whether the take-over
    // comes before the first block, between blocks or after the last one, the
    // digest is the file's. Sizes around the 64 KB block.
    void takeOverAtAnyPointGivesTheFileDigest_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("coresFreeAfterUs");   // -1: never (the take-over hashes it all)
        for (const int size : {0, 1, 65535, 65536, 65537, (1 << 20) + 17})
            for (const int after : {-1, 0, 200, 2000}) {
                const QByteArray name = QByteArray::number(size) + " bytes, cores free after " +
                                        (after < 0 ? QByteArray("never") : QByteArray::number(after) + " us");
                QTest::newRow(name.constData()) << size << after;
            }
    }
    void takeOverAtAnyPointGivesTheFileDigest() {
        QFETCH(int, size);
        QFETCH(int, coresFreeAfterUs);
        std::string bytes(std::size_t(size), '\0');
        std::uint64_t x = 0x9E3779B97F4A7C15ull + std::uint64_t(size);
        for (char& c : bytes) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; c = char(x); }
        const std::string expected = sha256Hex(bytes);
        for (int round = 0; round < 5; ++round) {
            ImportFingerprint fp("/data/month.csv");
            {
                std::vector<std::unique_ptr<BusyCoreScope>> allCores;
                for (unsigned c = 0; c < std::max(1u, std::thread::hardware_concurrency()); ++c)
                    allCores.push_back(std::make_unique<BusyCoreScope>());
                fp.bytesReady(bytes);
                if (coresFreeAfterUs < 0) {
                    fp.bytesReleasing();
                } else {
                    std::this_thread::sleep_for(std::chrono::microseconds(coresFreeAfterUs));
                    allCores.clear();
                    std::this_thread::sleep_for(std::chrono::microseconds(round * 150));
                    fp.bytesReleasing();
                }
            }
            const auto source = fp.source();
            QVERIFY(source);
            QCOMPARE(source->sha256, expected);
            QCOMPARE(source->fileSize, std::int64_t(size));
            QCOMPARE(source->fileName, std::string("month.csv"));
        }
    }

    void noFingerprintWithoutImport() {
        ImportFingerprint fp("/nonexistent/month.csv");
        CsvOptions options;
        options.rawBytesObserver = &fp;
        QVERIFY(!readCsvFile("/nonexistent/month.csv", options));
        QVERIFY(!fp.source());
    }
};

QTEST_GUILESS_MAIN(TestHistorySha256)
#include "test_history_sha256.moc"
